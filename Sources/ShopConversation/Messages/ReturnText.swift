import Foundation
import ShopCommerce
import ShopIntents

/// What the shop says about returns (退货, PROTOCOL.md §9).
enum ReturnText: Phrasebook {
    /// No order delivered in the last 7 days has anything left to return.
    case nothingToReturn
    /// Several lines could be meant: a numbered list and the question.
    case whichToReturn([Commerce.ReturnableLine])
    /// The same product is in several returnable orders.
    case whichOrder(name: String, nameZh: String, orders: [Int64])
    case howMany(name: String, nameZh: String, left: Int64)
    case why(name: String, nameZh: String)
    /// The product was never in an order of the shopper's.
    case notBought(name: String, nameZh: String)
    /// What the return gives back, and the question.
    case preview(Commerce.ReturnQuote)
    case requested(OrderReturn)
    case notReturned
    case refused(ReturnRefusal)
    /// One return as `order.track` lists it.
    case line(OrderReturn, OrderReturn.Status)

    func text(_ lang: Language) -> String {
        switch self {
        case .nothingToReturn:
            return lang.pick(
                "You have nothing to return: returns are open for 7 days after an order is delivered.",
                "暂时没有可以退货的商品：订单送达后7天内可以退货。")
        case .whichToReturn(let lines):
            let listed = lines.enumerated().map { "  \($0.offset + 1). " + Self.lineName($0.element, lang) }
            return ([lang.pick("Which one would you like to return?", "要退哪一件？")] + listed).joined(separator: "\n")
        case .whichOrder(let en, let zh, let orders):
            let name = Self.name(en, zh, lang)
            let numbers = lang.list(orders.map(String.init))
            return lang.pick("\(name) is in orders \(numbers). Which order?", "\(name)在订单\(numbers)里都有，退哪个订单的？")
        case .howMany(let en, let zh, let left):
            let name = Self.name(en, zh, lang)
            return lang.pick("How many of the \(left) × \(name) are you returning?", "\(name)可以退\(left)件，要退几件？")
        case .why(let en, let zh):
            let name = Self.name(en, zh, lang)
            return lang.pick(
                "Why are you returning \(name)? (damaged, wrong item, not as described, changed my mind — or tell me in your words)",
                "退\(name)的原因是什么？（质量问题、发错货、与描述不符、不想要了，或者直接说）")
        case .notBought(let en, let zh):
            let name = Self.name(en, zh, lang)
            return lang.pick("You haven't ordered \(name), so there's nothing to return.", "你没有买过\(name)，没有可以退的。")
        case .preview(let quote):
            let name = Self.name(quote.name, quote.nameZh, lang)
            var parts = [
                lang.pick(
                    "Return \(quote.quantity) × \(name) from order \(quote.order): \(Money.format(quote.refund)) back to your original payment",
                    "退货：订单\(quote.order)的\(name) ×\(quote.quantity)，原路退款\(Money.format(quote.refund))")
            ]
            if quote.pointsBack > 0 { parts.append(lang.pick("\(quote.pointsBack) points you used back", "退回抵扣的\(quote.pointsBack)积分")) }
            if quote.pointsEarned > 0 {
                parts.append(lang.pick("\(quote.pointsEarned) points it earned taken back", "扣回赠送的\(quote.pointsEarned)积分"))
            }
            if !quote.couponsBack.isEmpty {
                parts.append(lang.pick("coupon \(lang.list(quote.couponsBack)) back", "退回优惠券\(lang.list(quote.couponsBack))"))
            }
            return parts.joined(separator: lang.pick("; ", "，"))
                + lang.pick(". Send the return request? (yes / no)", "。确认申请退货吗？（确认 / 算了）")
        case .requested(let made):
            let name = Self.name(made.name, made.nameZh, lang)
            let date = Date(timeIntervalSince1970: TimeInterval(made.refundAt))
            return lang.pick(
                "Return requested: \(made.quantity) × \(name) (order \(made.order)). A courier picks it up; \(Money.format(made.refund)) is refunded to your original payment by \(ClockArgument.format(date)).",
                "退货申请已提交：\(name) ×\(made.quantity)（订单\(made.order)）。快递上门取件，\(Coupon.chineseDate(date))前原路退款\(Money.format(made.refund))。")
        case .notReturned:
            return lang.pick("OK, nothing is returned.", "好的，不退了。")
        case .refused(let refusal):
            return Self.refusal(refusal, lang)
        case .line(let made, let status):
            let name = Self.name(made.name, made.nameZh, lang)
            return status == .refunded
                ? lang.pick(
                    "returned \(made.quantity) × \(name): \(Money.format(made.refund)) refunded",
                    "已退货\(name) ×\(made.quantity)：已退款\(Money.format(made.refund))")
                : lang.pick(
                    "returning \(made.quantity) × \(name): \(Money.format(made.refund)) to be refunded",
                    "退货中\(name) ×\(made.quantity)：待退款\(Money.format(made.refund))")
        }
    }

    static func refusal(_ refusal: ReturnRefusal, _ lang: Language) -> String {
        switch refusal {
        case .notShipped(let order):
            return lang.pick(
                "Order \(order) hasn't shipped yet, so there's nothing to return: cancel it instead (say \"cancel order \(order)\").",
                "订单\(order)还没发货，不用退货：直接取消就行（说“取消订单\(order)”）。")
        case .notDelivered(let order, let at):
            let date = Date(timeIntervalSince1970: TimeInterval(at))
            return lang.pick(
                "Order \(order) is on its way (delivered by \(ClockArgument.format(date))); you can return it once it arrives.",
                "订单\(order)正在配送中（预计\(Coupon.chineseDate(date))送达），收货后才能申请退货。")
        case .cancelled(let order):
            return lang.pick("Order \(order) was cancelled, so there's nothing to return.", "订单\(order)已取消，不用退货。")
        case .windowClosed(let order, let at):
            let date = Date(timeIntervalSince1970: TimeInterval(at))
            return lang.pick(
                "Order \(order) can't be returned any more: returns closed 7 days after delivery, on \(ClockArgument.format(date)).",
                "订单\(order)已超过退货期限：送达7天内可以退货，已于\(Coupon.chineseDate(date))截止。")
        case .alreadyReturned(let order, let name, let zh):
            return lang.pick("\(name) from order \(order) is already returned.", "订单\(order)的\(Self.name(name, zh, lang))已经退过了。")
        case .tooMany(let left, let name, let zh):
            return lang.pick(
                "You can return at most \(left) × \(name).", "\(Self.name(name, zh, lang))最多可以退\(left)件。")
        case .notInOrder(let order):
            return lang.pick("Order \(order) doesn't have that item.", "订单\(order)里没有这件商品。")
        }
    }

    static func name(_ name: String, _ zh: String, _ lang: Language) -> String { lang == .zh && !zh.isEmpty ? zh : name }

    /// "Midea Rice Cooker 4L (order 1003, 2 left)".
    static func lineName(_ line: Commerce.ReturnableLine, _ lang: Language) -> String {
        let name = name(line.name, line.nameZh, lang)
        return line.quantity == 1
            ? lang.pick("\(name) (order \(line.order))", "\(name)（订单\(line.order)）")
            : lang.pick(
                "\(name) (order \(line.order), \(line.left) of \(line.quantity) returnable)", "\(name)（订单\(line.order)，可退\(line.left)件）")
    }

    static let samples: [ReturnText] = {
        let cooker = Commerce.ReturnableLine(
            order: 1003, sku: "P1001", name: "Midea Rice Cooker 4L", nameZh: "美的电饭煲 4L", quantity: 2, left: 2, closesAt: 1_800_000_000)
        let brush = Commerce.ReturnableLine(
            order: 1002, sku: "P1003", name: "Bamboo Charcoal Toothbrush", nameZh: "竹炭牙刷", quantity: 1, left: 1, closesAt: 1_800_000_000)
        let quote = Commerce.ReturnQuote(
            order: 1003, sku: "P1001", name: "Midea Rice Cooker 4L", nameZh: "美的电饭煲 4L", quantity: 1, refund: 24_950, pointsBack: 100,
            pointsEarned: 249, couponsBack: ["SAVE20"])
        let made = OrderReturn(
            id: 1, order: 1003, sku: "P1001", name: "Midea Rice Cooker 4L", nameZh: "美的电饭煲 4L", quantity: 1, refund: 24_950,
            pointsBack: 100, pointsTaken: 249, couponsBack: [], reason: .damaged, note: "", requestedAt: 1_800_000_000)
        return [
            .nothingToReturn, .whichToReturn([cooker, brush]), .whichOrder(name: cooker.name, nameZh: cooker.nameZh, orders: [1003, 1004]),
            .howMany(name: cooker.name, nameZh: cooker.nameZh, left: 2), .why(name: cooker.name, nameZh: cooker.nameZh),
            .notBought(name: cooker.name, nameZh: cooker.nameZh),
            .preview(quote), .requested(made), .notReturned, .refused(.windowClosed(order: 1003, closedAt: 1_800_000_000)),
            .line(made, .requested),
        ]
    }()
}
