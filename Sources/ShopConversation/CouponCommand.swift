import Foundation
import ShopCommerce

/// Reads `/coupon CODE kind=threshold min=30000 off=5000 [store=S] [expires=ISO8601] [limit=N]`.
enum CouponCommand {
    static let usage =
        "Usage: /coupon CODE kind=threshold|percent|fixed|shipping [min=FEN] [off=FEN] [pct=1-99] [store=S] [expires=ISO8601] [limit=N]"

    /// The coupon, or a message saying exactly what is wrong.
    static func parse(_ arguments: [String]) -> Result<Coupon, CouponCommandError> {
        guard let code = arguments.first?.uppercased(), !code.contains("="),
            (1...32).contains(code.count), code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { return .failure(.init("a coupon needs a CODE of letters and digits first. \(usage)")) }
        var options: [String: String] = [:]
        for argument in arguments.dropFirst() {
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else { return .failure(.init("\"\(argument)\" is not key=value. \(usage)")) }
            let key = parts[0].lowercased()
            guard ["kind", "min", "off", "pct", "store", "expires", "limit"].contains(key) else {
                return .failure(.init("unknown option \"\(key)\". \(usage)"))
            }
            options[key] = parts[1]
        }
        guard let kindText = options["kind"], let kind = Coupon.Kind(rawValue: kindText.lowercased()) else {
            return .failure(.init("kind= must be threshold, percent, fixed or shipping. \(usage)"))
        }
        func amount(_ key: String) -> Result<Int64?, CouponCommandError> {
            guard let text = options[key] else { return .success(nil) }
            guard let value = Int64(text), value >= 0, value <= Limits.money.upperBound else {
                return .failure(.init("\(key)= must be a whole number of fen from 0 to 100000000 (¥1,000,000)"))
            }
            return .success(value)
        }
        let minSpend: Int64
        let off: Int64
        let pct: Int64
        switch (amount("min"), amount("off"), amount("pct")) {
        case (.failure(let error), _, _), (_, .failure(let error), _), (_, _, .failure(let error)): return .failure(error)
        case (.success(let m), .success(let o), .success(let p)):
            minSpend = m ?? 0
            off = o ?? 0
            pct = p ?? 100
        }
        switch kind {
        case .threshold:
            guard options["min"] != nil, off > 0 else { return .failure(.init("a threshold coupon needs min= and off= > 0")) }
        case .fixed:
            guard off > 0 else { return .failure(.init("a fixed coupon needs off= > 0")) }
        case .percent:
            guard (1...99).contains(pct) else { return .failure(.init("a percent coupon needs pct= from 1 to 99 (85 means 15% off)")) }
        case .shipping:
            break
        }
        var expires: Date?
        if let text = options["expires"] {
            guard let date = ClockArgument.date(text) else { return .failure(.init("expires=\(text) is not an ISO 8601 time")) }
            expires = date
        }
        var limit: Int64 = 1
        if let text = options["limit"] {
            guard let value = Int64(text), value >= 1, value <= 1000 else { return .failure(.init("limit=\(text) must be 1 to 1000")) }
            limit = value
        }
        return .success(
            Coupon(
                code: code, kind: kind, minSpend: minSpend, off: off, pct: pct, store: options["store"]?.lowercased(), expiresAt: expires,
                perUserLimit: limit))
    }
}

struct CouponCommandError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
