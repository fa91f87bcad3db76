import ShopText

extension IntentEngine {
    /// "先补抽纸 有哪几种" (几种), "一个月吃两袋狗粮 有大袋的吗" (袋), "想送个实用点的 … 吹风机吹半小时都不干"
    /// (实): a search whose words are one stray character or what a question asks (哪几种), when an
    /// earlier clause names something the catalog has, searches that; nil otherwise.
    func strayQueryNamed(_ text: String, over reading: Parse) -> Parse? {
        guard reading.intent == .catalogSearch, case .string(let query)? = reading.slots[.query],
            SlotFiller.isStray(.string(query)) || Self.questionRemnants.contains(query),
            text.containsByte(where: { $0 >= 0xE3 })
        else { return nil }
        let clauses = BuyingWords.clauses(of: text, spacesBreak: true)
        guard clauses.count >= 2 else { return nil }
        for clause in clauses.reversed() {
            // The thing's own words, not the clause's run ("月吃两袋狗粮": 狗粮).
            let a = Analysis(clause, extractor: extractor)
            guard
                let thing = a.entities.last(where: { entity in
                    slotFiller.meaning(entity).map { $0.product != nil || $0.category != nil } ?? false
                }),
                case let words = a.utterance.phrase(thing.start..<thing.end), words != query, words.count >= 2
            else { continue }
            var slots = reading.slots
            slots[.query] = .string(words)
            return Parse(intent: .catalogSearch, confidence: reading.confidence, slots: slots)
        }
        return nil
    }

    static let questionRemnants: Set<String> = ["几种", "哪几种", "哪些", "啥", "什么", "几款", "哪几款", "哪种", "哪款"]
}
