import ShopText

/// "严选的四件套和蚕丝被哪个送人好", "优衣库那个跟波司登的哪个暖和", "…😂 斯伯丁跟李宁的7号球哪个好": two
/// things set either side of 和, 跟, 与 or 还是, then asked which: a comparison of those two,
/// whatever the clauses before it tell and whatever the question asks them of (送人, 暖和).
extension IntentEngine {
    func whichOfTwo(_ text: String) -> Parse? {
        // Byte searches first: asked of every Chinese reading.
        guard text.contains("哪") else { return nil }
        let clauses = BuyingWords.clauses(of: text, spacesBreak: true)
        guard let clause = clauses.last(where: { $0.contains("哪") }),
            let which = Self.whichWords.compactMap({ clause.firstRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let asked = clause[..<which.lowerBound]
        guard let and = Self.setApart.compactMap({ asked.firstRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            return nil
        }
        let sides = [Self.named(asked[..<and.lowerBound]), Self.named(asked[and.upperBound...])]
        guard sides.allSatisfy({ (1...16).contains($0.count) }) else { return nil }
        return Parse(intent: .productCompare, confidence: 0.95, slots: [.products: .list(sides.map { .string(String($0)) })])
    }

    private static let whichWords = ["哪个", "哪款", "哪一个", "哪一款", "哪种", "哪样", "哪件", "哪双", "哪台"]
    private static let setApart = ["和", "跟", "与", "还是", "或者"]

    /// A side's name without what points at it ("优衣库那个" → 优衣库, "波司登的" → 波司登).
    private static func named(_ side: Substring) -> Substring {
        var name = side.trimmingCharacters()[...]
        for lead in ["那就", "你说", "到底", "那"] where name.hasPrefix(lead) {
            name = name.dropFirst(lead.count)
            break
        }
        var trimmed = true
        while trimmed {
            trimmed = false
            for tail in ["那个", "这个", "那款", "这款", "的"] where name.hasSuffix(tail) {
                name = name.dropLast(tail.count)
                trimmed = true
            }
        }
        return name
    }
}
