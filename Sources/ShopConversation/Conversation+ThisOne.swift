import ShopIntents
import ShopText

/// "嗯嗯就它", "好 就这个了" with nothing waiting for a yes: the yes is to the product in view, the
/// way "就它了" alone adds it. Before, it answered "nothing to confirm".
extension Conversation {
    func choosesThisOne(_ turn: Turn) -> Parse? {
        guard turn.parse.intent == .confirm, turn.session.pending == nil, turn.text.utf8.count <= 30,
            ["就它", "就这个", "就这款", "就要这个", "就要它", "就那个"].contains(where: turn.text.contains)
        else { return nil }
        return Parse(intent: .cartAdd, confidence: turn.parse.confidence, slots: [.product: .string("this")])
    }
}
