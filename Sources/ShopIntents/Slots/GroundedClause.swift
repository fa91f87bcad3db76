import ShopText

extension IntentEngine {
    /// "女儿住校 帮她囤点东西 苏菲卫生巾先来两包": read whole, the product is 住校, words no product,
    /// brand or store has, while one clause read alone asks for something the shop has. That clause
    /// is the request; the others say why or for whom. "诶老人孩子都要戴 三盒不够 再来一盒吧": no
    /// clause names a product, and the one counted buy among them takes the product in focus.
    /// Nil when the whole reading names something the shop has, or no clause does better.
    func groundedClause(_ text: String, over whole: Parse) -> Parse? {
        guard BuyingWords.shopping.contains(whole.intent), case .string(let words)? = whole.slots[.product] ?? whole.slots[.query],
            !Self.isReference(words), !BuyingWords.namesCatalogThing(words, engine: self),
            text.containsByte(where: { BuyingWords.isBreakByte($0) || $0 == 0x20 })
        else { return nil }
        let clauses = BuyingWords.clauses(of: text, spacesBreak: text.unicodeScalars.contains(where: Language.isHan))
        guard (2...4).contains(clauses.count) else { return nil }
        let readings = clauses.map { parse($0) }
        let requests = readings.indices.filter { BuyingWords.shopping.contains(readings[$0].intent) && readings[$0].confidence >= 0.9 }
        if let named = requests.last(where: { grounded(readings[$0]) }) { return readings[named] }
        // Only a counted buy of the product in focus is left: it is the request when it is the
        // one clause that asks for anything.
        guard requests.count == 1, case let counted = readings[requests[0]], counted.intent == .cartAdd,
            counted.slots[.quantity] != nil, counted.slots[.product] == nil, counted.slots[.query] == nil
        else { return nil }
        return counted
    }

    /// A reading whose product or search words name something the shop has (or a code or SKU);
    /// a reference ("就它了") names nothing: the whole reading's words may be what it points at.
    private func grounded(_ reading: Parse) -> Bool {
        guard case .string(let words)? = reading.slots[.product] ?? reading.slots[.query] else { return false }
        return !Self.isReference(words) && BuyingWords.namesCatalogThing(words, engine: self)
    }

    /// "this", "it", "1" (an ordinal): a product slot pointing at the screen, not naming a product.
    private static func isReference(_ words: String) -> Bool {
        ["this", "it", "that", "them", "those"].contains(words) || words.allSatisfy(\.isNumber)
    }
}
