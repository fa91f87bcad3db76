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
}
