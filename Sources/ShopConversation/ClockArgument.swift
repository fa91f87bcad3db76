import Foundation

/// Reads `/clock` and `--clock` arguments: an ISO 8601 time, or a step forward like `+2h`.
public enum ClockArgument {
    public enum Value: Equatable {
        case at(Date)
        case forward(TimeInterval)
    }

    public static func parse(_ text: String) -> Value? {
        if text.hasPrefix("+") {
            let body = text.dropFirst()
            guard let unit = body.last, let amount = Double(body.dropLast()), amount >= 0, amount.isFinite else { return nil }
            let seconds: Double
            switch unit {
            case "s": seconds = 1
            case "m": seconds = 60
            case "h": seconds = 3600
            case "d": seconds = 86400
            default: return nil
            }
            return .forward(amount * seconds)
        }
        return date(text).map(Value.at)
    }

    public static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    /// Times are shown in China Standard Time, the shop's home, whatever the machine's zone.
    public static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
