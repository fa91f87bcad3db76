import ShopCommerce
import ShopIntents

/// What the shop says about price protection (价保, PROTOCOL.md §9).
enum PriceProtectionText: Phrasebook {
    /// The lines whose price dropped, what each gets back, and the question.
    case preview([PriceDrop])
    /// Nothing to claim: in the orders of the last 7 days, or in the one named.
    case nothing(order: Int64?)
    /// The claim is made: what goes back, and where.
    case refunded([PriceDrop])
    case notClaimed

    func text(_ lang: Language) -> String {
        switch self {
        case .preview(let drops):
            let lines = drops.map { "  • " + Self.line($0, lang) }
            let total = Money.format(drops.refund)
            return
                ([lang.pick("Price protection — these dropped in price since you ordered:", "价保：这些商品在你下单后降价了：")] + lines + [
                    lang.pick(
                        "\(total) back to your original payment. Claim it? (yes / no)", "共退\(total)，原路退回。确认申请吗？（确认 / 算了）")
                ]).joined(separator: "\n")
        case .nothing(let order?):
            return lang.pick(
                "Order \(order) has nothing to claim: no item in it costs less now, or it was claimed already, cancelled, or placed more than 7 days ago.",
                "订单\(order)没有可以价保的：商品没有降价，或已经价保过、订单已取消、下单已超过7天。")
        case .nothing(nil):
            return lang.pick(
                "Nothing to claim: no item in your orders of the last 7 days costs less now (or it was claimed already).",
                "暂时没有可以价保的：你近7天订单里的商品都没有降价（或已经价保过）。")
        case .refunded(let drops):
            let orders = Set(drops.map(\.order)).sorted().map(String.init)
            let total = Money.format(drops.refund)
            return lang.pick(
                "Price protection done: \(total) is on its way back to your original payment (order \(lang.list(orders))).",
                "价保成功：\(total)将原路退回（订单\(lang.list(orders))）。")
        case .notClaimed:
            return lang.pick("OK, no price protection claimed.", "好的，不申请价保了。")
        }
    }

    /// "Order 1001: 2 × Midea Rice Cooker 4L, ¥259.00 → ¥229.00, ¥60.00 back".
    static func line(_ drop: PriceDrop, _ lang: Language) -> String {
        let name = lang == .zh && !drop.nameZh.isEmpty ? drop.nameZh : drop.name
        return lang.pick(
            "order \(drop.order): \(drop.quantity) × \(name), \(Money.format(drop.paid)) → \(Money.format(drop.now)), \(Money.format(drop.refund)) back",
            "订单\(drop.order)：\(name) ×\(drop.quantity)，下单价\(Money.format(drop.paid))，现价\(Money.format(drop.now))，退\(Money.format(drop.refund))"
        )
    }

    static let samples: [PriceProtectionText] = {
        let cooker = PriceDrop(
            order: 1001, sku: "P1001", name: "Midea Rice Cooker 4L", nameZh: "美的电饭煲 4L", quantity: 2, paid: 25900, now: 22900)
        let socks = PriceDrop(
            order: 1002, sku: "P1003", name: "Bamboo Charcoal Toothbrush", nameZh: "竹炭牙刷", quantity: 1, paid: 1290, now: 990)
        return [
            .preview([cooker]), .preview([cooker, socks]), .nothing(order: 1001), .nothing(order: nil), .refunded([cooker, socks]),
            .notClaimed,
        ]
    }()
}
