import ShopText

/// "the second one", "第二个吧", "#2", "ok the first one", "that one", "这款": a reference with
/// nothing else but filler points at one product to look at. Before, a lone ordinal asked
/// "details or compare?" (a comparison names two) and a lone "that one" opened its reviews.
enum BareReference {
    /// Whether `a` says one ordinal or one "this"/"that", and only filler around it.
    static func isAlone(_ a: Analysis) -> Bool {
        // Short texts only: a reference alone is a few words.
        guard a.utterance.text.count <= 40 else { return false }
        // Where the one reference starts; a second one is not alone.
        var start: Int?
        let last = EntityExtractor.englishLast(a)
        for (k, token) in a.tokens.enumerated() where !a.filler[k] && token.kind != .clauseBreak && token.kind != .symbol {
            let here: Int
            if let last, last.contains(k) {
                here = last.lowerBound
            } else if let entity = a.entity(at: k), entity.kind == .ordinal || entity.kind == .this {
                here = entity.start
            } else {
                return false
            }
            if let start, start != here { return false }
            start = here
        }
        return start != nil
    }
}
