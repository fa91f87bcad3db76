import ShopText

/// "airpods pro 2 pls", "treat myself too lol. airpods pro 2 pls": an English clause that is a
/// name the catalog knows and "pls" is an order of it (read whole: a search, or nothing).
extension IntentEngine {
    func namedPlease(_ text: String) -> Parse? {
        guard text.hasSuffix("pls") || text.hasSuffix("plz") || text.hasSuffix("please"), !text.containsByte(where: { $0 >= 0xE3 }) else {
            return nil
        }
        let lowered = text.quickLowercased()
        guard let last = lowered.split(whereSeparator: { ".!?;,".contains($0) }).last else { return nil }
        var words = last.split(separator: " ").map(String.init)
        while let end = words.last, ["pls", "plz", "please", "thx", "too"].contains(end) { words.removeLast() }
        while let first = words.first, ["and", "also", "ok", "okay", "then", "just", "the", "a", "an"].contains(first) {
            words.removeFirst()
        }
        // A verb of its own says what to do ("search socks pls", "show me phones pls").
        guard (1...6).contains(words.count), let first = words.first, !Self.verbsOfTheirOwn.contains(first) else { return nil }
        let name = words.joined(separator: " ")
        // One product, by its brand or its model's number: a kind alone ("instant noodles pls",
        // "newborn diapers please") is looked for.
        guard BuyingWords.namesCatalogThing(name, engine: self),
            name.containsByte(where: { (0x30...0x39).contains($0) }) || namesBrand(name)
        else { return nil }
        let reading = parse("add " + name)
        return reading.intent == .cartAdd && reading.slots[.product] != nil ? reading : nil
    }

    private func namesBrand(_ text: String) -> Bool {
        Analysis(text, extractor: extractor).entities.contains { slotFiller.meaning($0)?.brand != nil }
    }

    private static let verbsOfTheirOwn: Set<String> = [
        "search", "find", "show", "look", "browse", "check", "track", "cancel", "remove", "delete", "return", "send", "share", "compare",
        "open", "follow", "unfollow", "claim", "use", "apply", "help", "tell", "what", "whats", "how", "where", "when", "is", "are",
        "do", "does", "can", "checkout", "buy", "add", "get", "grab", "empty", "clear", "no", "yes", "thanks", "thank",
    ]
}

extension IntentEngine {
    /// The place a last Chinese clause picks, "要第一个吧", "就第二个" (not "删第一个").
    static func pickSaidLast(_ text: String) -> Int64? {
        guard text.contains("第"), let last = BuyingWords.clauses(of: text, spacesBreak: true).last,
            BuyingWords.clauses(of: text, spacesBreak: true).count >= 2
        else { return nil }
        var clause = Substring(last)
        for lead in ["那", "就", "还是", "要", "买", "拿"] where clause.hasPrefix(lead) { clause = clause.dropFirst(lead.count) }
        for end in ["吧", "吧。", "了"] where clause.hasSuffix(end) { clause = clause.dropLast(end.count) }
        guard clause.hasPrefix("第"), clause.hasSuffix("个") || clause.hasSuffix("款") || clause.hasSuffix("件"), clause.count == 3 else {
            return nil
        }
        let places: [Character: Int64] = ["一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5]
        return places[clause[clause.index(after: clause.startIndex)]]
    }
}

extension IntentEngine {
    /// "eh scratch the candle, our smoke alarm goes off …", "ditch the mouse": the first clause
    /// said as "remove the …" (read whole: nothing, or a flash buy of the candle).
    static func takenOut(_ text: String) -> String? {
        // Asked of every utterance: the verb and "the" before any splitting (a first version split
        // every English utterance with "the", a tenth of parsing).
        guard text.contains("the"), Self.takingOutVerbs.contains(where: { text.contains($0) }), !text.containsByte(where: { $0 >= 0xE3 })
        else { return nil }
        let lowered = text.quickLowercased()
        guard let first = lowered.split(whereSeparator: { ",.!?;".contains($0) }).first else { return nil }
        let words = first.split(separator: " ").drop {
            ["eh", "ok", "okay", "actually", "nah", "hmm", "wait", "oh", "and", "also"].contains($0)
        }
        guard let verb = words.first, ["scratch", "ditch", "nix", "skip", "lose", "bin", "axe"].contains(verb),
            words.dropFirst().first == "the",
            words.count <= 6
        else { return nil }
        return "remove " + words.dropFirst().joined(separator: " ")
    }

    private static let takingOutVerbs = [
        "scratch the", "ditch the", "nix the", "skip the", "lose the", "bin the", "axe the", "Scratch the", "Ditch the", "Skip the",
    ]
}
