import Foundation
import ShopChat
import Testing

@Suite struct RedPacketTests {
    /// For any amount and count, every grab is at least ¥0.01 and the grabs add up exactly.
    @Test(arguments: 0..<300)
    func grabsAreAtLeastAFenAndAddUpExactly(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let count = Int64.random(in: 1...50, using: &random)
        let amount = Int64.random(in: count...200_000, using: &random)
        for mode in [RedPacket.Mode.lucky, .equal] {
            var remaining = amount
            var grabs: [Int64] = []
            for left in stride(from: count, to: 0, by: -1) {
                let grab = RedPacket.nextGrab(mode: mode, amount: amount, count: count, remaining: remaining, left: left, using: &random)
                #expect(grab >= 1)
                #expect(grab <= remaining - (left - 1))
                if mode == .lucky && left > 1 { #expect(grab <= max(1, remaining * 2 / left)) }
                remaining -= grab
                grabs.append(grab)
            }
            #expect(grabs.reduce(0, +) == amount)
            if mode == .equal { #expect(grabs.max()! - grabs.min()! <= 1) }
        }
    }

    func fixture(_ backend: Backend) throws -> StoreFixture {
        let store = try StoreFixture(backend)
        try store.write { commerce in
            try commerce.setGroup("family", members: ["alice", "bob", "carol", "dave"])
            _ = try commerce.befriend("alice", "erin")
        }
        return store
    }

    @Test(arguments: Backend.all)
    func sendingChargesTheWalletAndGrabsPayRecipientsOnce(_ backend: Backend) throws {
        let store = try fixture(backend)
        var random = SeededRandom(seed: 1)
        let packet = try store.write { try $0.sendPacket(from: "alice", amount: 2_000, count: 3, mode: .equal, recipient: "#family") }
        #expect(try store.write { try $0.wallet(of: "alice") } == 50_000 - 2_000)
        let amounts = try ["bob", "carol", "dave"].map { user in
            try store.write { try $0.grab(packet: packet.id, user: user, random: &random).amount }
        }
        #expect(amounts == [667, 667, 666])
        #expect(try store.write { try $0.wallet(of: "bob") } == 50_000 + 667)
        #expect(throws: CommerceError.alreadyGrabbed(packet.id)) {
            try store.write { try $0.grab(packet: packet.id, user: "bob", random: &random) }
        }
        #expect(throws: CommerceError.notARecipient(packet.id)) {
            try store.write { try $0.grab(packet: packet.id, user: "erin", random: &random) }
        }
    }

    /// In a group the sender is a member and may grab once, as in WeChat; an envelope sent to
    /// one person or to friends is theirs alone.
    @Test(arguments: Backend.all)
    func theSenderGrabsFromTheirGroupOnly(_ backend: Backend) throws {
        let store = try fixture(backend)
        var random = SeededRandom(seed: 1)
        let group = try store.write { try $0.sendPacket(from: "alice", amount: 2_000, count: 4, mode: .equal, recipient: "#family") }
        #expect(try store.write { try $0.grabbablePacket(for: "alice") } == group.id)
        #expect(try store.write { try $0.grab(packet: group.id, user: "alice", random: &random).amount } == 500)
        #expect(throws: CommerceError.alreadyGrabbed(group.id)) {
            try store.write { try $0.grab(packet: group.id, user: "alice", random: &random) }
        }
        #expect(try store.write { try $0.wallet(of: "alice") } == 50_000 - 2_000 + 500)
        let direct = try store.write { try $0.sendPacket(from: "alice", amount: 1_000, count: 1, mode: .equal, recipient: "@bob") }
        #expect(throws: CommerceError.notARecipient(direct.id)) {
            try store.write { try $0.grab(packet: direct.id, user: "alice", random: &random) }
        }
        let friends = try store.write { try $0.sendPacket(from: "alice", amount: 1_000, count: 1, mode: .equal, recipient: "friends") }
        #expect(throws: CommerceError.notARecipient(friends.id)) {
            try store.write { try $0.grab(packet: friends.id, user: "alice", random: &random) }
        }
    }

    @Test(arguments: Backend.all)
    func nobodySendsMoreThanTheyHave(_ backend: Backend) throws {
        let store = try fixture(backend)
        try store.write { try $0.setWallet(of: "alice", to: 1_000) }
        #expect(throws: CommerceError.notEnoughMoney(wallet: 1_000)) {
            try store.write { try $0.sendPacket(from: "alice", amount: 1_001, count: 1, mode: .lucky, recipient: "@bob") }
        }
        #expect(throws: CommerceError.self) {
            try store.write { try $0.sendPacket(from: "alice", amount: 2, count: 3, mode: .lucky, recipient: "#family") }
        }
        #expect(try store.write { try $0.wallet(of: "alice") } == 1_000)
    }

    @Test(arguments: Backend.all)
    func whatIsNotGrabbedInADayGoesBack(_ backend: Backend) throws {
        let store = try fixture(backend)
        var random = SeededRandom(seed: 7)
        let packet = try store.write { try $0.sendPacket(from: "alice", amount: 1_000, count: 3, mode: .lucky, recipient: "#family") }
        let grabbed = try store.write { try $0.grab(packet: packet.id, user: "bob", random: &random).amount }
        let later = store.now.addingTimeInterval(RedPacket.lifetime + 1)
        try store.database.write { tx in try Commerce(tx, now: later).refundExpiredPackets() }
        try store.database.write { tx in try Commerce(tx, now: later).refundExpiredPackets() }
        let wallet = try store.database.read { tx in try Commerce(tx, now: later).wallet(of: "alice") }
        #expect(wallet == 50_000 - grabbed)
        #expect(throws: CommerceError.packetExpired(packet.id)) {
            try store.database.write { tx in try Commerce(tx, now: later).grab(packet: packet.id, user: "carol", random: &random) }
        }
    }
}
