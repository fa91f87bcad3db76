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

    /// The furthest one `/clock` may move the shop's time, either way (PROTOCOL.md §1).
    public static let maximumMove: TimeInterval = 10 * 366 * 86_400

    /// The clock after `value`, if it is a move within ``maximumMove`` of `now`: stored times are
    /// whole seconds in an Int64, and a date years away is a typo, not a plan.
    public static func apply(_ value: Value, to now: Date) -> Date? {
        let target: Date
        switch value {
        case .at(let date): target = date
        case .forward(let seconds):
            guard seconds <= maximumMove else { return nil }
            target = now.addingTimeInterval(seconds)
        }
        guard abs(target.timeIntervalSince(now)) <= maximumMove else { return nil }
        return target
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
