import Foundation
import ShopCommerce
import ShopIntents

/// What the shop says about flash sales (秒杀, PROTOCOL.md §9).
enum FlashText: Phrasebook {
    /// The sales on now and those starting within a day, numbered.
    case list([FlashSale], now: Int64)
    case none
    /// Nothing on now or soon for the product named.
    case noSaleFor(name: String)
    /// One unit at the flash price, what the order would cost, and the question.
    case preview(FlashSale, total: Int64, shipping: Int64)
    case bought(FlashSale, order: Int64, total: Int64)
    case notBought
    case refused(FlashRefusal)

    func text(_ lang: Language) -> String {
        switch self {
        case .list(let sales, let now):
            let lines = sales.enumerated().map { "  \($0.offset + 1). " + Self.line($0.element, now: now, lang) }
            return
                ([lang.pick("Flash sales (one each):", "秒杀（每人限购一件）：")] + lines + [
                    lang.pick("Say \"grab the first one\" to buy.", "说“抢第一个”就能抢购。")
                ]).joined(separator: "\n")
        case .none:
            return lang.pick("No flash sale is on right now, and none starts within a day.", "现在没有秒杀，一天内也没有要开始的。")
        case .noSaleFor(let name):
            return lang.pick("\(name) isn't in a flash sale right now.", "\(name)现在没有秒杀。")
        case .preview(let sale, let total, let shipping):
            let name = Self.name(sale, lang)
            let ship = Self.shippingWords(shipping, lang)
            return lang.pick(
                "Flash sale: 1 × \(name) at \(Money.format(sale.price)) (list \(Money.format(sale.listPrice))), \(ship), total \(Money.format(total)). One per person. Buy it? (yes / no)",
                "秒杀：\(name) ×1，秒杀价\(Money.format(sale.price))（原价\(Money.format(sale.listPrice))），\(ship)，共\(Money.format(total))。每人限购一件。确认抢购吗？（确认 / 算了）"
            )
        case .bought(let sale, let order, let total):
            let name = Self.name(sale, lang)
            return lang.pick(
                "Got it! Order \(order): 1 × \(name) at the flash price, \(Money.format(total)) in all.",
                "抢到了！订单\(order)：\(name) ×1，秒杀价，共\(Money.format(total))。")
        case .notBought:
            return lang.pick("OK, not bought.", "好的，不抢了。")
        case .refused(let refusal):
            return Self.refusal(refusal, lang)
        }
    }

    static func refusal(_ refusal: FlashRefusal, _ lang: Language) -> String {
        switch refusal {
        case .noSale(let what): return lang.pick("There's no flash sale \(what).", "没有\(what)这场秒杀。")
        case .notStarted(let at):
            let date = Date(timeIntervalSince1970: TimeInterval(at))
            return lang.pick(
                "That flash sale hasn't started yet: it starts at \(ClockArgument.format(date)).", "秒杀还没开始，\(Coupon.chineseDate(date))开抢。")
        case .ended: return lang.pick("That flash sale has ended.", "这场秒杀已经结束了。")
        case .soldOut: return lang.pick("Sold out — the flash stock is gone.", "手慢了，秒杀库存已经抢光了。")
        case .alreadyBought(let order):
            return lang.pick("You've already bought one in this flash sale (order \(order)).", "这场秒杀你已经抢过了（订单\(order)），每人限购一件。")
        case .priceNotBelowList(let list):
            return lang.pick(
                "A flash price must be below the list price (\(Money.format(list))). Nothing was changed.",
                "秒杀价必须低于标价（\(Money.format(list))）。什么都没改。")
        case .badWindow:
            return lang.pick(
                "A flash sale must end after it starts and after now, last at most a week, and start within 30 days. Nothing was changed.",
                "秒杀的结束时间要晚于开始时间和现在，最长一周，30天内开始。什么都没改。")
        case .moreThanStock(let stock):
            return lang.pick(
                "The product has only \(stock) in stock: a flash sale can't offer more. Nothing was changed.",
                "这件商品只有\(stock)件库存，秒杀数量不能更多。什么都没改。")
        }
    }

    static func name(_ sale: FlashSale, _ lang: Language) -> String { lang == .zh && !sale.nameZh.isEmpty ? sale.nameZh : sale.name }

    /// "from 2026-01-01T09:00:00+08:00 until …" / "2026年1月1日 09:00 至 …".
    static func window(_ sale: FlashSale, _ lang: Language) -> String {
        let start = Date(timeIntervalSince1970: TimeInterval(sale.startsAt))
        let end = Date(timeIntervalSince1970: TimeInterval(sale.endsAt))
        return lang.pick(
            "from \(ClockArgument.format(start)) until \(ClockArgument.format(end))",
            "\(Coupon.chineseDate(start))至\(Coupon.chineseDate(end))")
    }

    static func line(_ sale: FlashSale, now: Int64, _ lang: Language) -> String {
        let name = name(sale, lang)
        let end = Date(timeIntervalSince1970: TimeInterval(sale.endsAt))
        let start = Date(timeIntervalSince1970: TimeInterval(sale.startsAt))
        guard sale.isOn(at: now) else {
            return lang.pick(
                "\(name) — \(Money.format(sale.price)) (list \(Money.format(sale.listPrice))), \(sale.stock) units, starts \(ClockArgument.format(start))",
                "\(name)：秒杀价\(Money.format(sale.price))（原价\(Money.format(sale.listPrice))），共\(sale.stock)件，\(Coupon.chineseDate(start))开抢")
        }
        let left =
            sale.left == 0 ? lang.pick("sold out", "已抢光") : lang.pick("\(sale.left) of \(sale.stock) left", "剩\(sale.left)/\(sale.stock)件")
        return lang.pick(
            "\(name) — \(Money.format(sale.price)) (list \(Money.format(sale.listPrice))), \(left), until \(ClockArgument.format(end))",
            "\(name)：秒杀价\(Money.format(sale.price))（原价\(Money.format(sale.listPrice))），\(left)，\(Coupon.chineseDate(end))结束")
    }

    static let sampleSale = FlashSale(
        id: 1, sku: "P1001", name: "Midea Rice Cooker 4L", nameZh: "美的电饭煲 4L", listPrice: 25_900, price: 9_900, stock: 10, sold: 3,
        startsAt: 1_800_000_000, endsAt: 1_800_003_600)

    static let samples: [FlashText] = {
        var later = sampleSale
        later.startsAt += 7_200
        later.endsAt += 7_200
        return [
            .list([sampleSale, later], now: 1_800_000_100), .none, .noSaleFor(name: "美的电饭煲 4L"),
            .preview(sampleSale, total: 10_700, shipping: 800), .preview(sampleSale, total: 9_900, shipping: 0),
            .bought(sampleSale, order: 1002, total: 10_700), .notBought, .refused(.soldOut),
        ]
    }()
}
