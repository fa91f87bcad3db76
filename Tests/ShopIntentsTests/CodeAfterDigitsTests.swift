import Testing

@testable import ShopIntents

/// A share code that opens with digits ("6TJ3PV", drawn from letters and 2–9) is one code: the
/// tokenizer cuts it into a number and a word, and "open share 6TJ3PV" — the engine's own
/// suggestion — opened "TJ3PV", which no share has.
@Suite struct CodeAfterDigitsTests {
    let engine = IntentEngine(lexicon: Lexicon(brands: ["Anta"]))

    @Test(arguments: [
        ("open share 6TJ3PV", "6TJ3PV"), ("打开分享6tj3pv", "6TJ3PV"), ("打开6TJ3PV看看", "6TJ3PV"), ("open share 8HKQWE", "8HKQWE"),
    ])
    func opensTheWholeCode(_ text: String, _ code: String) {
        let parse = engine.parse(text)
        #expect(parse.intent == .shareOpen)
        #expect(parse.slots[.code] == .string(code))
    }

    /// Units and counts written against a number stay a number and a unit.
    @Test func unitsAndCountsReadAsBefore() {
        #expect(engine.parse("2packs of tissues").slots[.quantity] == .int(2))
        #expect(engine.parse("来2瓶").slots[.quantity] == .int(2))
        #expect(engine.parse("add 5kg rice").slots[.quantity] == nil)
    }
}
