import ShopIntents

/// What the conversation remembers about one user between turns. It lives in the database, so
/// any instance can serve the next turn.
public struct Session: Sendable, Equatable, Codable {
    /// A step the user has been asked to finish.
    public enum Pending: Sendable, Equatable, Codable {
        /// A checkout preview waiting for yes or no.
        case checkout(coupons: [String]?, points: Int64)
        /// An intent waiting for one more slot ("How much?").
        case slot(intent: IntentName, slots: Slots, missing: SlotName)
        /// A red envelope preview waiting for yes or no. `perShare`: its amount was said of each
        /// share ("每人88 发6个", "20 each"), so fewer or more shares keep what each gets.
        case redPacket(amount: Int64, count: Int64, mode: String, recipient: String, perShare: Bool? = nil)
        /// "Did you mean A or B?"
        case choice(intents: [IntentName], slots: Slots)
        /// A price-protection refund waiting for yes or no: of every order, or of one.
        case priceProtection(order: Int64?)
        /// A return waiting for yes or no; `reason` is an ``OrderReturn/Reason`` raw value.
        case orderReturn(order: Int64, sku: String, quantity: Int64, reason: String, note: String)
        /// One unit of flash sale `sale` waiting for yes or no.
        case flashBuy(sale: Int64)
        /// Buying bargain `id` at the price reached, waiting for yes or no.
        case bargainBuy(id: Int64)
    }

    /// The product "this"/"it" names, first; several for "those".
    public var focus: [String] = []
    /// The SKUs of the last list shown, so "the second one" means something.
    public var results: [String] = []
    /// The store last opened, so "follow this store" means something.
    public var store: String?
    public var pending: Pending?
    /// What waited before `pending` when a side question asked one of its own ("which one?" while
    /// a checkout waits): it waits again once that question is answered or set aside.
    public var beneath: Pending?
    /// The language the user asked for ("说中文"); it wins over the language they write in.
    public var language: Language?
    /// The language of the last reply, for turns that don't say ("2", "ok", "P1001").
    public var lastLanguage: Language?
    /// The last turn put something in the cart (or swapped or recounted a line): "and an
    /// umbrella", "还有洗衣液" add too. Nil, not
    /// false, otherwise, so a session that never added is stored as before.
    public var justAdded: Bool?
    /// The last turn showed one product's page: "那海南芒果呢", "上面第三个呢", "what about the
    /// second one" then look at another. Nil otherwise, as `justAdded`.
    public var justLooked: Bool?
    /// The last turn placed an order: "oh and the airtag 4 pack" buys that too. Nil otherwise.
    public var justOrdered: Bool?
    /// The last turn compared products (now the focus): "就优衣库的吧", "李宁的便宜 来两个" then
    /// choose one of them. Nil otherwise.
    public var justCompared: Bool?
    /// The address the next order goes to when it is not the default ("send it to my office
    /// instead"); nil: the default. Cleared once an order is placed.
    public var shipTo: Int64?
    /// The coupons the last reply put before the user to claim (a store's new coupon in the
    /// inbox, on its page): "claim it", "领了" then take that one. Nil otherwise.
    public var offered: [String]?
    /// The last question of how things stand (`cart.quote`, `order.track`, …): "and now?", "现在呢"
    /// ask it again. Nil until one is asked.
    public var asked: String?

    public init() {}

    /// A new list is on screen: ordinals and "them" now refer to it, and a single result is
    /// what "it" means. A list of several puts nothing in focus: "add it" must ask which.
    public mutating func showList(_ skus: [String]) {
        results = skus
        focus = skus.count == 1 ? skus : []
    }
}
