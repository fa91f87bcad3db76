import ShopText

extension IntentEngine {
    /// "指甲剪算了吧 家里好像还有一个": a product named, then 算了, is taken out of the cart (it
    /// read as a search); "那指甲剪还是加回来吧": one named with 加回来 is put back. A time or a
    /// person is no product ("今天算了" is never mind).
    func namedChange(_ text: String) -> Parse? {
        guard text.contains("算了") || text.contains("加回") else { return nil }
        let clauses = text.split(whereSeparator: { " ，,。".contains($0) })
        if let clause = clauses.first, let cut = clause.firstRange(of: "算了"), clause[cut.upperBound...].allSatisfy({ "吧啊".contains($0) }),
            let name = productWord(clause[..<cut.lowerBound])
        {
            // "冷柜算了 家里放不下 冰箱来一台": one dropped for another asked for last; the one
            // asked for is added (the one dropped was only looked at).
            if clauses.count > 1, let last = clauses.last, case let asked = parse(String(last)), asked.intent == .cartAdd,
                asked.confidence >= 0.9, asked.slots[.product] != nil
            {
                return asked
            }
            return Parse(intent: .cartRemove, confidence: 0.9, slots: [.product: .string(name)])
        }
        if let clause = clauses.last(where: { $0.contains("加回") }), let cut = clause.firstRange(of: "加回"),
            let name = productWord(clause[..<cut.lowerBound])
        {
            return Parse(intent: .cartAdd, confidence: 0.9, slots: [.product: .string(name)])
        }
        return nil
    }

    /// `words` without the words around a name ("那…还是"), if what is left is a catalog word.
    private func productWord(_ words: Substring) -> String? {
        var name = words
        for lead in ["那就", "那还是", "还是", "那", "把", "就"] where name.hasPrefix(lead) {
            name = name.dropFirst(lead.count)
            break
        }
        for tail in ["还是", "也", "就", "再"] where name.hasSuffix(tail) {
            name = name.dropLast(tail.count)
            break
        }
        guard name.count >= 2, name.count <= 12, name.unicodeScalars.allSatisfy(Language.isHan), !name.hasPrefix("这"), !name.hasPrefix("那"),
            !Self.notProducts.contains(where: { name.hasPrefix($0) })
        else { return nil }
        return String(name)
    }

    /// When, or which way: "今天算了", "这次算了" are never mind.
    private static let notProducts = ["今天", "明天", "昨天", "这次", "下次", "现在", "要不", "还是", "算了", "我们", "你们", "他们", "我", "你"]
}
