import ShopCommerce
import ShopIntents

/// What the shop says about checking out, quotes and placed orders.
enum CheckoutText: Phrasebook {
    case notPlaced
    case whichCoupon
    case howManyPoints
    /// Points asked for with none to use: the order is shown as it stands, still waiting.
    case noPointsYet
    /// What the order would cost, waiting for a yes; `pointsAsked` are the points the user asked to use.
    case preview(Bill, pointsAsked: Int64, note: CouponNote)
    case placed(order: Int64, total: Int64, saved: Int64, pointsEarned: Int64)
    /// `cart.quote`: what the cart would cost now, with nothing waiting.
    case quote(Bill)
    /// A cart change made the waiting checkout impossible to preview again.
    case orderChanged
    case orderStillWaiting
    /// A purchase asked where it should go, still waiting for the address.
    case addressStillAsked
    case redPacketStillWaiting
    case priceProtectionStillWaiting
    case returnStillWaiting
    case flashStillWaiting
    case bargainStillWaiting

    func text(_ lang: Language) -> String {
        switch self {
        case .notPlaced: lang.pick("OK, I didn't place the order. Your cart is still there.", "好的，没有下单，购物车里的东西还在。")
        case .whichCoupon: lang.pick("Which coupon? Say \"show my coupons\" to see yours.", "用哪张券？说“我的优惠券”可以看看你有哪些。")
        case .howManyPoints: lang.pick("How many points would you like to use?", "要用多少积分？")
        case .noPointsYet: lang.pick("You have no points to use yet.", "你现在还没有积分可以抵扣。")
        case .preview(let quote, let pointsAsked, let note): Self.preview(quote, pointsAsked: pointsAsked, note: note, lang)
        case .placed(let id, let total, let saved, let pointsEarned):
            lang.pick(
                "Order \(id) is placed: \(Money.format(total)).\(saved > 0 ? " You saved \(Money.format(saved))." : "") You earned \(pointsEarned) points. Say \"where is order \(id)\" to track it.",
                "下单成功！订单\(id)，实付\(Money.format(total))。\(saved > 0 ? "共省了\(Money.format(saved))，" : "")获得\(pointsEarned)积分。想查物流就说“订单\(id)到哪了”。"
            )
        case .quote(let quote): Self.quote(quote, lang)
        case .orderChanged:
            lang.pick(
                "The order you were about to place changed; say \"check out\" to see it again.",
                "你要下的订单有变化，说“结算”再看一遍。")
        case .addressStillAsked:
            lang.pick(
                "(Your order still needs an address: send the street and number, or say \"cancel\".)",
                "（订单还等着收货地址：发街道门牌号给我，或者说“取消”。）")
        case .orderStillWaiting:
            lang.pick(
                "(Your order is still waiting: say \"yes\" to place it or \"no\" to drop it.)",
                "（订单还在等你确认：说“确认”就下单，说“算了”就不买了。）")
        case .redPacketStillWaiting:
            lang.pick(
                "(Your red envelope is still waiting: say \"yes\" to send it or \"no\" to drop it.)",
                "（红包还没发：说“发”就发出去，说“不发”就算了。）")
        case .priceProtectionStillWaiting:
            lang.pick(
                "(Your price protection claim is still waiting: say \"yes\" to claim it or \"no\" to drop it.)",
                "（价保申请还在等你确认：说“确认”就申请，说“算了”就不申请。）")
        case .returnStillWaiting:
            lang.pick(
                "(Your return is still waiting: say \"yes\" to send the request or \"no\" to keep the item.)",
                "（退货申请还在等你确认：说“确认”就提交，说“算了”就不退了。）")
        case .flashStillWaiting:
            lang.pick(
                "(Your flash sale buy is still waiting: say \"yes\" to buy or \"no\" to let it go.)",
                "（秒杀还在等你确认：说“确认”就抢，说“算了”就不抢了。）")
        case .bargainStillWaiting:
            lang.pick(
                "(Your bargain buy is still waiting: say \"yes\" to buy or \"no\" to keep bargaining.)",
                "（砍价商品还在等你确认：说“确认”就下单，说“算了”就先不买。）")
        }
    }

    static func preview(_ quote: Bill, pointsAsked: Int64, note: CouponNote, _ lang: Language) -> String {
        var lines = [lang.pick("Your order:", "订单明细：")]
        lines += quote.cart.lines.map {
            lang.pick(
                "  • \($0.quantity) × \($0.product.name) — \(Money.format($0.lineTotal))",
                "  • \($0.product.counted($0.quantity, lang)) — \(Money.format($0.lineTotal))")
        }
        lines.append(lang.pick("  Subtotal \(Money.format(quote.subtotal))", "  商品金额 \(Money.format(quote.subtotal))"))
        for coupon in quote.coupons {
            lines.append(
                lang.pick(
                    "  Coupon \(coupon.code) saves \(Money.format(coupon.saving))", "  优惠券\(coupon.code) 省\(Money.format(coupon.saving))"))
        }
        lines.append(
            quote.shipping == 0
                ? lang.pick("  Shipping free", "  免运费")
                : lang.pick("  Shipping \(Money.format(quote.shipping))", "  运费 \(Money.format(quote.shipping))"))
        if quote.pointsUsed > 0 {
            let points = quote.pointsUsed / Pricing.fenPerPoint
            let capped = quote.pointsUsed < pointsAsked
            lines.append(
                lang.pick(
                    "  \(points) points −\(Money.format(quote.pointsUsed))\(capped ? " (at most half the order)" : "")",
                    "  \(points)积分抵扣 −\(Money.format(quote.pointsUsed))\(capped ? "（积分最多抵订单的一半）" : "")"))
        }
        lines.append(lang.pick("  Total \(Money.format(quote.total))", "  合计 \(Money.format(quote.total))"))
        switch note {
        case .none: break
        case .noneApplies: lines.append(lang.pick("  (None of your coupons applies to this order.)", "  （你的优惠券这单都用不上。）"))
        case .pickedBest: lines.append(lang.pick("  (I picked the coupons that save you the most.)", "  （已帮你选了最省钱的券。）"))
        }
        lines.append(lang.pick("Place the order? (yes / no)", "确认下单吗？（说“确认”或“算了”）"))
        return lines.joined(separator: "\n")
    }

    static func quote(_ quote: Bill, _ lang: Language) -> String {
        var lines = [lang.pick("Your cart now: subtotal \(Money.format(quote.subtotal))", "按现在的购物车算：商品金额 \(Money.format(quote.subtotal))")]
        for coupon in quote.coupons {
            lines.append(
                lang.pick("  coupon \(coupon.code) −\(Money.format(coupon.saving))", "  优惠券\(coupon.code) −\(Money.format(coupon.saving))"))
        }
        if quote.pointsUsed > 0 {
            let points = quote.pointsUsed / Pricing.fenPerPoint
            lines.append(
                lang.pick("  \(points) points −\(Money.format(quote.pointsUsed))", "  \(points)积分抵扣 −\(Money.format(quote.pointsUsed))"))
        }
        lines.append(
            quote.shipping == 0
                ? lang.pick("  shipping free", "  免运费")
                : lang.pick("  shipping \(Money.format(quote.shipping))", "  运费 \(Money.format(quote.shipping))"))
        lines.append(
            lang.pick(
                "You'd pay \(Money.format(quote.total)). Say \"check out\" when you're ready.",
                "现在结算要付\(Money.format(quote.total))。选好了就说“结算”。"))
        return lines.joined(separator: "\n")
    }

    static var samples: [CheckoutText] {
        let cooker = Product.sample
        let cart = Cart(lines: [.init(product: cooker, quantity: 2)])
        let withCoupon = Bill(
            cart: cart, subtotal: 51800, coupons: [.init(code: "SAVE50", saving: 5000)], shipping: 0, pointsUsed: 500, total: 46300)
        let brush = Product(
            sku: "P1003", name: "Bamboo Charcoal Toothbrush", nameZh: "竹炭牙刷", brand: "Bamboo", category: "personal care", store: "jdself",
            price: 1290, stock: 50, rating: 4.5)
        let plain = Bill(
            cart: Cart(lines: [.init(product: brush, quantity: 2)]), subtotal: 2580, coupons: [], shipping: 800, pointsUsed: 0, total: 3380)
        return [
            .notPlaced, .whichCoupon, .howManyPoints, .noPointsYet,
            .preview(withCoupon, pointsAsked: 500, note: .pickedBest), .preview(withCoupon, pointsAsked: 90000, note: .none),
            .preview(plain, pointsAsked: 0, note: .noneApplies), .preview(plain, pointsAsked: 0, note: .none),
            .placed(order: 1001, total: 46300, saved: 5000, pointsEarned: 463),
            .placed(order: 1002, total: 25900, saved: 0, pointsEarned: 259), .quote(withCoupon), .quote(plain),
            .orderChanged, .orderStillWaiting, .addressStillAsked, .redPacketStillWaiting, .priceProtectionStillWaiting,
            .returnStillWaiting,
            .flashStillWaiting, .bargainStillWaiting,
        ]
    }
}

extension CheckoutText {
    /// What the preview adds under the total about the coupons it chose.
    enum CouponNote: Sendable {
        case none
        /// The user holds coupons, and none of them applies.
        case noneApplies
        /// The shop chose the coupons that save most.
        case pickedBest
    }

    /// The figures of a quote (``Quote`` has no public initialiser, and the samples need some).
    struct Bill: Sendable {
        var cart: Cart
        var subtotal: Int64
        var coupons: [Quote.AppliedCoupon]
        var shipping: Int64
        var pointsUsed: Int64
        var total: Int64

        init(cart: Cart, subtotal: Int64, coupons: [Quote.AppliedCoupon], shipping: Int64, pointsUsed: Int64, total: Int64) {
            self.cart = cart
            self.subtotal = subtotal
            self.coupons = coupons
            self.shipping = shipping
            self.pointsUsed = pointsUsed
            self.total = total
        }

        init(_ quote: Quote) {
            self.init(
                cart: quote.cart, subtotal: quote.subtotal, coupons: quote.coupons, shipping: quote.shipping, pointsUsed: quote.pointsUsed,
                total: quote.total)
        }
    }
}
