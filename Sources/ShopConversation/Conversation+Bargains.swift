import ShopCommerce
import ShopIntents

extension Conversation {
    /// `bargain.start` (砍价): a bargain on the product meant, or the starter's open one on it.
    func startBargain(_ turn: inout Turn) throws -> Answer {
        let product: Product
        // "the rice cooker" is the one that can be bargained for, when one can.
        switch try resolveOne(&turn, question: BargainText.whichProduct, within: turn.commerce.bargainProducts()) {
        case .product(let found): product = found
        case .reply(let answer): return answer
        }
        turn.session.focus = [product.sku]
        let bargain = try turn.commerce.startBargain(user: turn.user, sku: product.sku)
        return Answer(
            turn.say(BargainText.started(bargain)), data: .object(["bargain": Self.bargainData(bargain, at: turn.commerce.timestamp)]))
    }

    /// `bargain.cut` (砍一刀): a friend's one cut, its amount from the seeded random source.
    func cutBargain(_ turn: inout Turn) throws -> Answer {
        // "我自己能先砍一刀不" with no code, right after starting one: their own, which the store
        // refuses with why (friends cut it), rather than a question of which; "再砍一刀！" after
        // cutting a friend's: that one, refused as cut already.
        guard let id = try Self.bargainID(turn.slots[.bargain]) ?? turn.commerce.latestBargainTouched(by: turn.user)?.id else {
            return ask(BargainText.whichBargain, for: .bargain, &turn)
        }
        // The reply's intent names the bargain as friends type it ("B1"), however it was read.
        turn.parse.slots[.bargain] = .string("B\(id)")
        let (bargain, amount) = try turn.commerce.cutBargain(id: id, user: turn.user, random: &random)
        var data = Self.bargainData(bargain, at: turn.commerce.timestamp)
        data.set("cut", .int(amount))
        return Answer(turn.say(BargainText.cut(bargain, amount: amount)), data: .object(["bargain": data]))
    }

    /// `bargain.buy`: the starter's bargain (named, else the latest) at the price reached, as a
    /// preview; the order waits for a yes.
    func previewBargainBuy(_ turn: inout Turn) throws -> Answer {
        let id: Int64
        if let named = Self.bargainID(turn.slots[.bargain]) {
            id = named
        } else if let latest = try turn.commerce.latestBargain(of: turn.user) {
            id = latest.id
        } else {
            return Answer(turn.say(BargainText.noBargain), data: .object(["error": "unknown_bargain"]))
        }
        turn.parse.slots[.bargain] = .string("B\(id)")
        let bargain = try turn.commerce.checkBargainBuy(id: id, user: turn.user)
        let quote = try turn.commerce.oneUnitQuote(sku: bargain.sku, price: bargain.price)
        if let question = try requireAddress(&turn) { return question }
        turn.session.pending = .bargainBuy(id: id)
        var answer = Answer(
            turn.say(BargainText.preview(bargain, total: quote.total, shipping: quote.shipping)),
            data: .object([
                "bargain": Self.bargainData(bargain, at: turn.commerce.timestamp),
                "checkout": .object(["total": .int(quote.total), "shipping": .int(quote.shipping)]),
            ]))
        try addShipsTo(&answer, turn)
        return answer
    }

    /// The yes: bought if the bargain is still open and not bought.
    func buyBargain(_ turn: inout Turn, id: Int64) throws -> Answer {
        let (bargain, order) = try turn.commerce.buyBargain(id: id, user: turn.user, shipTo: addressForPurchase(turn))
        turn.session.shipTo = nil
        return Answer(
            turn.say(BargainText.bought(bargain, order: order.id, total: order.total)),
            data: .object([
                "bargain": Self.bargainData(bargain, at: turn.commerce.timestamp), "order": .order(order, at: turn.commerce.now),
            ]))
    }

    /// "B3", "b3" or 3.
    static func bargainID(_ slot: SlotValue?) -> Int64? {
        switch slot {
        case .int(let id)?: return id
        case .string(let code)?: return Int64(code.uppercased().drop { $0 == "B" })
        default: return nil
        }
    }

    static func bargainData(_ bargain: Bargain, at now: Int64) -> JSONValue {
        .object([
            "code": .string(bargain.code), "sku": .string(bargain.sku), "starter": .string(bargain.starter),
            "list_price": .int(bargain.listPrice), "floor": .int(bargain.floor), "price": .int(bargain.price),
            "cuts": .array(bargain.cuts.map { .object(["user": .string($0.user), "amount": .int($0.amount)]) }),
            "status": .string(bargain.status(at: now).rawValue), "expires_at": .int(bargain.expiresAt),
            "order": bargain.order.map(JSONValue.int) ?? .null,
        ])
    }
}

// MARK: Declarations

extension IntentSpec {
    static let bargainStart = IntentSpec(
        .bargainStart, .acts, described: ("start a bargain with friends", "发起砍价"),
        answer: { conversation, turn, _ in try conversation.startBargain(&turn) })

    static let bargainCut = IntentSpec(
        .bargainCut, .acts, described: ("cut a friend's bargain", "帮好友砍一刀"),
        answer: { conversation, turn, _ in try conversation.cutBargain(&turn) })

    static let bargainBuy = IntentSpec(
        .bargainBuy, .acts, described: ("buy at your bargain price", "按砍后价购买"),
        answer: { conversation, turn, _ in try conversation.previewBargainBuy(&turn) })
}
