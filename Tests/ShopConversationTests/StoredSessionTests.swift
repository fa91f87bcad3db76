import Foundation
import ShopChat
import Testing

/// Sessions are stored as JSON between turns. Typed slot and intent names must read the JSON that
/// string names wrote: a session stored before the change keeps its waiting question.
@Suite struct StoredSessionTests {
    @Test func aQuestionStoredWithStringNamesReadsBack() throws {
        let stored = #"""
            {"focus":["P1001"],"results":[],"pending":{"slot":{"intent":"cart.add","slots":{"quantity":{"int":{"_0":2}},"max_price":{"int":{"_0":5000}}},"missing":"product"}}}
            """#
        let session = try JSONDecoder().decode(Session.self, from: Data(stored.utf8))
        #expect(session.pending == .slot(intent: .cartAdd, slots: [.quantity: .int(2), .maxPrice: .int(5_000)], missing: .product))

        let choice = #"{"focus":[],"results":[],"pending":{"choice":{"intents":["points.redeem","points.show"],"slots":{}}}}"#
        let chosen = try JSONDecoder().decode(Session.self, from: Data(choice.utf8))
        #expect(chosen.pending == .choice(intents: [.pointsRedeem, .pointsShow], slots: [:]))
    }

    @Test func slotsAreStoredByTheirPublicNames() throws {
        var session = Session()
        session.pending = .slot(intent: .redpacketSend, slots: [.amount: .int(888), .recipient: .string("#family")], missing: .count)
        let json = String(decoding: try JSONEncoder().encode(session), as: UTF8.self)
        #expect(json.contains(#""intent":"redpacket.send""#))
        #expect(json.contains(#""missing":"count""#))
        #expect(json.contains(#""amount":{"int":{"_0":888}}"#))
        #expect(try JSONDecoder().decode(Session.self, from: Data(json.utf8)) == session)
    }

    /// The hand-written stored text (what waits included) reads back as the session it was made
    /// from, for every kind of wait, every intent and slot name, nested lists and awkward strings (quotes, backslashes, control characters, Chinese, emoji), as
    /// `JSONEncoder`'s text does.
    @Test func everySessionReadsBackFromItsStoredText() throws {
        var random = SeededRandom(seed: 26)
        let strings = ["P1001", "", "a\"b", "back\\slash", "line\nbreak\ttab\r", "\u{01}\u{1F}", "美的电饭煲", "🎉 party", "#family"]
        func string() -> String { strings[Int(random.next() % UInt64(strings.count))] }
        func number() -> Int64 { Int64(bitPattern: random.next()) >> Int64(random.next() % 60) }
        func slots() -> Slots {
            var slots: Slots = [:]
            for _ in 0..<Int(random.next() % 5) {
                let name = SlotName.allCases[Int(random.next() % UInt64(SlotName.allCases.count))]
                slots[name] =
                    random.next() % 3 == 0
                    ? .list([.int(number()), .string(string()), .list([.string(string())])])
                    : random.next() % 2 == 0 ? .int(number()) : .string(string())
            }
            return slots
        }
        let waits: [() -> Session.Pending?] = [
            { nil }, { .checkout(coupons: random.next() % 2 == 0 ? nil : [string(), string()], points: number()) },
            {
                .slot(
                    intent: IntentName.allCases[Int(random.next() % UInt64(IntentName.allCases.count))], slots: slots(),
                    missing: SlotName.allCases[Int(random.next() % UInt64(SlotName.allCases.count))])
            },
            { .redPacket(amount: number(), count: number(), mode: string(), recipient: string()) },
            { .redPacket(amount: number(), count: number(), mode: string(), recipient: string(), perShare: random.next() % 2 == 0) },
            { .choice(intents: [.pointsRedeem, .pointsShow], slots: slots()) },
            { .priceProtection(order: random.next() % 2 == 0 ? nil : number()) },
            { .orderReturn(order: number(), sku: string(), quantity: number(), reason: string(), note: string()) },
            { .flashBuy(sale: number()) }, { .bargainBuy(id: number()) },
        ]
        for round in 0..<600 {
            var session = Session()
            session.focus = (0..<Int(random.next() % 3)).map { _ in string() }
            session.results = (0..<Int(random.next() % 4)).map { _ in string() }
            session.store = random.next() % 2 == 0 ? nil : string()
            session.pending = waits[round % waits.count]()
            session.beneath = waits[Int(random.next() % UInt64(waits.count))]()
            session.language = [nil, .en, .zh][Int(random.next() % 3)]
            session.lastLanguage = [nil, .en, .zh][Int(random.next() % 3)]
            session.justAdded = [nil, true, false][Int(random.next() % 3)]
            session.justLooked = [nil, true, false][Int(random.next() % 3)]
            session.justOrdered = [nil, true, false][Int(random.next() % 3)]
            session.shipTo = random.next() % 2 == 0 ? nil : number()
            session.offered = random.next() % 2 == 0 ? nil : (0..<Int(1 + random.next() % 2)).map { _ in string() }
            session.asked = random.next() % 2 == 0 ? nil : string()
            let text = try session.storedText()
            #expect(try JSONDecoder().decode(Session.self, from: Data(text.utf8)) == session, "\(text)")
            #expect(try JSONDecoder().decode(Session.self, from: try JSONEncoder().encode(session)) == session)
        }
    }
}
