/// What a checkout would cost, line by line and rule by rule (PROTOCOL.md §9).
public struct Quote: Sendable, Equatable {
    /// A coupon the quote applies, with what it saves.
    public struct AppliedCoupon: Sendable, Equatable {
        public var code: String
        public var saving: Int64

        public init(code: String, saving: Int64) {
            self.code = code
            self.saving = saving
        }
    }

    public var cart: Cart
    public var subtotal: Int64
    public var discount: Int64
    public var shipping: Int64
    public var pointsUsed: Int64
    public var coupons: [AppliedCoupon]

    public var total: Int64 { subtotal - discount + shipping - pointsUsed }
    /// 1 point per whole yuan paid.
    public var pointsEarned: Int64 { total / 100 }
}
