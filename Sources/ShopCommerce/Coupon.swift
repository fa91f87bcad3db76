import Foundation

/// A coupon campaign (PROTOCOL.md §6 `/coupon`, §9 rules). Platform-wide when `store` is nil.
public struct Coupon: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Spend at least `minSpend`, save `off`.
        case threshold
        /// Pay `pct`% (85 = 15% off), rounded down to the fen.
        case percent
        /// Save `off`, never more than the amount covered.
        case fixed
        /// Free shipping.
        case shipping
    }

    public var code: String
    public var kind: Kind
    public var minSpend: Int64
    public var off: Int64
    public var pct: Int64
    public var store: String?
    public var expiresAt: Date?
    /// How many of it one user may hold over time.
    public var perUserLimit: Int64
    /// False for coupons only operators grant (the welcome coupon).
    public var claimable: Bool

    public init(
        code: String, kind: Kind, minSpend: Int64 = 0, off: Int64 = 0, pct: Int64 = 100, store: String? = nil,
        expiresAt: Date? = nil, perUserLimit: Int64 = 1, claimable: Bool = true
    ) {
        self.code = code
        self.kind = kind
        self.minSpend = minSpend
        self.off = off
        self.pct = pct
        self.store = store
        self.expiresAt = expiresAt
        self.perUserLimit = perUserLimit
        self.claimable = claimable
    }

    public func isExpired(at now: Date) -> Bool {
        expiresAt.map { now > $0 } ?? false
    }

    /// What it takes off `covered` (the amount it applies to), or nil when it does not apply.
    /// A shipping coupon applies with a saving of zero: it frees shipping instead.
    public func saving(on covered: Int64) -> Int64? {
        guard covered > 0, covered >= minSpend else { return nil }
        switch kind {
        case .threshold, .fixed: return min(off, covered)
        case .percent: return covered * (100 - pct) / 100
        case .shipping: return 0
        }
    }

    /// "¥50.00 off ¥300.00", "15% off", "free shipping", with the store if it has one.
    public var summary: String {
        let minimum = minSpend > 0 ? " over \(Money.format(minSpend))" : ""
        let what: String
        switch kind {
        case .threshold, .fixed: what = "\(Money.format(off)) off\(minimum)"
        case .percent: what = "\(100 - pct)% off\(minimum)"
        case .shipping: what = "free shipping\(minimum)"
        }
        return store.map { "\(what) at \($0)" } ?? what
    }

    /// The `value` of `data.coupons`: the fen taken off, or the percentage paid for `percent`.
    public var value: Int64 {
        switch kind {
        case .threshold, .fixed: off
        case .percent: pct
        case .shipping: 0
        }
    }
}
