import ShopText

/// "哎 妹妹说她家上个月刚买了 水壶还是一个就行", "纸巾两包就够了": a product named, then how many are
/// enough, said last: that line's new count (it was a look at the kettles).
extension IntentEngine {
    func countEnough(_ text: String) -> Parse? {
        // Byte searches first: asked of every Chinese reading.
        guard text.contains("就"), BuyingWords.enoughWords.contains(where: text.contains) else { return nil }
        guard let clause = BuyingWords.clauses(of: text, spacesBreak: true).last,
            BuyingWords.enoughWords.contains(where: { clause.hasSuffix($0) || clause.hasSuffix($0 + "了") || clause.hasSuffix($0 + "吧") }),
            let count = BuyingWords.trailingCount(clause)
        else { return nil }
        // The name is what comes before the count (and 还是, 只要, 要).
        var named = Substring(clause)
        guard let first = named.firstIndex(where: { $0.isNumber || BuyingWords.chineseNumbers.contains($0) }) else { return nil }
        named = named[..<first]
        for lead in ["还是", "只要", "就要", "要", "就"] where named.hasSuffix(lead) {
            named = named.dropLast(lead.count)
            break
        }
        // A name the catalog has ("改成一箱就够" names nothing).
        guard named.count >= 2, named.unicodeScalars.allSatisfy(Language.isHan), BuyingWords.namesCatalogThing(String(named), engine: self)
        else { return nil }
        return Parse(intent: .cartUpdate, confidence: 0.9, slots: [.product: .string(String(named)), .quantity: .int(count)])
    }
}
