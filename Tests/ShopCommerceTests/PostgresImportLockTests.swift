import Foundation
import ShopChat
import Synchronization
import Testing

/// Imports and turns side by side on PostgreSQL: every transaction locks the products table
/// before its snapshot (`ProductsLock`), so an order during a bulk import is told to try again
/// instead of deadlocking the import, a transaction that began before an import never sees the
/// swapped-in table empty, and an import run again after a conflict reads its whole file again.
@Suite struct PostgresImportLockTests {
    static func productCount(_ database: any ShopDatabase) throws -> Int64 {
        try database.read { tx in try Commerce(tx, now: Date()).productCount() }
    }

    /// bob's checkout waits for a yes on another instance; the yes comes while a bulk import
    /// holds the products table: answered `catalog_busy` at once, nothing changed, the import
    /// commits, and the same yes afterwards places the order.
    @Test func aYesDuringABulkImportIsToldToTryAgainAndTheImportCommits() async throws {
        guard Backend.all.contains(.postgres) else { return }
        let (database, reopen) = try Backend.postgres.freshStore()
        _ = try Conversation(database: database, user: "ops", clock: OwnRowsTurnTests.clock)
        // Another instance's store; bob's conversation keeps its state there, so each turn may
        // come through a conversation of its own (as on several gateways).
        let instance = try reopen()
        @Sendable func say(_ text: String) async -> Reply {
            guard let bob = try? Conversation(database: instance, user: "bob", clock: OwnRowsTurnTests.clock) else {
                return Reply(user: "bob", text: "no conversation", lang: .en)
            }
            return await bob.handle(Request(text: text))
        }
        _ = await say("add address: 88 Jianguo Road, Chaoyang, Beijing")
        _ = await say("add P1003")
        #expect(await say("check out").text.contains("Place the order?"))
        let before = try Self.productCount(database)
        let busy = try await database.asyncWrite { tx in
            var importer = try PostgresBulkImportTests.bulkImport(tx)
            // A task of its own, waited for on the store's thread: it once waited for the
            // import, which waited for it.
            let answered = DispatchSemaphore(value: 0)
            let busy = Mutex<Reply?>(nil)
            Task.detached {
                let reply = await say("yes")
                busy.withLock { $0 = reply }
                answered.signal()
            }
            // Answered before the import finishes, or it waited for it: a deadlock's bound, not a
            // measure of speed (a total time asserted here failed on a loaded CI machine, 10.3 s).
            #expect(answered.wait(timeout: .now() + 30) == .success, "the yes waited for the import")
            _ = try importer.finish()
            return busy.withLock { $0 }
        }
        #expect(busy?.error?.code == "catalog_busy", "\(busy?.text ?? "")")
        #expect(busy?.text.contains("try again") == true)
        #expect(try Self.productCount(database) == before + 600)
        let placed = await say("yes")
        #expect(placed.data.value(at: "order.status") != nil, "\(placed.text)")
        #expect(await say("show my orders").data.value(at: "orders.0.total") != nil)
        withExtendedLifetime(instance) {}
    }

    /// A transaction that has read something, then reads products after an import was started:
    /// the import waits for it, and it reads the catalog it began with (a swap before its read
    /// showed it an empty table).
    @Test func aTransactionBegunBeforeABulkImportReadsTheCatalogItBeganWith() throws {
        guard Backend.all.contains(.postgres) else { return }
        let (database, other) = try PostgresBulkImportTests.twoInstances()
        let before = try Self.productCount(database)
        let began = DispatchSemaphore(value: 0)
        let go = DispatchSemaphore(value: 0)
        let seen = Mutex<Int64?>(nil)
        let read = Thread {
            let count = try? other.write { tx in
                _ = try tx.query("SELECT count(*) AS n FROM users")
                began.signal()
                go.wait()
                return try tx.query("SELECT count(*) AS n FROM products")[0].int("n")
            }
            seen.withLock { $0 = count }
            go.signal()
        }
        read.start()
        began.wait()
        let imported = DispatchSemaphore(value: 0)
        let importer = Thread {
            _ = try? database.write { tx in
                var importer = try PostgresBulkImportTests.bulkImport(tx)
                return try importer.finish()
            }
            imported.signal()
        }
        importer.start()
        // Time for the import to run as far as it can (it once committed its swap here).
        Thread.sleep(forTimeInterval: 0.5)
        go.signal()
        #expect(imported.wait(timeout: .now() + 60) == .success)
        go.wait()
        #expect(seen.withLock { $0 } == before)
        #expect(try Self.productCount(database) == before + 600)
        // The stores outlive the thread that used them: its last release must not race the exit.
        withExtendedLifetime((database, other)) {}
    }

    /// A small import (no table swap) meets an order's stock change to a row it has yet to
    /// write: PostgreSQL aborts it as a serialization failure and the import runs again, which
    /// reads the file again from its first byte (it once went on where the first run stopped and
    /// committed only the first chunk).
    @Test func anImportRunAgainAfterAConflictReadsTheWholeFile() throws {
        guard Backend.all.contains(.postgres) else { return }
        let (database, reopen) = try Backend.postgres.freshStore()
        let shop = try Conversation(database: database, user: "ops", clock: OwnRowsTurnTests.clock)
        let other = try reopen()
        let before = try Self.productCount(database)
        // Over one read chunk (1 MiB): the demo product comes in the second.
        let rows =
            (0..<2_500).map { CatalogStreamingTests.row($0, padding: 220) } + ["P1003,Renamed Kettle,改名水壶,Bear,kitchen,bear,12.00,5,4.5"]
        let calls = Mutex(0)
        let answer = try shop.importCatalog(path: try CatalogStreamingTests.file(rows)) { _ in
            let first = calls.withLock { calls in
                calls += 1
                return calls == 1
            }
            guard first else { return }
            // Another instance's order takes a unit of the row this import will write later.
            try? other.write { tx in try tx.execute("UPDATE products SET stock = stock - 1 WHERE sku = 'P1003'") }
        }
        #expect(answer.contains("2500 new, 1 updated"), "\(answer)")
        #expect(calls.withLock { $0 } > 2, "the import ran once only: no conflict was met")
        #expect(try Self.productCount(database) == before + 2_500)
        let name = try database.read { tx in try tx.query("SELECT name FROM products WHERE sku = 'P1003'")[0].string("name") }
        #expect(name == "Renamed Kettle")
    }
}
