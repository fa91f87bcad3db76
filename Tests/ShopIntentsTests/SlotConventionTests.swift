import Testing

@testable import ShopIntents

/// The slot conventions the conversation relies on (PROTOCOL.md §4 and the intent engine issue).
@Suite struct SlotConventionTests {
    static let engine = IntentEngine(lexicon: .demo)

    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var intent: IntentName
        var slots: Slots
        var testDescription: String { text }
        init(_ text: String, _ intent: IntentName, _ slots: Slots = [:]) {
            self.text = text
            self.intent = intent
            self.slots = slots
        }
    }

    static let cases: [Case] = [
        // Search: query without price, brand, category and sort words; money in fen.
        Case("search rice cooker under 300", .catalogSearch, [.query: .string("rice cooker"), .maxPrice: .int(30000)]),
        Case("300以下的电饭煲", .catalogSearch, [.query: .string("电饭煲"), .maxPrice: .int(30000)]),
        Case(
            "phones between 3000 and 5000", .catalogSearch,
            [.category: .string("phones"), .minPrice: .int(300_000), .maxPrice: .int(500_000)]),
        Case("any xiaomi phones?", .catalogSearch, [.brand: .string("Xiaomi"), .category: .string("phones")]),
        Case("cheapest rice cooker first", .catalogSearch, [.query: .string("rice cooker"), .sort: .string("price_asc")]),
        Case("最便宜的牙刷", .catalogSearch, [.query: .string("牙刷"), .sort: .string("price_asc")]),
        Case("销量最高的耳机", .catalogSearch, [.query: .string("耳机"), .sort: .string("sales")]),
        Case(
            "best rated kettles under ¥200", .catalogSearch,
            [.query: .string("kettles"), .sort: .string("rating"), .maxPrice: .int(20000)]),
        Case(
            "search socks 3000-5000", .catalogSearch, [.query: .string("socks"), .minPrice: .int(300_000), .maxPrice: .int(500_000)]),
        Case("rice cooker over 100 yuan", .catalogSearch, [.query: .string("rice cooker"), .minPrice: .int(10000)]),
        // Products: ordinals, SKUs, "this", "those", words.
        Case("add 2 of the second one", .cartAdd, [.quantity: .int(2), .product: .int(2)]),
        Case("add the 2nd", .cartAdd, [.product: .int(2)]),
        Case("add #3 to my cart", .cartAdd, [.product: .int(3)]),
        Case("把第二个加入购物车", .cartAdd, [.product: .int(2)]),
        Case("add p1002", .cartAdd, [.product: .string("P1002")]),
        Case("buy this", .cartAdd, [.product: .string("this")]),
        Case("add those to my cart", .cartAdd, [.product: .string("those")]),
        Case("remove the toothbrush", .cartRemove, [.product: .string("toothbrush")]),
        Case("tell me more about the tenth one", .productShow, [.product: .int(10)]),
        Case("compare the first two", .productCompare, [.products: .list([.int(1), .int(2)])]),
        Case("compare P1001 and P1002", .productCompare, [.products: .list([.string("P1001"), .string("P1002")])]),
        Case("compare them", .productCompare, [.products: .string("those")]),
        // Quantities in words and digits.
        Case("add twenty of the first one", .cartAdd, [.quantity: .int(20), .product: .int(1)]),
        Case("add a couple of those", .cartAdd, [.quantity: .int(2), .product: .string("those")]),
        Case("add a dozen of P1003", .cartAdd, [.quantity: .int(12), .product: .string("P1003")]),
        Case("买两个它", .cartAdd, [.quantity: .int(2), .product: .string("this")]),
        Case("make it 3", .cartUpdate, [.quantity: .int(3)]),
        Case("change the quantity of the socks to 2", .cartUpdate, [.product: .string("socks"), .quantity: .int(2)]),
        // Orders, coupons, points.
        Case("cancel order 1024", .orderCancel, [.order: .int(1024)]),
        Case("where is order #1001", .orderTrack, [.order: .int(1001)]),
        Case("use coupon save50", .couponApply, [.coupon: .string("SAVE50")]),
        Case("check out with coupon PCT85", .checkout, [.coupon: .string("PCT85")]),
        Case("get coupon TWICE", .couponClaim, [.coupon: .string("TWICE")]),
        Case("use 500 points", .pointsRedeem, [.points: .int(500)]),
        // People, recipients, red envelopes.
        Case("log me in as Alice", .accountLogin, [.user: .string("alice")]),
        Case("add bob as a friend", .friendAdd, [.user: .string("bob")]),
        Case("send it to bob", .shareProduct, [.product: .string("this"), .recipient: .string("@bob")]),
        Case("share the first one with @Dave", .shareProduct, [.product: .int(1), .recipient: .string("@dave")]),
        Case("share this with my friends", .shareProduct, [.product: .string("this"), .recipient: .string("friends")]),
        Case("post it to my moments", .shareProduct, [.product: .string("this"), .recipient: .string("moments")]),
        Case("分享到朋友圈", .shareProduct, [.recipient: .string("moments")]),
        Case("share it with the family group", .shareProduct, [.product: .string("this"), .recipient: .string("#family")]),
        Case(
            "send a ¥20 red envelope to the family group split 5 ways", .redpacketSend,
            [.amount: .int(2000), .count: .int(5), .recipient: .string("#family")]),
        Case("send a 8.88 red envelope to bob", .redpacketSend, [.amount: .int(888), .recipient: .string("@bob")]),
        Case(
            "给家人群发个20元红包，分5个，平分", .redpacketSend,
            [.amount: .int(2000), .count: .int(5), .recipient: .string("#family"), .mode: .string("equal")]),
        Case("发个拼手气红包，二十块", .redpacketSend, [.amount: .int(2000), .mode: .string("lucky")]),
        Case("send a random red packet of 20 yuan", .redpacketSend, [.amount: .int(2000), .mode: .string("lucky")]),
        Case("grab red packet R12", .redpacketGrab, [.packet: .string("R12")]),
        Case("join the group buy g12", .groupbuyJoin, [.group: .string("G12")]),
        Case("open share link k7q2xm", .shareOpen, [.code: .string("K7Q2XM")]),
        // Stores.
        Case("follow the xiaomi store", .storeSubscribe, [.store: .string("xiaomi")]),
        Case("subscribe to this store", .storeSubscribe, [.store: .string("this")]),
        Case("open the midea store", .storeShow, [.store: .string("midea")]),
        // Reviews.
        Case("rate it 5 stars, great rice", .reviewWrite, [.product: .string("this"), .rating: .int(5), .text: .string("great rice")]),
        // Generic replies.
        Case("yes", .confirm), Case("好的", .confirm), Case("确认", .confirm), Case("no", .deny), Case("不要", .deny),
        Case("never mind", .cancel), Case("算了", .cancel), Case("cancel that", .cancel),
        // Typing as people type.
        Case("shwo my cupons", .couponList), Case("add to card", .cartAdd), Case("ＳＨＯＷ ＭＹ ＣＡＲＴ！", .cartShow),
        Case("SHOW MY CART!!!", .cartShow), Case("👍", .confirm), Case("could you please show me my coupons 🙏", .couponList),
        Case("麻烦帮我清空购物车", .cartClear), Case("hiii", .greeting), Case("nvm", .cancel),
        // Out of scope.
        Case("what's the weather", .fallback), Case("asdkjh qwe zzxq", .fallback), Case("", .fallback), Case("🙂🙂", .fallback),
    ]

    @Test(arguments: cases) func readsSlotsByConvention(_ test: Case) {
        let parse = Self.engine.parse(test.text)
        #expect(parse.intent == test.intent, "\(parse)")
        for (name, value) in test.slots {
            #expect(parse.slots[name] == value, "\(name) in \(parse.slots)")
        }
        #expect((0...1).contains(parse.confidence))
    }

    // MARK: Answers to a question

    struct Answer: CustomTestStringConvertible, Sendable {
        var text: String
        var expecting: ParseContext.Expectation
        var intent: IntentName
        var slot: SlotValue?
        var testDescription: String { "\(text) for \(expecting.slot)" }
    }

    static let answers: [Answer] = [
        Answer(text: "20", expecting: .init(intent: .redpacketSend, slot: .amount), intent: .redpacketSend, slot: .int(2000)),
        Answer(text: "¥8.88", expecting: .init(intent: .redpacketSend, slot: .amount), intent: .redpacketSend, slot: .int(888)),
        Answer(text: "二十块", expecting: .init(intent: .redpacketSend, slot: .amount), intent: .redpacketSend, slot: .int(2000)),
        Answer(text: "5", expecting: .init(intent: .redpacketSend, slot: .count), intent: .redpacketSend, slot: .int(5)),
        Answer(text: "5 people", expecting: .init(intent: .redpacketSend, slot: .count), intent: .redpacketSend, slot: .int(5)),
        Answer(text: "lucky", expecting: .init(intent: .redpacketSend, slot: .mode), intent: .redpacketSend, slot: .string("lucky")),
        Answer(
            text: "split it evenly", expecting: .init(intent: .redpacketSend, slot: .mode), intent: .redpacketSend, slot: .string("equal")),
        Answer(text: "bob", expecting: .init(intent: .shareProduct, slot: .recipient), intent: .shareProduct, slot: .string("@bob")),
        Answer(text: "zed", expecting: .init(intent: .shareProduct, slot: .recipient), intent: .shareProduct, slot: .string("@zed")),
        Answer(
            text: "the family group", expecting: .init(intent: .redpacketSend, slot: .recipient), intent: .redpacketSend,
            slot: .string("#family")),
        Answer(
            text: "my friends", expecting: .init(intent: .shareProduct, slot: .recipient), intent: .shareProduct, slot: .string("friends")),
        Answer(text: "朋友圈", expecting: .init(intent: .shareProduct, slot: .recipient), intent: .shareProduct, slot: .string("moments")),
        Answer(text: "3", expecting: .init(intent: .cartUpdate, slot: .quantity), intent: .cartUpdate, slot: .int(3)),
        Answer(text: "three", expecting: .init(intent: .cartUpdate, slot: .quantity), intent: .cartUpdate, slot: .int(3)),
        Answer(text: "the second one", expecting: .init(intent: .cartAdd, slot: .product), intent: .cartAdd, slot: .int(2)),
        Answer(
            text: "rice cooker", expecting: .init(intent: .catalogSearch, slot: .query), intent: .catalogSearch,
            slot: .string("rice cooker")),
        Answer(text: "alice", expecting: .init(intent: .friendAdd, slot: .user), intent: .friendAdd, slot: .string("alice")),
        Answer(text: "save50", expecting: .init(intent: .couponApply, slot: .coupon), intent: .couponApply, slot: .string("SAVE50")),
        Answer(text: "1001", expecting: .init(intent: .orderCancel, slot: .order), intent: .orderCancel, slot: .int(1001)),
        Answer(text: "5 stars", expecting: .init(intent: .reviewWrite, slot: .rating), intent: .reviewWrite, slot: .int(5)),
        Answer(text: "midea", expecting: .init(intent: .storeShow, slot: .store), intent: .storeShow, slot: .string("midea")),
        Answer(text: "show my cart", expecting: .init(intent: .redpacketSend, slot: .amount), intent: .cartShow, slot: nil),
        Answer(text: "cancel", expecting: .init(intent: .redpacketSend, slot: .amount), intent: .cancel, slot: nil),
        Answer(text: "never mind", expecting: .init(intent: .shareProduct, slot: .recipient), intent: .cancel, slot: nil),
        Answer(text: "what's in my cart", expecting: .init(intent: .cartUpdate, slot: .quantity), intent: .cartShow, slot: nil),
        Answer(text: "help", expecting: .init(intent: .shareProduct, slot: .recipient), intent: .help, slot: nil),
        Answer(text: "no", expecting: .init(intent: .cartUpdate, slot: .quantity), intent: .deny, slot: nil),
        Answer(text: "小明", expecting: .init(intent: .shareProduct, slot: .recipient), intent: .shareProduct, slot: .string("@小明")),
        Answer(text: "make it 30 yuan", expecting: .init(intent: .redpacketSend, slot: .amount), intent: .redpacketSend, slot: .int(3000)),
    ]

    @Test(arguments: answers) func fillsTheExpectedSlot(_ test: Answer) {
        let parse = Self.engine.parse(test.text, context: ParseContext(expecting: test.expecting))
        #expect(parse.intent == test.intent, "\(parse)")
        if let slot = test.slot { #expect(parse.slots[test.expecting.slot] == slot, "\(parse.slots)") }
    }

    @Test func picksAChoiceByPositionOrByWords() {
        let choices: [IntentName] = [.cartAdd, .productShow]
        #expect(Self.engine.parse("the second one", context: ParseContext(choices: choices)).intent == .productShow)
        #expect(Self.engine.parse("first", context: ParseContext(choices: choices)).intent == .cartAdd)
        #expect(Self.engine.parse("第二个", context: ParseContext(choices: choices)).intent == .productShow)
        #expect(Self.engine.parse("show me the details", context: ParseContext(choices: choices)).intent == .productShow)
        #expect(Self.engine.parse("never mind", context: ParseContext(choices: choices)).intent == .cancel)
    }

    @Test func confidenceSeparatesRightFromWrong() throws {
        let sure = Self.engine.parse("show my cart")
        let unsure = Self.engine.parse("tell me a joke about the weather")
        #expect(sure.confidence > 0.9)
        #expect(unsure.intent == .fallback)
    }
}
