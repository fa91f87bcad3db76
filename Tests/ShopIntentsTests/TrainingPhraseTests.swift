import Testing

@testable import ShopIntents

@Suite struct TrainingPhraseTests {
    @Test func parsesAnnotatedSlots() throws {
        let phrase = try #require(try TrainingPhrase.parse(line: "cart.add: add [2](quantity) of [the second one](product)", number: 1))
        #expect(phrase.intent == .cartAdd)
        #expect(phrase.text == "add 2 of the second one")
        #expect(phrase.slots.map(\.name) == ["quantity", "product"])
        #expect(phrase.slots[1].range == 9..<23)
    }

    @Test func rejectsUnknownIntentsWithTheLineNumber() {
        #expect(throws: TrainingPhrase.FormatError.self) { try TrainingPhrase.parse(file: "greeting: hi\nnope: hello") }
        do {
            _ = try TrainingPhrase.parse(file: "greeting: hi\nnope: hello")
        } catch {
            #expect(error.line == 2)
        }
    }

    @Test func shippedPhrasesParse() {
        #expect(IntentEngine.trainingPhrases.count > 1000)
    }
}
