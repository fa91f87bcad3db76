import ShopText

/// A count said apart from what is counted: "soy sauce, haitian, 2 bottles" (English pieces,
/// the count last) and "还有西游记和小王子 各一本" (Chinese, one each after a space). Read whole, the
/// first was a search of Haitian and the second a look at "西游记和小王子".
extension IntentEngine {
    func countSaidApart(_ text: String) -> Parse? {
        let chinese = text.containsByte { (0xE3...0xE9).contains($0) }
        return chinese ? eachCounted(text) : countedLast(text)
    }

    /// "soy sauce, haitian, 2 bottles": the pieces before the count name one product; a one-word
    /// piece (a brand) leads the name.
    private func countedLast(_ text: String) -> Parse? {
        guard text.contains(", ") else { return nil }
        let pieces = text.quickLowercased().split(separator: ",").map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
        guard (2...3).contains(pieces.count), let count = pieces.last, Self.saysOnlyACount(count) else { return nil }
        let named = pieces.dropLast()
        // ("search socks, 3 packs" stays a search: the verb said what to do.)
        guard !named.contains(where: { piece in ["search", "find", "look", "show", "browse"].contains(where: piece.hasPrefix) }) else {
            return nil
        }
        let name = (named.filter { !$0.contains(" ") } + named.filter { $0.contains(" ") }).joined(separator: " ")
        guard BuyingWords.namesCatalogThing(name, engine: self) else { return nil }
        let reading = parse("add " + count + " of " + name)
        return reading.intent == .cartAdd && reading.slots[.product] != nil ? reading : nil
    }

    /// "还有西游记和小王子 各一本": several named, then 各 and a count.
    private func eachCounted(_ text: String) -> Parse? {
        guard text.contains("各") else { return nil }
        guard ["和", "跟", "、"].contains(where: text.contains) else { return spacedEach(text) }
        let joined = BuyingWords.withoutMoreLead(Substring(text)).split(separator: " ").joined()
        guard joined != text else { return nil }
        let reading = parse(joined)
        guard reading.intent == .cartAdd, case .list(let items)? = reading.slots[.products], items.count >= 2 else { return nil }
        return reading
    }

    /// "红楼梦 西游记 史记各来一本", "儿子暑假书单 十万个为什么 小王子 西游记 各来一本": names apart by
    /// spaces, after what may be a story, then 各 and a count (read whole: the last name alone).
    private func spacedEach(_ text: String) -> Parse? {
        guard let each = text.firstRange(of: "各"), text.contains(" ") else { return nil }
        var pieces = text[..<each.lowerBound].split(separator: " ").map(String.init)
        while let first = pieces.first, !BuyingWords.namesCatalogThing(first, engine: self) { pieces.removeFirst() }
        guard pieces.count >= 2, pieces.allSatisfy({ BuyingWords.namesCatalogThing($0, engine: self) }) else { return nil }
        let reading = parse(pieces.joined(separator: "和") + text[each.lowerBound...])
        guard reading.intent == .cartAdd, case .list(let items)? = reading.slots[.products], items.count == pieces.count else { return nil }
        return reading
    }
}
