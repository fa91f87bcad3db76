import Foundation
import ShopChat
import Testing

/// Writes handed to the store with a completion (`write(_:then:)`), as `serve` makes them: the
/// outcome must come once, and only after the write is on disk for anyone to read.
@Suite struct SubmittedWriteTests {
    @Test(arguments: Backend.all)
    func aSubmittedWriteIsReportedOnlyOnceCommitted(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let database = fixture.database
        let other = try fixture.reopen()
        let now = fixture.now
        let outcomes = Outcomes()
        let writes = 48
        let reported = DispatchGroup()
        for index in 0..<writes {
            reported.enter()
            Thread {
                database.write(
                    { tx -> Int in
                        let commerce = Commerce(tx, now: now)
                        try commerce.ensureUser("s\(index)")
                        try commerce.addToCart(user: "s\(index)", sku: "T1", quantity: 1)
                        if index % 4 == 0 { throw CommerceError.invalidQuantity(-1) }
                        return index
                    },
                    then: { result in
                        // Read through another connection at the moment of the report.
                        let lines = (try? other.read { tx in try Commerce(tx, now: now).cart(of: "s\(index)").lines.count }) ?? -1
                        switch result {
                        case .success(let value): outcomes.record(value == index && lines == 1)
                        case .failure: outcomes.record(index % 4 == 0 && lines == 0)
                        }
                        reported.leave()
                    })
            }.start()
        }
        #expect(reported.wait(timeout: .now() + 60) == .success, "every write reports")
        #expect(outcomes.values.count == writes)
        #expect(outcomes.values.allSatisfy { $0 }, "committed when reported, refused ones absent")
    }

    /// SQLite's log is copied into the database in the background (Checkpointer) while writes go
    /// on; it must still start over from its beginning rather than grow with every write.
    @Test func theLogStartsOverUnderContinuousWrites() throws {
        let path = StoreFixture.temporaryPath()
        // A checkpoint every 256 pages (1 MB), to see many in a short test.
        let database = try SQLiteDatabase(path: path, checkpointPages: 256)
        let now = ClockArgument.date("2026-01-01T09:00:00+08:00")!
        let detail = String(repeating: "x", count: 3_000)
        let writers = 4
        let perWriter = 3_000
        let finished = DispatchGroup()
        for writer in 0..<writers {
            finished.enter()
            Thread {
                defer { finished.leave() }
                for index in 0..<perWriter {
                    try? database.write { tx in
                        try Commerce(tx, now: now).record("test.bulk", user: "b\(writer)", detail: "\(index) \(detail)")
                    }
                }
            }.start()
        }
        finished.wait()
        let written = writers * perWriter * detail.utf8.count
        let log = (try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? .max
        // The background copied (how much of it depends on how much CPU it got beside the writers).
        #expect(database.commitStatistics.checkpoints.pagesCopied > 0)
        #expect(log < written / 2, "the log (\(log) bytes) started over; \(written) bytes were written")
        // Everything acknowledged is there, through another connection.
        let count = try SQLiteDatabase(path: path).read { tx in try tx.scalar("SELECT COUNT(*) FROM events WHERE kind = 'test.bulk'") }
        #expect(count == Int64(writers * perWriter))
    }
}
