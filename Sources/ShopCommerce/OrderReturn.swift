import Foundation

/// A return of some units of one order line (退货, PROTOCOL.md §9): what comes back, and when.
public struct OrderReturn: Sendable, Equatable {
    /// Why the shopper returns it; anything else they said is kept as `note`.
    public enum Reason: String, Sendable, CaseIterable, Codable {
        case damaged
        case wrongItem = "wrong_item"
        case notAsDescribed = "not_as_described"
        case changedMind = "changed_mind"
        case other
    }

    public enum Status: String, Sendable {
        case requested, refunded
    }

    /// How long after delivery a line may be returned.
    public static let windowDays: Int64 = 7
    /// The parcel is picked up and checked: the refund is made a day after the request.
    public static let refundsAfter: Int64 = 86_400

    public var id: Int64
    public var order: Int64
    public var sku: String
    public var name: String
    public var nameZh: String
    public var quantity: Int64
    /// Fen paid back to where the order was paid from.
    public var refund: Int64
    /// Points the order used for these units, given back.
    public var pointsBack: Int64
    /// Points the order earned for these units, taken back (never below a zero balance).
    public var pointsTaken: Int64
    /// The order's coupons given back: only when this return completes the whole order.
    public var couponsBack: [String]
    public var reason: Reason
    public var note: String
    public var requestedAt: Int64

    public init(
        id: Int64, order: Int64, sku: String, name: String, nameZh: String, quantity: Int64, refund: Int64, pointsBack: Int64,
        pointsTaken: Int64, couponsBack: [String], reason: Reason, note: String, requestedAt: Int64
    ) {
        (self.id, self.order, self.sku, self.name, self.nameZh, self.quantity) = (id, order, sku, name, nameZh, quantity)
        (self.refund, self.pointsBack, self.pointsTaken, self.couponsBack) = (refund, pointsBack, pointsTaken, couponsBack)
        (self.reason, self.note, self.requestedAt) = (reason, note, requestedAt)
    }

    public func status(at now: Int64) -> Status { now >= requestedAt + Self.refundsAfter ? .refunded : .requested }
    public var refundAt: Int64 { requestedAt + Self.refundsAfter }
}

/// Why a line can't be returned now; the shopper is told which and what to do instead.
public enum ReturnRefusal: Error, Equatable, Sendable {
    /// Not shipped yet: it can still be cancelled instead.
    case notShipped(order: Int64)
    /// On its way: returns open when it is delivered, at `deliveredAt`.
    case notDelivered(order: Int64, deliveredAt: Int64)
    case cancelled(order: Int64)
    /// Delivered more than 7 days ago; the window closed at `closedAt`.
    case windowClosed(order: Int64, closedAt: Int64)
    /// Every unit of the line is already returned.
    case alreadyReturned(order: Int64, name: String, nameZh: String)
    /// More units asked for than are left to return.
    case tooMany(left: Int64, name: String, nameZh: String)
    /// The order has no such line.
    case notInOrder(order: Int64)

    /// `data.error` for programs.
    public var code: String {
        switch self {
        case .notShipped: "return_not_shipped"
        case .notDelivered: "return_not_delivered"
        case .cancelled: "return_cancelled_order"
        case .windowClosed: "return_window_closed"
        case .alreadyReturned: "already_returned"
        case .tooMany: "return_too_many"
        case .notInOrder: "return_not_in_order"
        }
    }
}
