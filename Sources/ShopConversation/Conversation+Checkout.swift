import Foundation
import ShopCommerce
import ShopIntents
import ShopText

extension Conversation {
    /// Prices the cart: with the coupons the user named, else the combination that saves most;
    /// points on top, at most half the order and never more than the balance.
    func quote(_ turn: Turn, coupons named: [String]?, points: Int64) throws -> Quote {
        let cart = try turn.commerce.cart(of: turn.user)
        guard !cart.isEmpty else { throw CommerceError.emptyCart }
        let balance = try turn.commerce.points(of: turn.user).balance
        guard points <= balance else { throw CommerceError.notEnoughPoints(balance: balance) }
        let coupons: [Coupon]
        if let named {
            coupons = try turn.commerce.namedCoupons(named, user: turn.user)
        } else {
            let usable = try turn.commerce.usableCoupons(of: turn.user)
            let best = CouponPicker.best(cart: cart, from: usable)
            coupons = best.coupons.compactMap { applied in usable.first { $0.code == applied.code } }
        }
        do {
            return try Pricing.quote(cart: cart, coupons: coupons, points: points)
        } catch {
            throw CommerceError.couponDoesNotApply(error)
        }
    }

    /// Whether the words ask for every point there is.
    static func meansAllPoints(_ text: String) -> Bool {
        let folded = text.lowercased()
        return ["全用", "都用", "全部", "全抵", "都抵", "能用多少用多少", "all my points", "all the points", "all points", "max points", "maximum"]
            .contains(where: folded.contains)
    }

    /// Shows what the order would cost and waits for a yes: money only moves on `confirm`.
    func previewCheckout(_ turn: inout Turn, coupons: [String]?, points: Int64) throws -> Answer {
        var named = coupons
        var points = points
        var noPoints = false
        switch turn.parse.intent {
        case .checkout, .couponApply:
            if let code = turn.string(.coupon) { named = [code.uppercased()] }
            if turn.parse.intent == .couponApply, named == nil {
                return ask(CheckoutText.whichCoupon, for: .coupon, &turn)
            }
        case .pointsRedeem:
            // "积分全用上", "use all my points": as many as the order may take (Pricing caps them).
            let balance = try turn.commerce.points(of: turn.user).balance
            let all = Self.meansAllPoints(turn.text) ? balance : nil
            if let requested = turn.int(.points) ?? all.flatMap({ $0 > 0 ? $0 : nil }) {
                guard Limits.points.contains(requested) else {
                    throw CommerceError.outOfRange(what: "number of points", range: Limits.points)
                }
                points = requested
            } else if balance == 0 {
                // "用积分抵一下" with none: nothing to ask; the order is shown as it stands.
                noPoints = true
            } else {
                return ask(CheckoutText.howManyPoints, for: .points, &turn)
            }
        default:
            break
        }
        let quote = try quote(turn, coupons: named, points: points)
        // What can't be bought is said first; where it goes is asked only of what can.
        if let question = try requireAddress(&turn) { return question }
        turn.session.pending = .checkout(coupons: named, points: points)
        var note = CheckoutText.CouponNote.none
        if named == nil, quote.coupons.isEmpty, try !turn.commerce.usableCoupons(of: turn.user).isEmpty {
            note = .noneApplies
        } else if named == nil, !quote.coupons.isEmpty {
            note = .pickedBest
        }
        var checkout = JSONValue.checkout(quote)
        var text = turn.say(CheckoutText.preview(.init(quote), pointsAsked: points, note: note))
        if noPoints { text = turn.say(CheckoutText.noPointsYet) + "\n" + text }
        if let shipsTo = try shipsToLine(turn) {
            text += "\n" + shipsTo.text
            checkout.set("ship_to", shipsTo.data)
        }
        return Answer(text, data: .object(["checkout": checkout]))
    }

    func placeOrder(_ turn: inout Turn, coupons: [String]?, points: Int64) throws -> Answer {
        let quote = try quote(turn, coupons: coupons, points: points)
        let order = try turn.commerce.placeOrder(user: turn.user, quote: quote, shipTo: addressForPurchase(turn))
        turn.session.shipTo = nil
        // "Rate it" once it arrives means what was bought, when that was one product.
        turn.session.focus = order.items.count == 1 ? [order.items[0].sku] : []
        try turn.commerce.record("order", user: turn.user, detail: String(order.id))
        return Answer(
            turn.say(CheckoutText.placed(order: order.id, total: order.total, saved: order.discount, pointsEarned: order.pointsEarned)),
            data: .object(["order": .order(order, at: turn.commerce.now)]))
    }

    func listOrders(_ turn: Turn) throws -> Answer {
        let orders = try turn.commerce.orders(of: turn.user, limit: Self.ordersShown)
        let now = turn.commerce.now
        guard !orders.isEmpty else { return Answer(turn.say(OrderText.noOrders), data: .object(["orders": .array([])])) }
        let total = try turn.commerce.orderCount(of: turn.user)
        return Answer(
            turn.say(OrderText.list(orders.map { .init($0, at: now) }, older: max(0, total - Int64(orders.count)))),
            data: .object([
                "orders": .array(
                    orders.map { .object(["id": .int($0.id), "status": .string($0.status(at: now).rawValue), "total": .int($0.total)]) })
            ]))
    }

    func trackOrder(_ turn: inout Turn) throws -> Answer {
        let now = turn.commerce.now
        let order: Order
        if let id = turn.int(.order) {
            order = try turn.commerce.order(id: id, user: turn.user)
        } else if let words = Self.productOfOrder(turn.text),
            let named = try newestOrder(naming: words, among: turn.commerce.orders(of: turn.user, limit: Self.ordersShown), turn.commerce)
        {
            order = named
            turn.parse.slots[.order] = .int(named.id)
        } else if let latest = try turn.commerce.orders(of: turn.user, limit: 1).first {
            order = latest
            // The reply's intent names the order meant (as a product slot names its SKU).
            turn.parse.slots[.order] = .int(latest.id)
        } else {
            return Answer(turn.say(OrderText.noOrders), data: .object(["orders": .array([])]))
        }
        let status = order.status(at: now)
        // The order being discussed puts its product in focus: "rate it" once it has arrived.
        if order.items.count == 1 { turn.session.focus = [order.items[0].sku] }
        var text = turn.say(OrderText.status(order: order.id, status, total: order.total))
        var data = JSONValue.order(order, at: now)
        let returns = try turn.commerce.returns(order: order.id, user: turn.user)
        if !returns.isEmpty {
            let timestamp = turn.commerce.timestamp
            for made in returns { text += "\n  • " + turn.say(ReturnText.line(made, made.status(at: timestamp))) }
            data.set("returns", .array(returns.map { Self.returnData($0, at: timestamp) }))
        }
        return Answer(text, data: .object(["order": data]))
    }

    /// Whether the words point at the latest order ("my last order", "刚才那个", "最近的订单").
    static func meansLatest(_ text: String) -> Bool {
        let said = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        if !Set(said).isDisjoint(with: ["last", "latest", "recent", "newest", "previous"]) { return true }
        // "the one i just ordered", not "he just told me".
        if zip(said, said.dropFirst()).contains(where: { $0 == "just" && ["ordered", "bought", "placed", "made", "got"].contains($1) }) {
            return true
        }
        return ["刚才", "刚刚", "最近", "上一个", "上个", "最新", "刚下", "最后", "上一单", "后下的", "后来那"].contains { text.contains($0) }
    }

    /// "that order", "this one", "这单", "那个订单": an order pointed at, not named.
    static func pointsAtAnOrder(_ text: String) -> Bool {
        let said = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        if !Set(said).isDisjoint(with: ["that", "this", "it"]) { return true }
        return ["这单", "那单", "这个订单", "那个订单", "这笔", "那笔"].contains { text.contains($0) }
    }

    /// The most recent orders a list shows.
    static let ordersShown = 20

    func cancelOrder(_ turn: inout Turn) throws -> Answer {
        var named = turn.int(.order)
        if named == nil {
            // Orders ship a day after they are placed, so only recent ones can still be open.
            let recent = try turn.commerce.orders(of: turn.user, limit: Self.ordersShown)
            let open = recent.filter { $0.status(at: turn.commerce.now) == .placed }
            let meant: Int64
            if open.isEmpty {
                // "can i still cancel it?" once it shipped: the latest order is answered for (it
                // has shipped), not "nothing to cancel".
                guard let latest = recent.first, latest.status(at: turn.commerce.now) != .cancelled else {
                    return Answer(turn.say(OrderText.nothingToCancel))
                }
                meant = latest.id
            } else if let words = Self.productOfOrder(turn.text), let holding = try newestOrder(naming: words, among: open, turn.commerce) {
                // "卷纸那单取消了吧": the open order holding what is named.
                meant = holding.id
            } else if open.count == 1 || Self.meansLatest(turn.text)
                || (turn.session.justOrdered == true && Self.pointsAtAnOrder(turn.text))
            {
                // ("cancel that order" right after placing one: that one.)
                meant = open[0].id
            } else {
                return ask(OrderText.whichToCancel(open: open.map(\.id)), for: .order, &turn)
            }
            named = meant
            // The reply's intent names the order meant (as a product slot names its SKU).
            turn.parse.slots[.order] = .int(meant)
        }
        guard let id = named else { return Answer(turn.say(OrderText.nothingToCancel)) }
        let order = try turn.commerce.cancelOrder(id: id, user: turn.user)
        try turn.commerce.record("order_cancelled", user: turn.user, detail: String(id))
        return Answer(
            turn.say(OrderText.cancelled(order: id, pointsTakenBack: order.pointsEarned)),
            data: .object(["order": .order(order, at: turn.commerce.now)]))
    }
}

// MARK: Declarations

extension IntentSpec {
    /// Checking out, a coupon and points all preview the order, keeping what the preview had.
    private static let previewing: Handler = { conversation, turn, preview in
        try conversation.previewCheckout(&turn, coupons: preview.coupons, points: preview.points)
    }

    static let checkout = IntentSpec(
        .checkout, .acts, described: ("check out", "结算"),
        answer: previewing
    )

    static let orderList = IntentSpec(
        .orderList, .looks, described: ("see your orders", "看我的订单"), next: { _, _ in [.trackOrder] },
        answer: { conversation, turn, _ in try conversation.listOrders(turn) })

    static let orderTrack = IntentSpec(
        .orderTrack, .looks, described: ("track an order", "查订单物流"),
        answer: { conversation, turn, _ in try conversation.trackOrder(&turn) })

    static let orderCancel = IntentSpec(
        .orderCancel, .acts, described: ("cancel an order", "取消订单"), next: { _, _ in [.trackOrder] },
        answer: { conversation, turn, _ in try conversation.cancelOrder(&turn) })

    static let couponApply = IntentSpec(
        .couponApply, .acts, described: ("use a coupon", "用优惠券"),
        answer: previewing
    )

    static let pointsRedeem = IntentSpec(
        .pointsRedeem, .acts, described: ("pay with points", "用积分抵扣"),
        answer: previewing
    )
}
