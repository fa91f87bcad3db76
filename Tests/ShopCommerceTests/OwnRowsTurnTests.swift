import Foundation
import ShopChat
import Synchronization
import Testing

@testable import ShopStorage

/// A turn that changes only its user's own rows (a cart, a session, its event) runs on
/// PostgreSQL at REPEATABLE READ (`ShopDatabase.writeOwnRows`): any statement writing another
/// table is stopped before it is sent and the whole turn runs again SERIALIZABLE, so money still
/// moves only in SERIALIZABLE transactions. SQLite runs it as any write.
@Suite struct OwnRowsTurnTests {
    /// Runs `body` as an own-rows write and waits for it.
    static func ownRows<T: Sendable>(_ database: any ShopDatabase, _ body: @escaping (any SQLSession) throws -> T) -> Result<T, any Error> {
        let done = DispatchSemaphore(value: 0)
        let outcome = Mutex<Result<T, any Error>?>(nil)
        database.writeOwnRows(
            body,
            then: { result in
                outcome.withLock { $0 = result }
                done.signal()
            })
        done.wait()
        return outcome.withLock { $0! }
    }

    static func isolation(_ tx: any SQLSession) throws -> String {
        guard tx.dialect == .postgres else { return "sqlite" }
        return try tx.query("SELECT current_setting('transaction_isolation') AS level")[0].string("level")
    }

    @Test(arguments: Backend.all)
    func aCartChangeRunsAtRepeatableReadAndAWalletChangeRunsAgainSerializable(_ backend: Backend) throws {
        let (database, _) = try backend.freshStore()
        try database.write { tx in try Commerce(tx, now: Date()).admit("amy") }
        let cart = Self.ownRows(database) { tx in
            try tx.execute("INSERT INTO cart_items (\"user\", sku, quantity, position) VALUES (\(.text("amy")), 'P1001', 2, 1)")
            return try Self.isolation(tx)
        }
        #expect(try cart.get() == (backend == .postgres ? "repeatable read" : "sqlite"))
        let runs = Mutex<[String]>([])
        let wallet = Self.ownRows(database) { tx in
            let level = try Self.isolation(tx)
            runs.withLock { $0.append(level) }
            // Written first, then a shared table: the first run's own-row write is undone too.
            try tx.execute("DELETE FROM cart_items WHERE \"user\" = \(.text("amy"))")
            try tx.execute("UPDATE users SET wallet = wallet + 100 WHERE name = \(.text("amy"))")
            return try Self.isolation(tx)
        }
        #expect(try wallet.get() == (backend == .postgres ? "serializable" : "sqlite"))
        #expect(runs.withLock { $0 } == (backend == .postgres ? ["repeatable read", "serializable"] : ["sqlite"]))
        let (balance, lines) = try database.read { tx in
            (
                try tx.scalar("SELECT wallet FROM users WHERE name = \(.text("amy"))"),
                try tx.scalar("SELECT COUNT(*) FROM cart_items WHERE \"user\" = \(.text("amy"))")
            )
        }
        #expect(balance == 50_100)
        #expect(lines == 0)
    }

    /// Says `lines` as `user` through a conversation of its own on `store`; the failures.
    /// (Tasks, not threads: a task group ends only when every task is done and has let go of its
    /// store, where a thread let go of it after the test returned, racing the process's exit.)
    static func say(_ lines: [String], as user: String, on store: any ShopDatabase) async -> [String] {
        guard let conversation = try? Conversation(database: store, user: user, clock: clock) else { return ["\(user): no conversation"] }
        var failures: [String] = []
        for text in lines {
            let reply = await conversation.handle(Request(text: text, user: user))
            if reply.error != nil { failures.append("\(user) \(text): \(reply.text)") }
        }
        return failures
    }

    static let clock = ShopClock.fixed(ClockArgument.date("2026-01-01T09:00:00+08:00")!)

    /// Forty shoppers on two instances add to their carts at once: every add lands, each cart
    /// holds exactly what its shopper added.
    @Test(arguments: Backend.all)
    func concurrentCartsAllLand(_ backend: Backend) async throws {
        let (database, reopen) = try backend.freshStore()
        _ = try Conversation(database: database, user: "ops", clock: Self.clock)
        let instances = [database, try reopen()]
        let failures = await withTaskGroup(of: [String].self) { group in
            for index in 0..<40 {
                group.addTask {
                    await Self.say(
                        ["add P1001", "add 2 of P1003", "add one more P1001", "remove P1003", "add P1003"], as: "c\(index)",
                        on: instances[index % 2])
                }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(failures.isEmpty, "\(failures.prefix(3))")
        let carts = try await database.asyncRead { tx in
            try tx.query("SELECT \"user\", sku, quantity FROM cart_items WHERE \"user\" LIKE 'c%' ORDER BY \"user\", sku").map {
                "\(try $0.string("user")) \(try $0.string("sku")) \(try $0.int("quantity"))"
            }
        }
        let expected = (0..<40).map { "c\($0)" }.sorted().flatMap { ["\($0) P1001 2", "\($0) P1003 1"] }
        #expect(carts == expected)
    }

    /// One shopper on two instances at once, ten connections each adding another product:
    /// every add lands (two adds meeting on one row are told apart and run again), and the cart
    /// lists its lines in one order however often it is read.
    @Test(arguments: Backend.all)
    func oneShopperOnManyConnectionsKeepsEveryLine(_ backend: Backend) async throws {
        let (database, reopen) = try backend.freshStore()
        _ = try Conversation(database: database, user: "ops", clock: Self.clock)
        let instances = [database, try reopen()]
        let skus = (1...10).map { "P\(1000 + $0)" }
        let failures = await withTaskGroup(of: [String].self) { group in
            for (index, sku) in skus.enumerated() {
                group.addTask { await Self.say(["add \(sku)"], as: "dora", on: instances[index % 2]) }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(failures.isEmpty, "\(failures)")
        let cart = { () throws -> [String] in
            try database.read { tx in try Commerce(tx, now: Date()).cart(of: "dora").lines.map(\.product.sku) }
        }
        #expect(try Set(cart()) == Set(skus))
        #expect(try cart() == cart())
    }

    @Test func ownRowWritesPassTheGuardAndOthersDoNot() {
        for own in [
            "SELECT points FROM users WHERE name = $1",
            "INSERT INTO cart_items (\"user\", sku, quantity, position) VALUES ($1, $2, $3, $4)",
            "UPDATE cart_items SET quantity = $1 WHERE \"user\" = $2 AND sku = $3",
            "DELETE FROM cart_items WHERE \"user\" = $1",
            "INSERT INTO sessions (\"user\", state) VALUES ($1, $2) ON CONFLICT (\"user\") DO UPDATE SET state = excluded.state",
            "WITH saved AS (INSERT INTO sessions (\"user\", state) VALUES ($1, $2) ON CONFLICT (\"user\") DO UPDATE SET state = $2 RETURNING 1) "
                + "INSERT INTO events (\"user\", kind, at) VALUES ($1, $3, $4)",
        ] {
            #expect(PostgresSQL.writesOnlyOwnRows(own), "\(own)")
        }
        for shared in [
            "UPDATE users SET wallet = wallet + 1", "INSERT INTO orders (id) VALUES (1)", "DELETE FROM coupons",
            "WITH saved AS (UPDATE sessions SET state = '') UPDATE products SET stock = 0", "SELECT * FROM sessions FOR UPDATE",
            "select * from users for share", "SAVEPOINT confirm", "LOCK TABLE products IN ROW EXCLUSIVE MODE", "SELECT nextval('s')",
            "INSERT INTO cart_items_archive SELECT * FROM cart_items", "UPDATE", "INSERT sessions", "",
        ] {
            #expect(!PostgresSQL.writesOnlyOwnRows(shared), "\(shared)")
        }
    }
}
