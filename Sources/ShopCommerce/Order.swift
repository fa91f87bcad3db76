import Foundation

/// A placed order. Status moves with the clock: placed, then shipped after a day, delivered
/// after three, unless it was cancelled first.
public struct Order: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var sku: String
        public var name: String
        public var store: String
        public var quantity: Int64
        public var unitPrice: Int64
    }

    public enum Status: String, Sendable {
        case placed, shipped, delivered, cancelled
    }

    public static let shipsAfter: TimeInterval = 24 * 3600
    public static let deliveredAfter: TimeInterval = 72 * 3600

    public var id: Int64
    public var user: String
    public var cancelled: Bool
    public var subtotal: Int64
    public var discount: Int64
    public var shipping: Int64
    public var pointsUsed: Int64
    public var total: Int64
    public var pointsEarned: Int64
    public var coupons: [String]
    public var createdAt: Date
    public var items: [Item]
    /// Where it goes: a copy of the address at the time, so a later edit of the book changes
    /// no order. Nil for orders placed before addresses existed.
    public var shipTo: String? = nil
    public var shipPhone: String? = nil

    public func status(at now: Date) -> Status {
        if cancelled { return .cancelled }
        let age = now.timeIntervalSince(createdAt)
        if age >= Self.deliveredAfter { return .delivered }
        if age >= Self.shipsAfter { return .shipped }
        return .placed
    }
}
