/// One order line whose product's list price is now lower than what the line paid for it
/// (价保, PROTOCOL.md §9): the difference, times the quantity, is refunded once.
public struct PriceDrop: Sendable, Equatable {
    public var order: Int64
    public var sku: String
    public var name: String
    /// The product's Chinese name (empty where the catalog gives none).
    public var nameZh: String
    public var quantity: Int64
    /// The unit list price the order paid (before coupons and points).
    public var paid: Int64
    /// The unit list price now.
    public var now: Int64

    public init(order: Int64, sku: String, name: String, nameZh: String = "", quantity: Int64, paid: Int64, now: Int64) {
        self.order = order
        self.sku = sku
        self.name = name
        self.nameZh = nameZh
        self.quantity = quantity
        self.paid = paid
        self.now = now
    }

    /// What comes back: the drop per unit times the units (within Limits, no overflow).
    public var refund: Int64 { (paid - now) * quantity }
}

extension [PriceDrop] {
    /// What the lines get back together.
    public var refund: Int64 { reduce(0) { $0 + $1.refund } }
}
