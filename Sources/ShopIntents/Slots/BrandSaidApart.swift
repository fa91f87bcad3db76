import ShopText

extension IntentEngine {
    /// "湿巾也来一包 要帮宝适的", "空气净化器也给他们来一台 米家的": a buy in one Chinese clause,
    /// then a clause that says nothing but a brand: that brand's product of the buy's words.
    /// Read whole, the brand was dropped (several wipes asked about) or taken for the product
    /// (any 米家 product). Nil unless exactly so.
    func brandSaidApart(_ text: String, over whole: Parse) -> Parse? {
        // Asked of every add: the brand clause ends in 的 and follows a break.
        guard whole.intent == .cartAdd, text.contains("的") || text.contains("那个"), text.containsByte(where: { $0 >= 0xE4 }) else {
            return nil
        }
        let clauses = BuyingWords.clauses(of: text, spacesBreak: true)
        guard clauses.count == 2, let brand = Self.brandOnly(clauses[1]) else { return nil }
        let analysis = Analysis(brand, extractor: extractor)
        let named = slotFiller.slots(for: .catalogSearch, analysis)
        guard named[.brand] != nil, named[.query] == nil, named[.category] == nil else { return nil }
        var request = parse(clauses[0])
        guard request.intent == .cartAdd, case .string(let product)? = request.slots[.product], !product.contains(brand) else { return nil }
        request.slots[.product] = .string(brand + "的" + product)
        return request
    }

    /// The brand words of a clause that is only "(要|还是|就)<brand>(的|那个)(吧|呢|啊)", else nil.
    private static func brandOnly(_ clause: String) -> String? {
        var words = Substring(clause)
        while let last = words.last, "吧呢啊呀哈~！!。".contains(last) { words = words.dropLast() }
        // ("湿巾也来点 babycare那个": 那个 points as 的 does.)
        guard let pointer = ["的那个", "那个", "的"].first(where: words.hasSuffix) else { return nil }
        words = words.dropLast(pointer.count)
        for lead in ["还是要", "还是", "要", "就要", "就", "是", "选"] where words.hasPrefix(lead) {
            words = words.dropFirst(lead.count)
            break
        }
        guard (2...8).contains(words.count), !words.contains("的") else { return nil }
        return String(words)
    }
}
