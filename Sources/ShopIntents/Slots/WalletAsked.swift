import ShopText

/// "hows my wallet after that envelope?", "老四这货一天了还没领 钱退回来没 我钱包还剩多少": the
/// wallet asked after, beside words of an envelope (read whole: the envelope's state).
extension IntentEngine {
    func walletAsked(_ text: String, over whole: Parse) -> Parse? {
        guard [.redpacketShow, .redpacketGrab, .fallback].contains(whole.intent), text.contains("wallet") || text.contains("钱包") else {
            return nil
        }
        // The clause that names the wallet, without what it is after ("… after that envelope").
        let clause: String
        if text.contains("钱包") {
            guard let named = BuyingWords.clauses(of: text, spacesBreak: true).last(where: { $0.contains("钱包") }) else { return nil }
            clause = named
        } else {
            let lowered = text.quickLowercased()
            let cut = [" after ", " since ", " now that "].compactMap { lowered.firstRange(of: $0)?.lowerBound }.min()
            clause = String(cut.map { lowered[..<$0] } ?? lowered[...])
        }
        guard clause != text else { return nil }
        let reading = parse(clause)
        return reading.intent == .walletShow && reading.confidence >= 0.8 ? reading : nil
    }
}
