import ShopText

/// English that names a kind of thing, then which one, last, after a comma: "need a rice cooker
/// for my mum, the midea 4l one", "also need a mouse, nothing fancy, the lenovo wireless one is
/// fine", "the shelter lady said tofu litter is best, the yanxuan one": that one is wanted, an add
/// of the kind's product the last clause picks (they listed the kind, compared the story's words,
/// or changed a count).
extension IntentEngine {
    func theOneChosen(_ text: String) -> Parse? {
        guard text.contains(" one"), !text.containsByte(where: { $0 >= 0xE3 }) else { return nil }
        let clauses = text.quickLowercased().split(separator: ",").map { $0.trimmingCharacters() }
        guard clauses.count >= 2, let lastClause = clauses.last else { return nil }
        var last = Substring(lastClause)
        for tail in [" pls", " please", " plz", " is fine", " is best", " then", " ok"] where last.hasSuffix(tail) {
            last = last.dropLast(tail.count)
        }
        guard last.hasPrefix("the "), last.hasSuffix(" one") else { return nil }
        let which = last.dropFirst(4).dropLast(4).split(separator: " ")
        guard (1...3).contains(which.count), !which.contains(where: { Self.notWhich.contains(String($0)) }) else { return nil }
        // The kind: what an earlier clause names, read as a search (its words, else its reading).
        for clause in clauses.dropLast().reversed() {
            let reading = parse(clause)
            guard let kind = (reading.slots[.query] ?? reading.slots[.product])?.stringValue, kind.count >= 3,
                BuyingWords.shopping.contains(reading.intent) || BuyingWords.namesCatalogThing(kind, engine: self)
            else { continue }
            let words = which.joined(separator: " ") + " " + kind
            // A word of which the catalog knows (a brand, a size): "the lenovo wireless one".
            guard which.contains(where: { BuyingWords.namesCatalogThing(String($0), engine: self) }) else { return nil }
            return Parse(intent: .cartAdd, confidence: 0.9, slots: [.product: .string(words)])
        }
        return nil
    }

    /// The same in Chinese: "算了还是只买个牙膏吧 黑人双重薄荷那个", "来个充电宝 要安克那款": a kind
    /// bought, then which one, last (it cancelled, or added the kind's first).
    func theOneChosenInChinese(_ text: String) -> Parse? {
        guard text.contains("那"), text.containsByte(where: { $0 >= 0xE3 }) else { return nil }
        let clauses = BuyingWords.clauses(of: text, spacesBreak: true)
        guard clauses.count == 2 else { return nil }
        var last = Substring(clauses[1])
        while let end = last.last, "吧呀啊哈~～".contains(end) { last = last.dropLast() }
        guard let tail = Self.chineseOneTails.first(where: { last.hasSuffix($0) }) else { return nil }
        var which = last.dropLast(tail.count)
        for opening in ["就要", "要", "就", "还是"] where which.hasPrefix(opening) { which = which.dropFirst(opening.count) }
        guard which.count >= 2, which.count <= 12, BuyingWords.namesCatalogThing(String(which), engine: self) else { return nil }
        // The kind bought: a count or a buying word, and the thing it names.
        let first = parse(clauses[0])
        guard [.cartAdd, .catalogSearch].contains(first.intent),
            let kind = (first.slots[.query] ?? first.slots[.product])?.stringValue, kind.count >= 2,
            ["买", "来", "要", "拿"].contains(where: clauses[0].contains)
        else { return nil }
        let words = which.contains(kind) ? String(which) : which + kind
        var slots: [SlotName: SlotValue] = [.product: .string(words)]
        if let quantity = first.slots[.quantity] { slots[.quantity] = quantity }
        return Parse(intent: .cartAdd, confidence: 0.9, slots: slots)
    }

    /// How "the … one" ends in Chinese.
    private static let chineseOneTails = ["的那个", "的那款", "那个", "那款", "那种", "那支", "那瓶", "那盒", "那台"]

    /// Words of "the … one" that say no which: an ordinal, a comparison, a pointer.
    private static let notWhich: Set<String> = [
        "first", "second", "third", "last", "other", "same", "cheaper", "cheapest", "better", "best", "bigger", "smaller", "this",
        "that", "new", "old", "right", "wrong",
    ]
}
