import ShopIntents

extension Conversation {
    /// "and now?", "现在呢": after a change, the last question of how things stand asked again
    /// (the total with coupons after another add, where the order is two days on). Read alone,
    /// "现在呢" asked who the user is and "and now?" was nothing.
    func askedAgain(_ turn: Turn) -> Parse? {
        guard let asked = turn.session.asked, let intent = IntentName(rawValue: asked), Self.asksAgain(turn.text) else { return nil }
        return Parse(intent: intent, confidence: max(turn.parse.confidence, 0.9))
    }

    /// Questions of how things stand that "and now?" asks again.
    static let askedAgainIntents: Set<IntentName> = [.cartQuote, .cartShow, .orderTrack, .orderList, .pointsShow, .walletShow]

    static func asksAgain(_ text: String) -> Bool {
        var said = Substring(text.lowercased())
        while let last = said.last, "?？!！.。~ ".contains(last) { said = said.dropLast() }
        while let first = said.first, first == " " { said = said.dropFirst() }
        return againWords.contains(String(said))
    }

    static let againWords: Set<String> = [
        "and now", "now", "what about now", "how about now", "and now then", "ok and now", "what now",
        "现在呢", "那现在呢", "这样呢", "那这样呢", "现在多少", "现在呢多少", "再看看", "再算算", "再算一下",
    ]
}
