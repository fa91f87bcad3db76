import Foundation
import ShopChat
import Testing

/// The statements every turn begins and ends with (one each on PostgreSQL, two on SQLite).
@Suite struct TurnTests {
    @Test(arguments: Backend.all)
    func aTurnMakesTheUserReadsTheSessionAndSettlesExpiredEnvelopes(_ backend: Backend) throws {
        let store = try RedPacketTests().fixture(backend)
        let packet = try store.write { try $0.sendPacket(from: "alice", amount: 1_000, count: 3, mode: .lucky, recipient: "#family") }
        #expect(try store.write { try $0.openTurn(for: "newcomer") } == nil)
        #expect(try store.write { try $0.userExists("newcomer") })

        try store.write { try $0.closeTurn(for: "newcomer", event: "search", session: #"{"results":["T1"]}"#) }
        try store.write { try $0.closeTurn(for: "newcomer", event: "greet", session: nil) }
        #expect(try store.write { try $0.openTurn(for: "newcomer") } == #"{"results":["T1"]}"#)
        let events = try store.database.read { tx in
            try tx.query("SELECT kind FROM events WHERE \"user\" = \(.text("newcomer")) ORDER BY id").map { try $0.string("kind") }
        }
        #expect(events == ["search", "greet"])

        // A day later, anyone's next turn gives alice back what nobody grabbed, once.
        let later = store.now.addingTimeInterval(RedPacket.lifetime + 1)
        _ = try store.database.write { tx in try Commerce(tx, now: later).openTurn(for: "bob") }
        _ = try store.database.write { tx in try Commerce(tx, now: later).openTurn(for: "carol") }
        #expect(try store.database.read { tx in try Commerce(tx, now: later).wallet(of: "alice") } == 50_000)
        #expect(throws: CommerceError.packetExpired(packet.id)) {
            var random = SeededRandom(seed: 1)
            _ = try store.database.write { tx in try Commerce(tx, now: later).grab(packet: packet.id, user: "dave", random: &random) }
        }
    }
}
