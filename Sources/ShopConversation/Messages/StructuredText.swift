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
    case notSupported(String)

    func text(_ lang: Language) -> String {
        switch self {
        case .missing(let name): lang.pick("Missing argument: \(name).", "缺少参数：\(name)。")
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
        case .notSupported(let intent): lang.pick("\(intent) can't be asked for this way.", "不能这样请求\(intent)。")
        }
    }

    static let samples: [StructuredText] = [
        .missing("sku"), .noPreview, .stalePreview, .badKey, .keyReused, .alreadyPlaced(order: 1001, total: 12900),
        .notSupported("account.login"),
    ]
}
