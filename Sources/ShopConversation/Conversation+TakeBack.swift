import ShopIntents
import ShopText

/// "算了不要了", "还是不要了", "never mind, I don't want it" right after an add: the line just
/// added comes out. Before, it answered "nothing to cancel" (or "OK") and the line stayed.
extension Conversation {
    func takesBackTheAdd(_ turn: Turn) -> Parse? {
        guard turn.session.justAdded == true, turn.session.pending == nil, [.cancel, .deny].contains(turn.parse.intent),
            turn.session.focus.count == 1, Self.saysTakeBack(turn.text)
        else { return nil }
        return Parse(intent: .cartRemove, confidence: turn.parse.confidence, slots: [.product: .string(turn.session.focus[0])])
    }

    /// Not wanting it, said short; "算了" or "never mind" alone may set the talk aside, not the line.
    static func saysTakeBack(_ text: String) -> Bool {
        if text.containsByte(where: { $0 >= 0x80 }), text.contains("不要") { return text.count <= 10 }
        let lowered = text.quickLowercased()
        return ["dont want", "don't want", "do not want", "don’t want", "changed my mind"].contains(where: lowered.contains)
            && lowered.utf8.count <= 40
    }
}
