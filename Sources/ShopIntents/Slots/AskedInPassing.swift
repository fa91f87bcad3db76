import ShopText

/// Turns read by a few words of their own, whatever else is said around them (stop 51): what
/// someone sent me, whether a friend bought and my reward, a post to Moments after a remark, who
/// took an envelope, where a thing is, a language asked for and why, and English asked around
/// (`askedAround`). Each read whole was something else.
extension IntentEngine {
    func askedInPassing(_ text: String) -> Parse? {
        // Chinese readings of Chinese text, English ones of the rest (emoji are no Chinese): one
        // scan spares half the word checks (each ~0.3 % of a parse).
        if text.containsByte(where: { (0xE3...0xE9).contains($0) }) {
            if Self.sentToMeAsked(text) { return Parse(intent: .inboxShow, confidence: 0.9) }
            if Self.rewardAsked(text) { return Parse(intent: .shareStats, confidence: 0.9) }
            if let posted = momentsSaidLast(text) { return posted }
            return languageAsked(text)
        }
        if Self.envelopeTakersAsked(text) { return Parse(intent: .redpacketShow, confidence: 0.9) }
        if whereIsAsked(text) { return Parse(intent: .orderTrack, confidence: 0.9) }
        if let language = languageAsked(text) { return language }
        return askedAround(text)
    }
}
