import ShopText

/// "流浪地球四星吧 有点薄": stars given in one clause, why in another, are a review (it searched
/// 流浪地球): the clause with the stars says what and how many, the rest is the review's text.
extension IntentEngine {
    func starsSaid(_ text: String) -> Parse? {
        // "五星级酒店同款枕头 有吗" rates nothing.
        guard text.contains("星"), !text.contains("星级") else { return nil }
        let clauses = BuyingWords.clauses(of: text, spacesBreak: true)
        guard (2...4).contains(clauses.count), let rated = clauses.firstIndex(where: { $0.contains("星") }) else { return nil }
        let reading = parse(clauses[rated])
        guard reading.intent == .reviewWrite, reading.slots[.rating] != nil else { return nil }
        var slots = reading.slots
        let said = clauses.enumerated().filter { $0.offset != rated }.map(\.element)
        slots[.text] = .string(said.joined(separator: " "))
        return Parse(intent: .reviewWrite, confidence: max(reading.confidence, 0.9), slots: slots)
    }
}
