import ShopIntents

extension Conversation {
    /// "发老王家群里" right after a product's page or a group buy started on it: the product sent
    /// to the group, not a red envelope (it asked how much to put in). Only with no amount, no
    /// count and no word of an envelope, and one product in focus.
    func sharedToGroup(_ turn: Turn) -> Parse? {
        guard turn.parse.intent == .redpacketSend, turn.session.pending == nil, let recipient = turn.slots[.recipient],
            turn.slots[.amount] == nil, turn.slots[.count] == nil, turn.session.focus.count == 1,
            !["红包", "envelope", "hongbao", "packet", "块", "元", "钱"].contains(where: turn.text.lowercased().contains)
        else { return nil }
        return Parse(
            intent: .shareProduct, confidence: turn.parse.confidence,
            slots: [.product: .string(turn.session.focus[0]), .recipient: recipient])
    }
}
