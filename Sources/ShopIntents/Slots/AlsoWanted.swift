import ShopText

/// "李宁的运动袜也要", "顺便李宁的运动袜也要 队里5个人一人一包": a product named, then 也要 (wanted too),
/// is added; "N个人一人一X" (one each for N people) is its count. Read whole, a brand's product
/// was searched, and "5个人…" made it a removal of five.
extension IntentEngine {
    func alsoWanted(_ text: String) -> Parse? {
        // Byte search first: asked of every Chinese reading.
        guard text.contains("也要") else { return nil }
        let clauses = BuyingWords.clauses(of: text, spacesBreak: true)
        guard let at = clauses.firstIndex(where: { clause in ["也要", "也要吧", "也要了"].contains(where: clause.hasSuffix) }) else {
            return nil
        }
        var named = Substring(clauses[at])
        named = named.dropLast(["也要吧", "也要了", "也要"].first(where: named.hasSuffix)?.count ?? 0)
        named = BuyingWords.withoutMoreLead(named)
        guard !named.isEmpty, BuyingWords.namesCatalogThing(String(named), engine: self) else { return nil }
        var slots = self.slots(String(named), as: .cartAdd)
        slots[.quantity] = nil
        // The rest asks nothing else: a reason, or how many ("队里5个人一人一包").
        for clause in clauses[(at + 1)...] {
            if let each = Self.onePerPerson(clause) {
                slots[.quantity] = .int(each)
            } else if case let reading = parse(clause), reading.confidence >= 0.9, !BuyingWords.chat.contains(reading.intent) {
                return nil
            }
        }
        return Parse(intent: .cartAdd, confidence: 0.9, slots: slots)
    }

    /// N from "N个人一人一X" (or N人 … 每人一X).
    private static func onePerPerson(_ clause: String) -> Int64? {
        guard ["一人一", "每人一", "一个人一"].contains(where: clause.contains),
            let person = clause.firstRange(of: "个人") ?? clause.firstRange(of: "人")
        else { return nil }
        let digits = clause[..<person.lowerBound].reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let count = Int64(String(digits.reversed())), (1...100).contains(count) else { return nil }
        return count
    }
}
