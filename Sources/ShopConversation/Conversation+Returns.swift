import ShopCommerce
import ShopIntents
import ShopText

extension Conversation {
    /// `order.return` (退货): finds the line meant, asks what is missing (which one, how many,
    /// why), then previews what comes back; the return waits for a yes (PROTOCOL.md §9).
    func previewReturn(_ turn: inout Turn) throws -> Answer {
        var lines = try turn.commerce.returnableLines(user: turn.user)
        if let order = turn.int(.order) {
            _ = try turn.commerce.order(id: order, user: turn.user) // an order that isn't theirs is unknown
            lines = lines.filter { $0.order == order }
        }
        let line: Commerce.ReturnableLine
        switch try returnLine(&turn, among: lines) {
        case .line(let found): line = found
        case .reply(let answer): return answer
        }
        turn.parse.slots[.product] = .string(line.sku)
        turn.parse.slots[.order] = .int(line.order)
        turn.session.focus = [line.sku]
        guard let quantity = turn.int(.quantity) ?? (line.left == 1 ? 1 : nil) else {
            return ask(ReturnText.howMany(name: line.name, nameZh: line.nameZh, left: line.left), for: .quantity, &turn)
        }
        // Checked before asking why: "return 5" of 1 is refused now, not after the reason.
        let quote = try turn.commerce.returnQuote(user: turn.user, order: line.order, sku: line.sku, quantity: quantity)
        guard let said = turn.string(.reason) else {
            return ask(ReturnText.why(name: line.name, nameZh: line.nameZh), for: .reason, &turn)
        }
        let reason = OrderReturn.Reason(rawValue: said) ?? .other
        let note = reason == .other ? said : ""
        turn.session.pending = .orderReturn(order: line.order, sku: line.sku, quantity: quantity, reason: reason.rawValue, note: note)
        return Answer(turn.say(ReturnText.preview(quote)), data: Self.returnData(quote, reason: reason))
    }

    /// The yes: the return is made as the rules say now (a racing return may have taken the units).
    func makeReturn(_ turn: inout Turn, order: Int64, sku: String, quantity: Int64, reason: String, note: String) throws -> Answer {
        let made = try turn.commerce.requestReturn(
            user: turn.user, order: order, sku: sku, quantity: quantity, reason: OrderReturn.Reason(rawValue: reason) ?? .other, note: note)
        return Answer(turn.say(ReturnText.requested(made)), data: .object(["return": Self.returnData(made, at: turn.commerce.timestamp)]))
    }

    enum ReturnLine {
        case line(Commerce.ReturnableLine)
        case reply(Answer)
    }

    /// The one line the words mean, or the question or refusal that says why there isn't one.
    private func returnLine(_ turn: inout Turn, among lines: [Commerce.ReturnableLine]) throws -> ReturnLine {
        guard turn.slots[.product] != nil else {
            if lines.count == 1 { return .line(lines[0]) }
            if lines.isEmpty {
                // "退货" right after ordering, or of an order long delivered: the rules say why
                // (cancel it instead, wait for it, too late), not just "nothing".
                let order = try turn.int(.order) ?? turn.commerce.orders(of: turn.user, limit: 1).first?.id
                if let order, let first = try turn.commerce.order(id: order, user: turn.user).items.first {
                    _ = try turn.commerce.returnQuote(user: turn.user, order: order, sku: first.sku, quantity: 1)
                }
                return .reply(Answer(turn.say(ReturnText.nothingToReturn)))
            }
            var skus: [String] = []
            for line in lines where !skus.contains(line.sku) { skus.append(line.sku) }
            turn.session.results = skus
            return .reply(ask(ReturnText.whichToReturn(lines), for: .product, &turn))
        }
        // Words are matched among what the shopper bought: returnable lines first, then the rest
        // of their recent orders, so "the rice cooker" of an order not yet delivered is that
        // one (and told why not), never a catalog search.
        var skus = lines.map(\.sku)
        for order in try turn.commerce.orders(of: turn.user, limit: Self.ordersShown) { skus += order.items.map(\.sku) }
        var candidates: [Product] = []
        for sku in skus where !candidates.contains(where: { $0.sku == sku }) {
            if let product = try turn.commerce.product(sku: sku) { candidates.append(product) }
        }
        // Words that name nothing bought: "浴巾掉毛太厉害了 退一条" read 厉害 as the product, but the
        // utterance opens with the name of one thing bought (then says what is wrong with it);
        // "鞋子" is an order's one pair of 跑鞋; else "return the iphone" never bought is said so,
        // not a catalog list of iPhones.
        if case .string(let words)? = turn.slots[.product], !ProductResolver.referenceWords.contains(words), !ProductResolver.isSKU(words),
            !candidates.contains(where: { ProductResolver.matchesOpening($0, words: words) })
        {
            let opening = turn.text.split(whereSeparator: { " ，,。".contains($0) }).first.map(String.init) ?? ""
            let opened = candidates.filter { ProductResolver.matchesOpening($0, words: opening) }
            if opened.count == 1 {
                turn.parse.slots[.product] = .string(opened[0].sku)
            } else if candidates.filter({ ProductResolver.holdsShortened($0, words: words) }).count != 1 {
                return .reply(Answer(turn.say(ReturnText.notBought(name: words, nameZh: words)), data: .object(["error": "not_bought"])))
            }
        }
        let product: Product
        switch try resolveOne(&turn, question: ReturnText.whichToReturn(lines), within: candidates) {
        case .product(let found): product = found
        case .reply(let answer): return .reply(answer)
        }
        let matching = lines.filter { $0.sku == product.sku }
        if matching.count == 1 { return .line(matching[0]) }
        if matching.count > 1 {
            turn.parse.slots[.product] = .string(product.sku)
            return .reply(
                ask(ReturnText.whichOrder(name: product.name, nameZh: product.nameZh, orders: matching.map(\.order)), for: .order, &turn))
        }
        // Not returnable now: the rules say why (not delivered, too late, returned, …).
        guard let order = try turn.int(.order) ?? turn.commerce.latestOrder(user: turn.user, with: product.sku) else {
            return .reply(
                Answer(turn.say(ReturnText.notBought(name: product.name, nameZh: product.nameZh)), data: .object(["error": "not_bought"])))
        }
        _ = try turn.commerce.returnQuote(user: turn.user, order: order, sku: product.sku, quantity: 1)
        return .reply(Answer(turn.say(ReturnText.nothingToReturn)))
    }

    static func returnData(_ quote: Commerce.ReturnQuote, reason: OrderReturn.Reason) -> JSONValue {
        .object([
            "return": .object([
                "order": .int(quote.order), "sku": .string(quote.sku), "quantity": .int(quote.quantity), "refund": .int(quote.refund),
                "points_back": .int(quote.pointsBack), "points_taken": .int(quote.pointsEarned),
                "coupons_back": .array(quote.couponsBack.map(JSONValue.string)), "reason": .string(reason.rawValue),
                "status": "preview",
            ])
        ])
    }

    static func returnData(_ made: OrderReturn, at now: Int64) -> JSONValue {
        .object([
            "id": .int(made.id), "order": .int(made.order), "sku": .string(made.sku), "quantity": .int(made.quantity),
            "refund": .int(made.refund), "points_back": .int(made.pointsBack), "points_taken": .int(made.pointsTaken),
            "coupons_back": .array(made.couponsBack.map(JSONValue.string)), "reason": .string(made.reason.rawValue),
            "status": .string(made.status(at: now).rawValue), "refund_at": .int(made.refundAt),
        ])
    }
}

// MARK: Declarations

extension IntentSpec {
    static let orderReturn = IntentSpec(
        .orderReturn, .acts, described: ("return something you bought", "申请退货"),
        answer: { conversation, turn, _ in try conversation.previewReturn(&turn) })
}
