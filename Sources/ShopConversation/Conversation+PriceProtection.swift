import ShopCommerce
import ShopIntents

extension Conversation {
    /// `order.priceprotect` (价保): the lines whose list price dropped since they were ordered,
    /// and a question; the refund waits for a yes (PROTOCOL.md §9).
    func previewPriceProtection(_ turn: inout Turn) throws -> Answer {
        let order = turn.int(.order)
        let drops = try turn.commerce.priceDrops(user: turn.user, order: order)
        guard !drops.isEmpty else {
            return Answer(turn.say(PriceProtectionText.nothing(order: order)), data: Self.priceProtectionData(drops, refunded: false))
        }
        turn.session.pending = .priceProtection(order: order)
        // The reply's intent names the order meant, when every drop found is of one.
        if order == nil, let only = drops.first?.order, drops.allSatisfy({ $0.order == only }) { turn.parse.slots[.order] = .int(only) }
        return Answer(turn.say(PriceProtectionText.preview(drops)), data: Self.priceProtectionData(drops, refunded: false))
    }

    /// The yes: refunds what is found now (a price may have moved again since the preview).
    func protectPrices(_ turn: inout Turn, order: Int64?) throws -> Answer {
        let drops = try turn.commerce.protectPrices(user: turn.user, order: order)
        guard !drops.isEmpty else {
            return Answer(turn.say(PriceProtectionText.nothing(order: order)), data: Self.priceProtectionData(drops, refunded: false))
        }
        return Answer(turn.say(PriceProtectionText.refunded(drops)), data: Self.priceProtectionData(drops, refunded: true))
    }

    static func priceProtectionData(_ drops: [PriceDrop], refunded: Bool) -> JSONValue {
        .object([
            "price_protection": .object([
                "lines": .array(
                    drops.map {
                        .object([
                            "order": .int($0.order), "sku": .string($0.sku), "quantity": .int($0.quantity), "paid": .int($0.paid),
                            "now": .int($0.now), "refund": .int($0.refund),
                        ])
                    }),
                "total": .int(drops.refund), "refunded": .bool(refunded),
            ])
        ])
    }
}

// MARK: Declarations

extension IntentSpec {
    static let orderPriceProtect = IntentSpec(
        .orderPriceProtect, .acts, described: ("claim a price drop on an order", "申请价保"),
        answer: { conversation, turn, _ in try conversation.previewPriceProtection(&turn) })
}
