/// A bargain (砍价, PROTOCOL.md §9): friends each cut the price of one unit once, never below the
/// product's floor; within 24 hours the starter may buy it, once, at the price reached.
public struct Bargain: Sendable, Equatable {
    public struct Cut: Sendable, Equatable {
        public var user: String
        public var amount: Int64

        public init(user: String, amount: Int64) {
            self.user = user
            self.amount = amount
        }
    }

    public enum Status: String, Sendable {
        case open, bought, expired
    }

    public var id: Int64
    public var sku: String
    public var name: String
    public var nameZh: String
    public var starter: String
    public var listPrice: Int64
    public var floor: Int64
    /// The price reached: the list price less every cut.
    public var price: Int64
    public var createdAt: Int64
    public var expiresAt: Int64
    public var order: Int64?
    public var cuts: [Cut]

    public init(
        id: Int64, sku: String, name: String, nameZh: String, starter: String, listPrice: Int64, floor: Int64, price: Int64,
        createdAt: Int64, expiresAt: Int64, order: Int64?, cuts: [Cut]
    ) {
        (self.id, self.sku, self.name, self.nameZh, self.starter) = (id, sku, name, nameZh, starter)
        (self.listPrice, self.floor, self.price, self.createdAt, self.expiresAt) = (listPrice, floor, price, createdAt, expiresAt)
        (self.order, self.cuts) = (order, cuts)
    }

    /// "B3", as friends type it.
    public var code: String { "B\(id)" }
    public func status(at now: Int64) -> Status { order != nil ? .bought : now >= expiresAt ? .expired : .open }

    /// How long the starter has to gather cuts and buy.
    public static let window: Int64 = 86_400
    /// Bargains one user may start in one China day.
    public static let dailyLimit: Int64 = 20

    /// The next cut, with `random` from the seeded source: a quarter to a half of what is left
    /// above the floor, or all of it once that is ¥1 or less. Never below the floor, at least 1 fen.
    public static func cut(price: Int64, floor: Int64, using random: inout some RandomNumberGenerator) -> Int64 {
        let left = price - floor
        guard left > 100 else { return max(0, left) }
        return Int64.random(in: max(1, left / 4)...max(1, left / 2), using: &random)
    }
}

/// Why a bargain step is refused.
public enum BargainRefusal: Error, Equatable, Sendable {
    case notABargainProduct(name: String, nameZh: String)
    case dailyLimit(Int64)
    case unknown(String)
    case ownBargain
    case notAFriend(starter: String)
    case alreadyCut(String)
    case atFloor(String)
    case expired(String)
    case alreadyBought(String, order: Int64)
    case notYours(String)
    /// `/bargain`: the floor must be below the list price.
    case floorNotBelowList(list: Int64)

    public var code: String {
        switch self {
        case .notABargainProduct: "not_a_bargain_product"
        case .dailyLimit: "bargain_limit"
        case .unknown: "unknown_bargain"
        case .ownBargain: "own_bargain"
        case .notAFriend: "bargain_not_a_friend"
        case .alreadyCut: "already_cut"
        case .atFloor: "bargain_at_floor"
        case .expired: "bargain_expired"
        case .alreadyBought: "bargain_bought"
        case .notYours: "not_your_bargain"
        case .floorNotBelowList: "bargain_floor_not_below_list"
        }
    }
}
