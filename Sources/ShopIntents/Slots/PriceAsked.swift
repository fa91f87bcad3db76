import ShopText

/// "whats the price of the xiaomi 14 ultra", "what's the group price on the mijia one", "price of
/// the kindle?": the price of one thing, which its page shows (read whole: a bargain started on
/// it, or a page of the product "price"). So are "第一个lianxiang的多少钱 评价咋样" (read whole: its
/// reviews alone) and "…想给她整个kindle看书 现在啥价" (a search of the story's thing).
extension IntentEngine {
    /// `product.show` of the thing whose price `text` asks, over its whole reading; nil otherwise.
    func priceAsked(_ text: String, over whole: Parse) -> Parse? {
        if [.productShow, .productReviews, .fallback, .catalogSearch, .bargainStart].contains(whole.intent),
            let asked = Self.priceAskedOf(text),
            asked.pointed || whole.intent == .productShow || whole.intent == .bargainStart
                || BuyingWords.namesCatalogThing(asked.name, engine: self)
        {
            return Parse(intent: .productShow, confidence: max(whole.confidence, 0.9), slots: [.product: .string(asked.name)])
        }
        // The price asked beside how it is, which the page shows together.
        if whole.intent == .productReviews, Self.chinesePriceAsks.contains(where: text.contains) {
            var slots = whole.slots
            if case .string(let words)? = slots[.product], words.hasSuffix("原"), text.contains(words + "价") {
                slots[.product] = .string(String(words.dropLast()))
            }
            return Parse(intent: .productShow, confidence: whole.confidence, slots: slots)
        }
        // A thing named in a story, then only its price asked.
        if whole.intent == .catalogSearch, case .string(let query)? = whole.slots[.query],
            whole.slots[.maxPrice] == nil, whole.slots[.minPrice] == nil, text.contains("价") || text.contains("多少"),
            let last = BuyingWords.clauses(of: text, spacesBreak: true).last,
            Self.barePriceAsks.contains(String(last.drop(while: { "那这现在".contains($0) })))
        {
            return Parse(intent: .productShow, confidence: whole.confidence, slots: [.product: .string(query)])
        }
        return nil
    }

    static let chinesePriceAsks = ["多少钱", "啥价", "什么价", "原价", "价格多少", "价钱", "几块钱"]
    static let barePriceAsks: Set<String> = ["啥价", "啥价啊", "啥价格", "多少钱", "多少钱啊", "多少钱呀", "什么价", "什么价格", "卖多少", "卖多少钱"]

    /// The thing whose price is asked ("xiaomi 14 ultra", "mijia"), and whether it was pointed at
    /// as one in view ("the mijia one", "it"); nil when the text asks no price of one thing.
    static func priceAskedOf(_ text: String) -> (name: String, pointed: Bool)? {
        guard text.contains("price") else { return nil }
        let lowered = text.quickLowercased()
        guard let price = lowered.firstRange(of: "price ") else { return nil }
        // Only a question of what the price is: "whats the", "what is the", or the price alone.
        let before = lowered[..<price.lowerBound].split(separator: " ")
        let opening = before.drop(while: { ["so", "and", "ok", "wait", "hey", "hi", "um", "btw"].contains($0) })
        let asks = opening.prefix(3).map(String.init)
        let lead: Int
        switch asks.first {
        case "whats", "what's", "wats": lead = 1
        case "what" where asks.dropFirst().first == "is" || asks.dropFirst().first == "s": lead = 2
        case nil: lead = 0
        default: return nil
        }
        // "the", then at most one kind of price ("group", "flash", "list", "original", "current").
        let kinds = opening.dropFirst(lead)
        guard kinds.count <= 2, kinds.isEmpty || kinds.first == "the",
            kinds.count < 2 || ["group", "flash", "list", "original", "current", "sale", "usual", "normal"].contains(String(kinds.last!))
        else { return nil }
        let rest = lowered[price.upperBound...]
        guard let linking = ["of ", "on ", "for "].first(where: { rest.hasPrefix($0) }) else { return nil }
        let named = rest.dropFirst(linking.count)
        let end = named.firstIndex(where: { "?,.!".contains($0) }) ?? named.endIndex
        var words = named[..<end].split(separator: " ")
        // "the price of a rice cooker" asks what such things cost: a search.
        guard words.first != "a", words.first != "an" else { return nil }
        if words == ["it"] || words == ["this"] || words == ["that"] { return ("this", true) }
        if words.first == "the" || words.first == "that" || words.first == "this" { words.removeFirst() }
        let pointed = words.count >= 2 && words.last == "one"
        if pointed { words.removeLast() }
        // Only what ends the sentence: "price of the rice cooker under 300" is a search.
        guard (1...6).contains(words.count), named[end...].dropFirst().allSatisfy({ $0 == " " || "?!.".contains($0) }) else { return nil }
        return (words.joined(separator: " "), pointed)
    }
}
