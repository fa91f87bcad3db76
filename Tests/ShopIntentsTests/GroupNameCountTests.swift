import Testing

@testable import ShopIntents

/// A number in the name of whom an envelope is for is no count of its shares.
@Suite struct GroupNameCountTests {
    let engine = IntentEngine(lexicon: .demo)

    @Test func aGroupNamedWithANumberIsNoCount() {
        #expect(engine.parse("给三人行发个10块的红包 2个").slots[.count] == .int(2))
        #expect(engine.parse("给三人行发个10块的红包").slots[.count] == nil)
    }

    @Test func peopleCountedBeforeTheVerbAreShares() {
        #expect(engine.parse("给5个人发个红包 100块").slots[.count] == .int(5))
        #expect(engine.parse("发个100块的红包 5个人平分").slots[.count] == .int(5))
    }
}
