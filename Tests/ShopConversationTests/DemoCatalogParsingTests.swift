import ShopChat
import Testing

/// Understanding with the real demo catalog's words: product names with numbers and command words
/// in them ("Honor X50", "Xiaomi 14", "No-Show Socks") must not swallow amounts, quantities or
/// verbs.
@Suite struct DemoCatalogParsingTests {
    static let engine = IntentEngine(lexicon: try! CatalogLexicon.demo())

    @Test(arguments: [
        ("send a red packet of 50 yuan", SlotName.amount, SlotValue.int(5_000)),
        ("send bob a red packet of 100 yuan", .amount, .int(10_000)),
        ("add 12 of those", .quantity, .int(12)),
        ("add 14 of the first one", .quantity, .int(14)),
        ("show me rice cookers", .query, .string("rice cookers")),
        ("show me cheap headphones", .query, .string("headphones")),
        ("关注小米旗舰店", .store, .string("xiaomi")),
        ("open the midea official store", .store, .string("midea")),
        ("send a ¥1 red envelope to w1", .recipient, .string("@w1")),
        ("share this with user2", .recipient, .string("@user2")),
    ])
    func readsTheSlot(_ text: String, _ slot: SlotName, _ value: SlotValue) {
        #expect(Self.engine.parse(text).slots[slot] == value, "\(text)")
    }

    @Test func aBrandAloneIsNotAProduct() {
        let parse = Self.engine.parse("search 小米")
        #expect(parse.intent == .catalogSearch)
        #expect(parse.slots[.product] == nil)
    }
}
