import ShopText

/// Envelopes asked about: "who's collected so far", "who still hasnt grabbed? how many left" (who
/// took one) show it (it befriended "collected", or showed a product); "这个怎么抢啊 点这里吗" (how
/// to grab one) grabs it (it showed a product's reviews).
extension IntentEngine {
    static func grabHowAsked(_ text: String) -> Bool {
        (text.contains("抢") && ["怎么抢", "咋抢", "怎样抢"].contains(where: { text.contains($0) }))
            || (text.contains(" grab") && (text.contains("how do i grab") || text.contains("how to grab")))
    }

    static func envelopeTakersAsked(_ text: String) -> Bool {
        guard text.contains("who") || text.contains("Who") else { return false }
        let lowered = text.quickLowercased()
        return lowered.hasPrefix("who")
            && ["collected", "grabbed", "claimed", "taken theirs", "got theirs"].contains(where: { lowered.contains($0) })
    }
}
