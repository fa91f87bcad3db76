import Foundation
import ShopChat
import Synchronization
import Testing

/// Bargains (砍价, PROTOCOL.md §9) on both stores: cuts that add up exactly and stop at the floor,
/// friends only and once each, 24 hours, one purchase, 20 a day, and friends cutting at once.
@Suite struct BargainTests {
    static func at<T>(_ fixture: StoreFixture, _ offset: TimeInterval, _ body: (Commerce) throws -> T) throws -> T {
        let when = fixture.now.addingTimeInterval(offset)
        return try fixture.database.write { tx in try body(Commerce(tx, now: when)) }
    }

    /// T1 (list ¥199) with a ¥99 floor, a bargain by "s" and `friends` friends of theirs.
    static func started(_ fixture: StoreFixture, friends: Int) throws -> Bargain {
        try fixture.write { commerce in
            _ = try commerce.setBargainFloor(sku: "T1", to: 9_900)
            for index in 0..<friends { _ = try commerce.befriend("s", "f\(index)") }
            return try commerce.startBargain(user: "s", sku: "T1")
        }
    }

    @Test(arguments: Backend.all)
    func cutsAddUpExactlyAndStopAtTheFloor(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let bargain = try Self.started(fixture, friends: 40)
        var random = SeededRandom(seed: 5)
        var total: Int64 = 0
        var atFloor = false
        for index in 0..<40 {
            do {
                let (after, cut) = try fixture.write { try $0.cutBargain(id: bargain.id, user: "f\(index)", random: &random) }
                total += cut
                #expect(after.price == 19_900 - total && after.price >= 9_900)
            } catch CommerceError.bargainRefused(.atFloor) {
                atFloor = true
                break
            }
        }
        #expect(atFloor, "forty friends bring it to the floor")
        let final = try fixture.write { try $0.bargain(id: bargain.id) }
        #expect(final.price == 9_900)
        #expect(final.cuts.map(\.amount).reduce(0, +) == 10_000)
    }

    @Test(arguments: Backend.all)
    func friendsOnlyOnceEachWithinADayAndOneBuy(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let bargain = try Self.started(fixture, friends: 2)
        var random = SeededRandom(seed: 1)
        func cut(_ user: String, _ offset: TimeInterval = 60) throws {
            _ = try Self.at(fixture, offset) { commerce in
                try commerce.ensureUser(user)
                return try commerce.cutBargain(id: bargain.id, user: user, random: &random)
            }
        }
        #expect(throws: CommerceError.bargainRefused(.ownBargain)) { try cut("s") }
        #expect(throws: CommerceError.bargainRefused(.notAFriend(starter: "s"))) { try cut("stranger") }
        try cut("f0")
        #expect(throws: CommerceError.bargainRefused(.alreadyCut(bargain.code))) { try cut("f0") }
        #expect(throws: CommerceError.bargainRefused(.expired(bargain.code))) { try cut("f1", 86_400) }
        #expect(throws: CommerceError.bargainRefused(.notYours(bargain.code))) {
            try Self.at(fixture, 60) { try $0.buyBargain(id: bargain.id, user: "f0") }
        }
        let (bought, order) = try Self.at(fixture, 120) { try $0.buyBargain(id: bargain.id, user: "s") }
        #expect(order.items.first?.unitPrice == bought.price && bought.price < 19_900)
        #expect(throws: CommerceError.bargainRefused(.alreadyBought(bargain.code, order: order.id))) {
            try Self.at(fixture, 130) { try $0.buyBargain(id: bargain.id, user: "s") }
        }
        #expect(throws: CommerceError.self) { try fixture.write { try $0.startBargain(user: "s", sku: "T2") } }
    }

    @Test(arguments: Backend.all)
    func twentyBargainsADayAndTheFloorIsChecked(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        for bad in [-1, 19_900, 20_000, 100_000_001, Int64.max] as [Int64] {
            #expect(throws: CommerceError.self) { try fixture.write { try $0.setBargainFloor(sku: "T1", to: bad) } }
        }
        #expect(throws: CommerceError.self) { try fixture.write { try $0.setBargainFloor(sku: "NOPE", to: 100) } }
        _ = try fixture.write { try $0.setBargainFloor(sku: "T1", to: 9_900) }
        // A bargain bought ends; the next one starts afresh, up to 20 in a China day.
        for index in 0..<20 {
            let bargain = try Self.at(fixture, TimeInterval(index)) { try $0.startBargain(user: "busy", sku: "T1") }
            _ = try Self.at(fixture, TimeInterval(index)) { commerce in
                try commerce.tx.execute("UPDATE bargains SET order_id = 1 WHERE id = \(.int(bargain.id))")
            }
        }
        #expect(throws: CommerceError.bargainRefused(.dailyLimit(20))) {
            try Self.at(fixture, 30) { try $0.startBargain(user: "busy", sku: "T1") }
        }
    }

    @Test(arguments: Backend.all)
    func friendsCuttingAtOnceAddUpExactly(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let bargain = try Self.started(fixture, friends: 12)
        let databases = try (0..<4).map { _ in try fixture.reopen() }
        let now = fixture.now
        let cuts = Mutex<[Int64]>([])
        DispatchQueue.concurrentPerform(iterations: 24) { index in
            var random = SeededRandom(seed: UInt64(index))
            let cut = try? databases[index % 4].write { tx in
                try Commerce(tx, now: now).cutBargain(id: bargain.id, user: "f\(index % 12)", random: &random).1
            }
            if let cut { cuts.withLock { $0.append(cut) } }
        }
        let final = try fixture.write { try $0.bargain(id: bargain.id) }
        #expect(cuts.withLock { $0.count } == final.cuts.count)
        #expect(Set(final.cuts.map(\.user)).count == final.cuts.count, "once each")
        #expect(final.cuts.map(\.amount).reduce(0, +) == 19_900 - final.price)
        #expect(final.price >= 9_900)
    }
}
