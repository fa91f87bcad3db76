import Foundation
import ShopChat
import Synchronization
import Testing

/// Daily check-in (签到, PROTOCOL.md §9) on both stores: the streak's points, once a day in China
/// Standard Time, a missed day starting over, and two check-ins at once crediting once.
@Suite struct CheckInTests {
    static let start = ClockArgument.date("2026-01-01T09:00:00+08:00")!

    static func checkIn(_ database: any ShopDatabase, _ user: String, daysLater days: Double, hours: Double = 0) throws -> CheckIn {
        let now = start.addingTimeInterval(days * 86_400 + hours * 3_600)
        return try database.write { tx in try Commerce(tx, now: now).checkIn(user) }
    }

    @Test func pointsGrowWithTheStreakUpToTheCap() {
        #expect((1...8).map { CheckIn.points(forStreak: $0) } == [5, 10, 15, 20, 25, 30, 30, 30])
        #expect(CheckIn.points(forStreak: Int64.max) == 30)
        #expect(CheckIn.points(forStreak: 0) == 5)
    }

    @Test func daysReadAsChinaDates() {
        #expect(CheckIn(day: 0, streak: 1, points: 5, balance: 5, already: false).date == "1970-01-01")
        #expect(CheckIn(day: 20_454, streak: 1, points: 5, balance: 5, already: false).date == "2026-01-01")
        #expect(CheckIn(day: 20_513, streak: 1, points: 5, balance: 5, already: false).date == "2026-03-01")
        #expect(CheckIn(day: 11_016, streak: 1, points: 5, balance: 5, already: false).date == "2000-02-29")
    }

    @Test(arguments: Backend.all)
    func onceADayAndAMissedDayStartsOver(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let database = fixture.database
        let first = try Self.checkIn(database, "ci", daysLater: 0)
        #expect(first == CheckIn(day: 20_454, streak: 1, points: 5, balance: 5, already: false))
        // Again the same day (13 hours later is 22:00 in Beijing): nothing changes.
        let again = try Self.checkIn(database, "ci", daysLater: 0, hours: 13)
        #expect(again == CheckIn(day: 20_454, streak: 1, points: 0, balance: 5, already: true))
        // 15 hours later is past midnight in Beijing: the next day.
        #expect(try Self.checkIn(database, "ci", daysLater: 0, hours: 15).streak == 2)
        #expect(try Self.checkIn(database, "ci", daysLater: 2).points == 15)
        let restarted = try Self.checkIn(database, "ci", daysLater: 4)
        #expect(restarted.streak == 1 && restarted.points == 5 && restarted.balance == 35)
        let points = try fixture.write { try $0.points(of: "ci") }
        #expect(points.balance == 35)
        #expect(points.lifetime == 0, "check-in points do not count toward the member level")
    }

    @Test(arguments: Backend.all)
    func twoCheckInsAtOnceCreditOnce(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let databases = [try fixture.reopen(), try fixture.reopen()]
        let results = CheckIns()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if let checkIn = try? Self.checkIn(databases[index], "racer", daysLater: 0) { results.record(checkIn) }
        }
        #expect(results.values.count == 2)
        #expect(results.values.filter { !$0.already }.count == 1)
        #expect(try fixture.write { try $0.points(of: "racer").balance } == 5)
    }
}

final class CheckIns: Sendable {
    private let stored = Mutex<[CheckIn]>([])
    func record(_ value: CheckIn) { stored.withLock { $0.append(value) } }
    var values: [CheckIn] { stored.withLock { $0 } }
}
