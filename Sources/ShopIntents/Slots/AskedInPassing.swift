/// Turns read by a few words of their own, whatever else is said around them (stop 51): what
/// someone sent me, whether a friend bought and my reward, who took an envelope, where a thing
/// is, a post to Moments after a remark, a language asked for and why, and English asked around
/// (`askedAround`). Each read whole was something else.
extension IntentEngine {
    func askedInPassing(_ text: String) -> Parse? {
        if Self.sentToMeAsked(text) { return Parse(intent: .inboxShow, confidence: 0.9) }
        if Self.rewardAsked(text) { return Parse(intent: .shareStats, confidence: 0.9) }
        if Self.envelopeTakersAsked(text) { return Parse(intent: .redpacketShow, confidence: 0.9) }
        if whereIsAsked(text) { return Parse(intent: .orderTrack, confidence: 0.9) }
        if let posted = momentsSaidLast(text) { return posted }
        if let language = languageAsked(text) { return language }
        return askedAround(text)
    }
}
