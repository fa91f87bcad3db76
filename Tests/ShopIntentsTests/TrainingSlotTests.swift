import Testing

@testable import ShopIntents

/// The annotations of the training phrases are a test of the slot filler: parsing a phrase must
/// find every slot it annotates, with free text as annotated (without its article).
@Suite struct TrainingSlotTests {
    static let engine = IntentEngine(lexicon: TrainingLexicon.make(IntentEngine.trainingPhrases))

    /// Annotated slots whose value is the text itself (lower-cased, article dropped).
    static let textSlots: Set<String> = ["query", "user", "text"]

    static func expected(_ slot: TrainingPhrase.Slot) -> String {
        var text = slot.surface.lowercased()
        if text.hasPrefix("@") { text.removeFirst() }
        for article in ["the ", "a ", "an ", "some ", "my "] where text.hasPrefix(article) { text.removeFirst(article.count) }
        return text
    }

    @Test func everyAnnotatedSlotIsFound() {
        var failures: [String] = []
        for phrase in IntentEngine.trainingPhrases where !phrase.slots.isEmpty {
            let parse = Self.engine.parse(phrase.text)
            guard parse.intent == phrase.intent else { continue } // intent errors are the next test's
            for slot in phrase.slots where !slot.name.hasPrefix("_") {
                guard let name = SlotName(rawValue: slot.name) else {
                    failures.append("\(phrase.intent.rawValue): \(phrase.text) — \(slot.name) is no slot")
                    continue
                }
                guard let value = parse.slots[name] ?? (name == .maxPrice ? parse.slots[.minPrice] : nil) else {
                    failures.append("\(phrase.intent.rawValue): \(phrase.text) — no \(slot.name) (got \(parse.slots))")
                    continue
                }
                if Self.textSlots.contains(slot.name), value.stringValue != Self.expected(slot), value.stringValue != slot.surface {
                    failures.append("\(phrase.intent.rawValue): \(phrase.text) — \(slot.name) \(value) ≠ \(Self.expected(slot))")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) slot failures:\n\(failures.joined(separator: "\n"))")
    }

    @Test func trainingPhrasesParseAsTheirIntent() {
        let misses = IntentEngine.trainingPhrases.filter { Self.engine.parse($0.text).intent != $0.intent }
        // The classifier is not a lookup table, but it should fit nearly all of what it learnt.
        #expect(
            Double(misses.count) / Double(IntentEngine.trainingPhrases.count) < 0.01,
            "\(misses.map { "\($0.intent.rawValue): \($0.text)" })")
    }

    @Test func everyIntentHasEnoughPhrasesInBothLanguages() {
        for intent in IntentName.allCases {
            let phrases = IntentEngine.trainingPhrases.filter { $0.intent == intent }
            let chinese = phrases.filter { $0.text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
            #expect(phrases.count - chinese.count >= 15, "\(intent.rawValue): \(phrases.count - chinese.count) English")
            #expect(chinese.count >= 8, "\(intent.rawValue): \(chinese.count) Chinese")
        }
    }
}
