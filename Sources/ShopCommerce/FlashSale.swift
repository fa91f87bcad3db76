/// A flash sale (秒杀, PROTOCOL.md §9): `stock` units of one product at `price`, from `startsAt`
/// until `endsAt`, one per user.
public struct FlashSale: Sendable, Equatable {
    public var id: Int64
    public var sku: String
    public var name: String
    public var nameZh: String
    /// The product's list price now, to show what the sale saves.
    public var listPrice: Int64
    public var price: Int64
    public var stock: Int64
    public var sold: Int64
    public var startsAt: Int64
    public var endsAt: Int64

    public init(
        id: Int64, sku: String, name: String, nameZh: String, listPrice: Int64, price: Int64, stock: Int64, sold: Int64, startsAt: Int64,
        endsAt: Int64
    ) {
        (self.id, self.sku, self.name, self.nameZh, self.listPrice) = (id, sku, name, nameZh, listPrice)
        (self.price, self.stock, self.sold, self.startsAt, self.endsAt) = (price, stock, sold, startsAt, endsAt)
    }

    public var left: Int64 { max(0, stock - sold) }
    public func isOn(at now: Int64) -> Bool { now >= startsAt && now < endsAt }

    /// How long a sale may run, and how far ahead it may be announced.
    public static let longest: Int64 = 7 * 86_400
    public static let furthestStart: Int64 = 30 * 86_400
}

/// Why a flash purchase (or an operator's `/flash`) is refused.
public enum FlashRefusal: Error, Equatable, Sendable {
    case noSale(String)
    case notStarted(startsAt: Int64)
    case ended
    case soldOut
    case alreadyBought(order: Int64)
    /// `/flash`: the price must be below the list price.
    case priceNotBelowList(list: Int64)
    /// `/flash`: the window must end after it starts, within a week, starting within 30 days.
    case badWindow
    /// `/flash`: more flash units than the product has in stock.
    case moreThanStock(Int64)

    public var code: String {
        switch self {
        case .noSale: "no_flash_sale"
        case .notStarted: "flash_not_started"
        case .ended: "flash_ended"
        case .soldOut: "flash_sold_out"
        case .alreadyBought: "flash_already_bought"
        case .priceNotBelowList: "flash_price_not_below_list"
        case .badWindow: "flash_bad_window"
        case .moreThanStock: "flash_more_than_stock"
        }
    }
}
