import ShopCommerce
import ShopIntents

/// A refused use case (``CommerceError``) in the shopper's language.
struct RefusalText: Phrasebook {
    let error: CommerceError

    init(_ error: CommerceError) { self.error = error }

    func text(_ lang: Language) -> String {
        switch error {
        case .unknownProduct(let what): lang.pick("I couldn't find a product called \"\(what)\".", "没找到叫“\(what)”的商品。")
        case .outOfStock(let name, let zh): lang.pick("Sorry, \(name) is out of stock.", "抱歉，\(zh.isEmpty ? name : zh)卖完了。")
        case .notEnoughStock(let name, let available, let zh):
            lang.pick("Sorry, only \(available) × \(name) left in stock.", "抱歉，\(zh.isEmpty ? name : zh)只剩\(available)件了。")
        case .notInCart(let name, let zh): lang.pick("\(name) isn't in your cart.", "购物车里没有\(zh.isEmpty ? name : zh)。")
        case .emptyCart: lang.pick("Your cart is empty, so there's nothing to check out.", "购物车是空的，没有可以结算的。")
        case .unknownOrder(let id): lang.pick("You have no order \(id).", "你没有订单\(id)。")
        case .orderAlreadyCancelled(let id): lang.pick("Order \(id) is already cancelled.", "订单\(id)已经取消了。")
        case .orderAlreadyShipped(let id): lang.pick("Order \(id) has already shipped and can't be cancelled.", "订单\(id)已经发货，不能取消了。")
        case .invalidQuantity(let quantity):
            quantity > Limits.quantity.upperBound
                ? lang.pick("That's more than I can handle at once: say 1 to 999.", "一次最多999件，请说1到999之间的数量。")
                : lang.pick("\(quantity) isn't a quantity I can use: say 1 to 999.", "数量\(quantity)不行，请说1到999之间的数量。")
        case .notEnoughPoints(let balance): lang.pick("You only have \(balance) points.", "你只有\(balance)积分。")
        case .catalog(let failure): lang.pick("Import refused: \(failure.description)", "导入失败，什么都没改：\(failure.descriptionZh)")
        case .unknownCoupon(let code): lang.pick("There's no coupon \(code).", "没有\(code)这张券。")
        case .couponExpired(let code): lang.pick("Coupon \(code) has expired.", "优惠券\(code)已过期。")
        case .couponAlreadyUsed(let code): lang.pick("You've already used coupon \(code).", "优惠券\(code)你已经用过了。")
        case .couponLimitReached(let code):
            lang.pick("You've already claimed coupon \(code) as many times as allowed.", "优惠券\(code)你已经领到上限了。")
        case .couponNotClaimable(let code):
            lang.pick("Coupon \(code) can't be claimed; it's given out by the shop.", "优惠券\(code)不能自己领，是商家发放的。")
        case .couponDoesNotApply(let refusal): Self.pricing(refusal, lang)
        case .unknownRecipient(let who):
            lang.pick(
                "I don't know who \(who) is. Name a user (@bob), a group (#family), your friends or your moments.",
                "不知道“\(who)”是谁。可以说好友（@bob）、群（#家人群）、“朋友们”或“朋友圈”。")
        case .nobodyToReach(let who):
            lang.pick("\(who) reaches nobody yet — add some friends first.", "\(Self.recipientZh(who))里还没有人，先加几个好友吧。")
        case .shareLimitReached(let limit):
            lang.pick(
                "You've shared \(limit) times today, the daily limit. Friends are friends, not an audience!",
                "今天已经分享\(limit)次，到上限了。朋友是朋友，不是广告位哦！")
        case .unknownShare(let code): lang.pick("There's no share \(code) for you.", "没有发给你的分享\(code)。")
        case .notYourShare(let code): lang.pick("Share \(code) wasn't sent to you.", "分享\(code)不是发给你的。")
        case .notEnoughMoney(let wallet): lang.pick("Your wallet only holds \(Money.format(wallet)).", "你的钱包只有\(Money.format(wallet))。")
        case .invalidAmount(let problem):
            switch problem {
            case .packetAmount(let maximum):
                lang.pick("A red envelope holds ¥0.01 to \(Self.grouped(maximum)).", "红包金额要在¥0.01到\(Self.grouped(maximum))之间。")
            case .packetCount(let maximum): lang.pick("A red envelope splits 1 to \(maximum) ways.", "红包个数要在1到\(maximum)个之间。")
            case .packetTooThin(let amount, let count):
                lang.pick(
                    "\(Money.format(amount)) can't split \(count) ways: everyone gets at least ¥0.01.",
                    "\(Money.format(amount))分不成\(count)个：每人至少¥0.01。")
            case .rating: lang.pick("A rating is 1 to 5 stars.", "评分是1到5星。")
            }
        case .unknownPacket(let what): lang.pick("There's no red envelope \(what) for you.", "没有发给你的红包\(what)。")
        case .notARecipient(let id): lang.pick("Red envelope R\(id) isn't for you.", "红包R\(id)不是发给你的。")
        case .alreadyGrabbed(let id): lang.pick("You've already grabbed red envelope R\(id).", "红包R\(id)你已经抢过了。")
        case .packetEmpty(let id): lang.pick("Red envelope R\(id) is all gone — too slow!", "红包R\(id)已经被抢光了，手慢了！")
        case .packetExpired(let id): lang.pick("Red envelope R\(id) has expired.", "红包R\(id)已经过期了。")
        case .unknownGroupBuy(let what): lang.pick("There's no group buy \(what).", "没有拼团\(what)。")
        case .groupBuyClosed(let what): lang.pick("Group buy \(what) is closed.", "拼团\(what)已经结束了。")
        case .alreadyJoined(let what): lang.pick("You're already in group buy \(what).", "你已经在拼团\(what)里了。")
        case .unknownStore(let what): lang.pick("I don't know a store called \(what).", "没找到叫“\(what)”的店铺。")
        case .notBought(let name, let zh): lang.pick("You can review \(name) once you've bought it.", "买过\(zh.isEmpty ? name : zh)之后才能评价哦。")
        case .outOfRange(let what, let range):
            lang.pick(
                "That \(what) is out of range: it must be \(range.lowerBound) to \(range.upperBound). Nothing was changed.",
                "\(Self.chinese(what))超出范围了：必须在\(range.lowerBound)到\(range.upperBound)之间。什么都没改。")
        case .returnRefused(let refusal): ReturnText.refusal(refusal, lang)
        case .flashRefused(let refusal): FlashText.refusal(refusal, lang)
        case .bargainRefused(let refusal): BargainText.refusal(refusal, lang)
        case .addressRefused(let refusal): AddressText.refusal(refusal, lang)
        }
    }

    static func pricing(_ refusal: Pricing.Refusal, _ lang: Language) -> String {
        switch refusal {
        case .twoPlatformCoupons(let a, let b):
            lang.pick("Only one platform coupon per order: \(a) or \(b).", "每单只能用一张平台券：\(a)和\(b)选一张。")
        case .twoCouponsForOneStore(let store, let a, let b):
            lang.pick("Only one coupon per store: \(a) or \(b) for \(store).", "同一家店只能用一张券：\(a)和\(b)选一张。")
        case .noItemsFromStore(let code, let store):
            lang.pick("Coupon \(code) is for \(store), and nothing in your cart is from there.", "优惠券\(code)是指定店铺的券，购物车里没有这家店的商品。")
        case .belowMinimum(let code, let minimum, let covered):
            lang.pick(
                "Coupon \(code) needs \(Money.format(minimum)) of goods it covers; you have \(Money.format(covered)).",
                "优惠券\(code)要满\(Money.format(minimum))才能用，现在只有\(Money.format(covered))。")
        }
    }

    /// ¥1,000,000.00: a limit reads better with its thousands marked.
    static func grouped(_ fen: Int64) -> String {
        let plain = Money.format(fen)
        guard let dot = plain.firstIndex(of: "."), plain.hasPrefix("¥") else { return plain }
        var whole = Array(plain[plain.index(after: plain.startIndex)..<dot])
        var index = whole.count - 3
        while index > 0 {
            whole.insert(",", at: index)
            index -= 3
        }
        return "¥" + String(whole) + plain[dot...]
    }

    /// `friends` and `moments` as a Chinese shopper calls them; names and groups as they are.
    static func recipientZh(_ who: String) -> String {
        switch who {
        case "friends": "好友列表"
        case "moments": "朋友圈"
        default: who
        }
    }

    /// The Chinese for the names of numbers `outOfRange` reports.
    static func chinese(_ what: String) -> String {
        switch what {
        case "stock": "库存"
        case "wallet": "钱包金额"
        case "amount": "金额"
        case "points", "number of points": "积分数"
        case "quantity": "数量"
        case "price": "价格"
        default: "这个数"
        }
    }

    static var samples: [RefusalText] {
        let errors: [CommerceError] = [
            .unknownProduct("电饭锅"), .outOfStock(name: "美的电饭煲 4L"), .notEnoughStock(name: "美的电饭煲 4L", available: 2),
            .notInCart(name: "美的电饭煲 4L"), .emptyCart, .unknownOrder(1001), .orderAlreadyCancelled(1001), .orderAlreadyShipped(1001),
            .invalidQuantity(0), .invalidQuantity(5000), .notEnoughPoints(balance: 120),
            .catalog(.unreadable("the file is empty")), .unknownCoupon("SAVE50"), .couponExpired("SAVE50"), .couponAlreadyUsed("SAVE50"),
            .couponLimitReached("SAVE50"),
            .couponNotClaimable("WELCOME10"), .couponDoesNotApply(.twoPlatformCoupons("SAVE50", "SAVE20")),
            .couponDoesNotApply(.twoCouponsForOneStore(store: "midea", "MIDEA30", "MIDEA10")),
            .couponDoesNotApply(.noItemsFromStore(code: "MIDEA30", store: "midea")),
            .couponDoesNotApply(.belowMinimum(code: "SAVE50", minimum: 29900, covered: 19900)), .unknownRecipient("老王"),
            .nobodyToReach("#家人群"), .nobodyToReach("friends"), .shareLimitReached(20), .unknownShare("K7Q2XM"), .notYourShare("K7Q2XM"),
            .returnRefused(.notShipped(order: 1001)), .flashRefused(.alreadyBought(order: 1002)), .bargainRefused(.alreadyCut("B3")),
            .addressRefused(.noAddress), .addressRefused(.unknown("office")), .addressRefused(.unknown("3")),
            .addressRefused(.notAnAddress),
            .addressRefused(.tooMany),
            .returnRefused(.alreadyReturned(order: 1001, name: "Midea Rice Cooker 4L", nameZh: "美的电饭煲 4L")), .notEnoughMoney(wallet: 1000),
            .invalidAmount(.packetAmount(maximum: 100_000_000)), .invalidAmount(.packetCount(maximum: 100)),
            .invalidAmount(.packetTooThin(amount: 3, count: 5)), .invalidAmount(.rating), .unknownPacket("R9"), .notARecipient(3),
            .alreadyGrabbed(3), .packetEmpty(3),
            .packetExpired(3), .unknownGroupBuy("G9"), .groupBuyClosed("G9"), .alreadyJoined("G9"), .unknownStore("小米"),
            .notBought("美的电饭煲 4L"), .outOfRange(what: "stock", range: 0...1_000_000_000_000),
        ]
        return errors.map(RefusalText.init)
    }
}
