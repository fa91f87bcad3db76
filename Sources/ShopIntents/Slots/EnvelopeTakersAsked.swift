import ShopText

/// "who's collected so far", "who still hasnt grabbed? how many left": who took an envelope is
/// the envelope shown (it befriended "collected", or showed a product).
extension IntentEngine {
    static func envelopeTakersAsked(_ text: String) -> Bool {
        guard text.contains("who") || text.contains("Who") else { return false }
        let lowered = text.quickLowercased()
        return lowered.hasPrefix("who")
            && ["collected", "grabbed", "claimed", "taken theirs", "got theirs"].contains(where: { lowered.contains($0) })
    }
}
