import ShopCommerce
import ShopIntents

/// What happens to a checkout or red envelope waiting for a yes when the user says something
/// else (PROTOCOL.md §9): a question that changes nothing leaves it waiting; a change to the cart
/// replaces it with a fresh preview of exactly what "yes" would now place.
extension Conversation {
    /// Intents that only look: the preview still shows what "yes" would do after them.
    static func changesNothing(_ intent: IntentName) -> Bool { intent.spec.effect == .looks }

    /// Intents that change where a waiting purchase ships: it keeps waiting, to go there.
    static func changesAddress(_ intent: IntentName) -> Bool { intent.spec.effect == .changesAddress }

    static func changesCart(_ intent: IntentName) -> Bool { intent.spec.effect == .changesCart }

    /// Answers a side question and keeps `pending` waiting, unless the answer asked its own question.
    func answerAside(_ turn: inout Turn, keeping pending: Session.Pending) throws -> Answer {
        var answer = try dispatch(&turn, previewCoupons: nil, previewPoints: 0)
        switch turn.session.pending {
        case nil: waitsAgain(pending, &turn, &answer)
        // It asked a question of its own ("which one?"): both wait, the question on top.
        case .slot?, .choice?: turn.session.beneath = pending
        default: break
        }
        return answer
    }

    /// `pending` waits again after `answer`, which reminds the user of it.
    func waitsAgain(_ pending: Session.Pending, _ turn: inout Turn, _ answer: inout Answer) {
        turn.session.pending = pending
        answer.text += "\n" + turn.say(Self.stillWaiting(pending))
        if case .slot(_, _, .address) = pending { answer.data.set("expecting", "address") }
    }

    /// Changes the cart, then previews the checkout again with the coupons and points it had.
    func changeCartThenPreview(_ turn: inout Turn, coupons: [String]?, points: Int64) throws -> Answer {
        var answer = try dispatch(&turn, previewCoupons: nil, previewPoints: 0)
        guard turn.session.pending == nil, try !turn.commerce.cart(of: turn.user).isEmpty else { return answer }
        let said = turn.parse
        turn.parse = Parse(intent: .checkout, confidence: said.confidence)
        defer { turn.parse = said }
        // A coupon the new cart no longer reaches is not a reason to undo the change.
        guard let preview = try? previewCheckout(&turn, coupons: coupons, points: points) else {
            turn.session.pending = nil
            answer.text += "\n" + turn.say(CheckoutText.orderChanged)
            return answer
        }
        answer.text += "\n" + preview.text
        if let checkout = preview.data["checkout"] { answer.data.set("checkout", checkout) }
        return answer
    }

    static func stillWaiting(_ pending: Session.Pending) -> CheckoutText {
        switch pending {
        case .redPacket: .redPacketStillWaiting
        case .priceProtection: .priceProtectionStillWaiting
        case .orderReturn: .returnStillWaiting
        case .flashBuy: .flashStillWaiting
        case .bargainBuy: .bargainStillWaiting
        case .slot(_, _, .address): .addressStillAsked
        default: .orderStillWaiting
        }
    }
}
