import ShopCommerce
import ShopIntents

/// What the shop says to a program's structured turn (``StructuredTurn``) that words never
/// reach: a missing argument, a stale or unknown checkout preview, an idempotency key.
enum StructuredText: Phrasebook {
    case missing(String)
    case noPreview
    case stalePreview
    case badKey
    case keyReused
    case alreadyPlaced(order: Int64, total: Int64)
    /// `account.login` or `account.logout`: who speaks is the front's to say.
    case identityIsTheFronts

    func text(_ lang: Language) -> String {
        switch self {
        case .missing(let name): lang.pick("Missing argument: \(name).", "缺少参数：\(Self.chineseNames[name] ?? name)。")
        case .noPreview:
            lang.pick("No checkout is waiting to be confirmed: check out first.", "没有等待确认的结算，请先结算。")
        case .stalePreview:
            lang.pick(
                "The cart, prices or coupons changed since that preview, so it can't be placed; check out again to see a fresh one.",
                "预览之后购物车、价格或优惠券有变，这个预览不能下单了；请重新结算，查看最新的预览。")
        case .badKey:
            lang.pick("An idempotency key is 1 to 128 visible characters.", "幂等键须为1到128个可见字符。")
        case .keyReused:
            lang.pick("That idempotency key was already used for another checkout.", "这个幂等键已经用于另一次结算。")
        case .alreadyPlaced(let order, let total):
            lang.pick(
                "Order \(order) was already placed for this request; total \(Money.format(total)).",
                "这个请求已经下过单了：订单\(order)，合计\(Money.format(total))。")
        case .identityIsTheFronts:
            lang.pick("Who shops here is set when the server starts; it can't be changed this way.", "在这里购物的用户在启动时就已确定，不能这样更改。")
        }
    }

    static let samples: [StructuredText] = [
        .missing("product"), .noPreview, .stalePreview, .badKey, .keyReused, .alreadyPlaced(order: 1001, total: 12900),
        .identityIsTheFronts,
    ]

    /// The slots a structured turn may lack, as a Chinese reader knows them.
    static let chineseNames = [
        "product": "商品", "quantity": "数量", "address": "收货地址", "preview_id": "预览编号", "idempotency_key": "幂等键", "query": "搜索词",
        "recipient": "分享对象", "order": "订单号", "coupon": "优惠券", "points": "积分",
    ]
}
