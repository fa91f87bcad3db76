/// One utterance after the shared stages: tokens, entities, filler. Both the classifier and the
/// slot filler read it, so each stage runs once per parse.
struct Analysis: Sendable {
    var utterance: Utterance
    var entities: [Entity]
    /// For each token, the index of the entity covering it, or -1.
    var entityAt: [Int16]
    /// For each token, whether it is politeness or filler.
    var filler: [Bool]

    init(_ text: String, extractor: borrowing EntityExtractor) {
        utterance = Utterance(text)
        entities = extractor.extract(utterance)
        let n = utterance.tokens.count
        entityAt = [Int16](repeating: -1, count: n)
        var claimed = [Bool](repeating: false, count: n + 1)
        for (index, entity) in entities.enumerated() {
            for k in entity.start..<entity.end {
                entityAt[k] = Int16(index)
                claimed[k] = true
            }
        }
        filler = FillerPhrases.mark(utterance, claimed: claimed)
    }

    var tokens: [Token] { utterance.tokens }

    func entity(at token: Int) -> Entity? {
        let index = entityAt[token]
        return index < 0 ? nil : entities[Int(index)]
    }

    func first(_ kind: Entity.Kind) -> Entity? { entities.first { $0.kind == kind } }
    func all(_ kind: Entity.Kind) -> [Entity] { entities.filter { $0.kind == kind } }
    func has(_ kind: Entity.Kind) -> Bool { entities.contains { $0.kind == kind } }

    /// Whether token `k` ends an English sentence: a `.`, `?` or `!` clause break.
    func endsSentence(_ k: Int) -> Bool {
        tokens[k].kind == .clauseBreak && [0x2E, 0x3F, 0x21].contains(utterance.text[Int(tokens[k].start)])
    }

    /// Tokens that are neither filler nor clause breaks.
    var contentCount: Int {
        var count = 0
        for (index, token) in utterance.tokens.enumerated() where !filler[index] && token.kind != .clauseBreak { count += 1 }
        return count
    }
}
