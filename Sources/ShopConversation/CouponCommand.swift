import Foundation
import ShopCommerce
import ShopText

/// Reads `/coupon CODE kind=threshold min=30000 off=5000 [store=S] [expires=ISO8601] [limit=N]`.
enum CouponCommand {
    /// The coupon, or exactly what is wrong (``CommandText/couponProblem(_:_:)`` says it).
    static func parse(_ arguments: [String]) -> Result<Coupon, CouponCommandError> {
        guard let code = arguments.first?.uppercased(), !code.contains("="),
            (1...32).contains(code.count), code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { return .failure(.needsCode) }
        var options: [String: String] = [:]
        for argument in arguments.dropFirst() {
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else { return .failure(.notKeyValue(argument)) }
            let key = parts[0].lowercased()
            guard ["kind", "min", "off", "pct", "store", "expires", "limit"].contains(key) else {
                return .failure(.unknownOption(key))
            }
            options[key] = parts[1]
        }
        guard let kindText = options["kind"], let kind = Coupon.Kind(rawValue: kindText.lowercased()) else {
            return .failure(.badKind)
        }
        func amount(_ key: String) -> Result<Int64?, CouponCommandError> {
            guard let text = options[key] else { return .success(nil) }
            guard let value = Int64(text), value >= 0, value <= Limits.money.upperBound else {
                return .failure(.badAmount(key: key))
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
            guard options["min"] != nil, off > 0 else { return .failure(.thresholdNeedsMinAndOff) }
        case .fixed:
            guard off > 0 else { return .failure(.fixedNeedsOff) }
        case .percent:
            guard (1...99).contains(pct) else { return .failure(.percentNeedsPct) }
        case .shipping:
            break
        }
        var expires: Date?
        if let text = options["expires"] {
            guard let date = ClockArgument.date(text) else { return .failure(.badExpiry(text)) }
            expires = date
        }
        var limit: Int64 = 1
        if let text = options["limit"] {
            guard let value = Int64(text), value >= 1, value <= 1000 else { return .failure(.badLimit(text)) }
            limit = value
        }
        return .success(
            Coupon(
                code: code, kind: kind, minSpend: minSpend, off: off, pct: pct, store: options["store"]?.lowercased(), expiresAt: expires,
                perUserLimit: limit))
    }
}

/// What is wrong with a `/coupon` line.
enum CouponCommandError: Error, Equatable, Sendable {
    /// The first argument is not a code (letters, digits, - and _, at most 32).
    case needsCode
    case notKeyValue(String)
    case unknownOption(String)
    case badKind
    /// `min=`, `off=` or `pct=` is not a whole number of fen in range.
    case badAmount(key: String)
    case thresholdNeedsMinAndOff
    case fixedNeedsOff
    case percentNeedsPct
    case badExpiry(String)
    case badLimit(String)
}
