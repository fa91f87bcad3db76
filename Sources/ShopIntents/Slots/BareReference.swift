import ShopText

/// "the second one", "第二个吧", "#2", "ok the first one", "that one", "这款": a reference with
/// nothing else but filler points at one product to look at. Before, a lone ordinal asked
/// "details or compare?" (a comparison names two) and a lone "that one" opened its reviews.
enum BareReference {
    /// Whether `a` says one ordinal or one "this"/"that", and only filler around it.
    static func isAlone(_ a: Analysis) -> Bool {
        // Short texts only: a reference alone is a few words.
        guard a.utterance.text.count <= 40 else { return false }
        var reference: Entity?
        let last = EntityExtractor.englishLast(a)
        for (k, token) in a.tokens.enumerated() where !a.filler[k] && token.kind != .clauseBreak && token.kind != .symbol {
            if let last, last.contains(k) {
                if let seen = reference, seen.start != last.lowerBound { return false }
                reference = Entity(kind: .ordinal, start: last.lowerBound, end: last.upperBound, value: Entity.last)
                continue
            }
            guard let entity = a.entity(at: k), entity.kind == .ordinal || entity.kind == .this else { return false }
            if let seen = reference, seen.start != entity.start { return false }
            reference = entity
        }
        return reference != nil
    }
}
