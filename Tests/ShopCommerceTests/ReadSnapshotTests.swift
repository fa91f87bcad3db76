import Foundation
import ShopChat
import Testing

/// A read snapshot (`ShopDatabase.read`) never writes: a statement that would is refused with
/// `WriteOnReadSnapshot` before it runs, on a file and in memory alike.
@Suite struct ReadSnapshotTests {
    @Test(arguments: [false, true])
    func aReadSnapshotRefusesWritesAndWritesNothing(inMemory: Bool) throws {
        let database = try SQLiteDatabase(path: inMemory ? ":memory:" : StoreFixture.temporaryPath())
        let before = try database.read { tx in try tx.scalar("SELECT COUNT(*) FROM events") }
        #expect(throws: WriteOnReadSnapshot.self) {
            try database.read { tx in try tx.execute("INSERT INTO events (\"user\", kind, at, detail) VALUES ('x', 'y', 0, '')") }
        }
        // A write hidden in a query (RETURNING) is refused the same way.
        #expect(throws: WriteOnReadSnapshot.self) {
            _ = try database.read { tx in
                try tx.query("INSERT INTO events (\"user\", kind, at, detail) VALUES ('x', 'y', 0, '') RETURNING id")
            }
        }
        #expect(try database.read { tx in try tx.scalar("SELECT COUNT(*) FROM events") } == before)
        // Reads still read, and the same statement written through `write` writes.
        try database.write { tx in try tx.execute("INSERT INTO events (\"user\", kind, at, detail) VALUES ('x', 'y', 0, '')") }
        #expect(try database.read { tx in try tx.scalar("SELECT COUNT(*) FROM events") } == before + 1)
    }
}
