import Foundation
import ShopCommerce
import ShopIntents

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

    /// Shows what the order would cost and waits for a yes: money only moves on `confirm`.
    func previewCheckout(_ turn: inout Turn, coupons: [String]?, points: Int64) throws -> Answer {
        var named = coupons
        var points = points
        switch turn.parse.intent {
        case .checkout, .couponApply:
            if let code = turn.string("coupon") { named = [code.uppercased()] }
            if turn.parse.intent == .couponApply, named == nil {
                return ask("Which coupon? Say \"show my coupons\" to see yours.", for: "coupon", &turn)
            }
        case .pointsRedeem:
            guard let requested = turn.int("points") else { return ask("How many points would you like to use?", for: "points", &turn) }
            guard Limits.points.contains(requested) else { throw CommerceError.outOfRange(what: "number of points", range: Limits.points) }
            points = requested
        default:
            break
        }
        let quote = try quote(turn, coupons: named, points: points)
        turn.session.pending = .checkout(coupons: named, points: points)
        var lines = ["Your order:"]
        lines += quote.cart.lines.map { "  • \($0.quantity) × \($0.product.name) — \(Money.format($0.lineTotal))" }
        lines.append("  Subtotal \(Money.format(quote.subtotal))")
        for coupon in quote.coupons {
            lines.append("  Coupon \(coupon.code) saves \(Money.format(coupon.saving))")
        }
        lines.append("  Shipping \(quote.shipping == 0 ? "free" : Money.format(quote.shipping))")
        if quote.pointsUsed > 0 {
            let capped = quote.pointsUsed < points ? " (at most half the order)" : ""
            lines.append("  \(quote.pointsUsed / Pricing.fenPerPoint) points −\(Money.format(quote.pointsUsed))\(capped)")
        }
        lines.append("  Total \(Money.format(quote.total))")
        if named == nil, quote.coupons.isEmpty, try !turn.commerce.usableCoupons(of: turn.user).isEmpty {
            lines.append("  (None of your coupons applies to this order.)")
        } else if named == nil, !quote.coupons.isEmpty {
            lines.append("  (I picked the coupons that save you the most.)")
        }
        lines.append("Place the order? (yes / no)")
        return Answer(lines.joined(separator: "\n"), data: .object(["checkout": .checkout(quote)]))
    }

    func placeOrder(_ turn: inout Turn, coupons: [String]?, points: Int64) throws -> Answer {
        let quote = try quote(turn, coupons: coupons, points: points)
        let order = try turn.commerce.placeOrder(user: turn.user, quote: quote)
        // "Rate it" once it arrives means what was bought, when that was one product.
        turn.session.focus = order.items.count == 1 ? [order.items[0].sku] : []
        try turn.commerce.record("order", user: turn.user, detail: String(order.id))
        let saved = order.discount > 0 ? " You saved \(Money.format(order.discount))." : ""
        return Answer(
            "Order \(order.id) is placed: \(Money.format(order.total)).\(saved) You earned \(order.pointsEarned) points. Say \"where is order \(order.id)\" to track it.",
            data: .object(["order": .order(order, at: turn.commerce.now)]))
    }

    func listOrders(_ turn: Turn) throws -> Answer {
        let orders = try turn.commerce.orders(of: turn.user, limit: Self.ordersShown)
        let now = turn.commerce.now
        guard !orders.isEmpty else { return Answer("You have no orders yet.", data: .object(["orders": .array([])])) }
        var lines = orders.map { "  • Order \($0.id) — \($0.status(at: now).rawValue), \(Money.format($0.total)), \($0.items.count) item\($0.items.count == 1 ? "" : "s")" }
        let total = try turn.commerce.orderCount(of: turn.user)
        if total > orders.count { lines.append("  … and \(total - Int64(orders.count)) older orders.") }
        return Answer(
            "Your orders:\n\(lines.joined(separator: "\n"))",
            data: .object([
                "orders": .array(orders.map { .object(["id": .int($0.id), "status": .string($0.status(at: now).rawValue), "total": .int($0.total)]) })
            ]))
    }

    func trackOrder(_ turn: inout Turn) throws -> Answer {
        let now = turn.commerce.now
        let order: Order
        if let id = turn.int("order") {
            order = try turn.commerce.order(id: id, user: turn.user)
        } else if let latest = try turn.commerce.orders(of: turn.user, limit: 1).first {
            order = latest
        } else {
            return Answer("You have no orders yet.", data: .object(["orders": .array([])]))
        }
        let status = order.status(at: now)
        // The order being discussed puts its product in focus: "rate it" once it has arrived.
        if order.items.count == 1 { turn.session.focus = [order.items[0].sku] }
        let story: String
        switch status {
        case .placed: story = "is placed and being packed; it ships within a day."
        case .shipped: story = "has shipped and is on its way."
        case .delivered: story = "was delivered."
        case .cancelled: story = "was cancelled."
        }
        return Answer("Order \(order.id) \(story) Total \(Money.format(order.total)).", data: .object(["order": .order(order, at: now)]))
    }

    /// Whether the words point at the latest order ("my last order", "刚才那个", "最近的订单").
    static func meansLatest(_ text: String) -> Bool {
        let words = Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        if !words.isDisjoint(with: ["last", "latest", "recent", "newest", "previous", "just"]) { return true }
        return ["刚才", "刚刚", "最近", "上一个", "上个", "最新", "刚下"].contains { text.contains($0) }
    }

    /// The most recent orders a list shows.
    static let ordersShown = 20

    func cancelOrder(_ turn: inout Turn) throws -> Answer {
        var named = turn.int("order")
        if named == nil {
            // Orders ship a day after they are placed, so only recent ones can still be open.
            let open = try turn.commerce.orders(of: turn.user, limit: Self.ordersShown).filter { $0.status(at: turn.commerce.now) == .placed }
            guard !open.isEmpty else { return Answer("You have no order that can still be cancelled.") }
            // One open order, or "my last order" / "刚才那个订单": no need to ask which.
            if open.count == 1 || Self.meansLatest(turn.text) {
                named = open[0].id
            } else {
                return ask("Which order? You can cancel \(open.map { String($0.id) }.joined(separator: ", ")).", for: "order", &turn)
            }
        }
        guard let id = named else { return Answer("You have no order that can still be cancelled.") }
        let order = try turn.commerce.cancelOrder(id: id, user: turn.user)
        try turn.commerce.record("order_cancelled", user: turn.user, detail: String(id))
        return Answer(
            "Order \(id) is cancelled. Its items are back in stock\(order.pointsEarned > 0 ? " and its \(order.pointsEarned) points are taken back" : "").",
            data: .object(["order": .order(order, at: turn.commerce.now)]))
    }
}
