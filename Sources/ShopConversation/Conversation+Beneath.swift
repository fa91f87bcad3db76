import ShopIntents

/// What waits beneath a side question's own question (`Session.beneath`): "check out", then
/// "the phone?" asked "which one?", and the checkout was gone by the time the shopper said yes.
extension Conversation {
    /// Responds to a turn with the question on top and what waited beneath it in mind: a turn
    /// that answers the question (or says no or never mind to it) is its answer, and then what
    /// waited waits again; any other turn, a yes among them, sets the question aside and is said
    /// to what waited (the preview is unchanged: only looks came since).
    func respondKeepingWhatWaits(_ turn: inout Turn) throws -> Answer {
        guard let beneath = turn.session.beneath else { return try respond(&turn) }
        turn.session.beneath = nil
        // "这个打九折吗" asked "deals or its details?" with an order waiting: "确认" is the order's
        // yes (the engine reads a yes to "A or B?" as A).
        if case .choice? = turn.session.pending, Self.waitsForYesOrNo(beneath), Self.saysPlainYes(turn.text) {
            turn.session.pending = beneath
            turn.parse = Parse(intent: .confirm, confidence: max(turn.parse.confidence, 0.9))
            return try respond(&turn)
        }
        guard let question = turn.session.pending, Self.answers(turn.parse.intent, question) else {
            turn.session.pending = beneath
            return try respond(&turn)
        }
        var answer = try respond(&turn)
        switch turn.session.pending {
        case nil where Self.changesNothing(turn.parse.intent) || Self.settles.contains(turn.parse.intent):
            waitsAgain(beneath, &turn, &answer)
        // Asked again: both still wait.
        case .slot?, .choice?: turn.session.beneath = beneath
        // Something else now waits, or the answer changed something: what waited is replaced.
        default: break
        }
        return answer
    }

    /// Said to a question, these settle it rather than what waits beneath: a "no" to "which one?"
    /// drops no order.
    static let settles: Set<IntentName> = [.deny, .cancel]

    static func answers(_ intent: IntentName, _ question: Session.Pending) -> Bool {
        switch question {
        case .slot(let asked, _, _): intent == asked || settles.contains(intent)
        case .choice(let intents, _): intents.contains(intent) || settles.contains(intent)
        default: false
        }
    }
}
