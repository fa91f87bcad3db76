import Foundation
import ShopChat
import Testing

@testable import ShopConversation

/// Turns that only read run on a snapshot beside SQLite's writer, and write only their record
/// (session and event) afterwards; one that turns out to write runs again as a write.
@Suite struct ReadFirstTurnTests {
    static let clock = ShopClock.fixed(ClockArgument.date("2026-01-01T09:00:00+08:00")!)

    @Test(arguments: [false, true])
    func aReadSnapshotRefusesWritesAndWritesNothing(inMemory: Bool) throws {
        let database = try SQLiteDatabase(path: inMemory ? ":memory:" : StoreFixture.temporaryPath())
        let before = try database.read { tx in try tx.scalar("SELECT COUNT(*) FROM events") }
        #expect(throws: WriteOnReadSnapshot.self) {
            try database.read { tx in try tx.execute("INSERT INTO events (user, kind, at, detail) VALUES ('x', 'y', 0, '')") }
        }
        // A write hidden in a query (RETURNING) is refused the same way.
        #expect(throws: WriteOnReadSnapshot.self) {
            _ = try database.read { tx in try tx.query("INSERT INTO events (user, kind, at, detail) VALUES ('x', 'y', 0, '') RETURNING id")
            }
        }
        #expect(try database.read { tx in try tx.scalar("SELECT COUNT(*) FROM events") } == before)
    }

    /// Many shoppers at once on a file store: searches (snapshots) and adds (writes) interleave;
    /// every turn's event is recorded once, and the list a search showed (its session, written
    /// after the snapshot) is what "add the first one" adds from.
    @Test func readTurnsKeepTheirRecordUnderConcurrentWrites() throws {
        let database = try SQLiteDatabase(path: StoreFixture.temporaryPath())
        let template = try Conversation(database: database, clock: Self.clock).template
        let shoppers = 8
        let rounds = 12
        let outcomes = Outcomes()
        let finished = DispatchGroup()
        for index in 0..<shoppers {
            finished.enter()
            Thread {
                defer { finished.leave() }
                let conversation = template.make()
                let user = "reader\(index)"
                _ = conversation.handle(Request(text: "hi", user: user))
                for _ in 0..<rounds {
                    let found = conversation.handle(Request(text: "search rice cooker", user: user))
                    let first = found.data.value(at: "results.0.sku")
                    let added = conversation.handle(Request(text: "add the first one", user: user))
                    let line = added.data.value(at: "cart.items.0.sku")
                    outcomes.record(found.intent?.intent == .catalogSearch && first != nil && line == first)
                }
            }.start()
        }
        finished.wait()
        #expect(outcomes.values.count == shoppers * rounds)
        #expect(outcomes.values.allSatisfy { $0 }, "each add took the first product its own search showed")
        let searches = try database.read { tx in try tx.scalar("SELECT COUNT(*) FROM events WHERE kind = 'catalog.search'") }
        #expect(searches == Int64(shoppers * rounds), "every search turn recorded once")
        let carts = try database.read { tx in try tx.scalar("SELECT COALESCE(SUM(quantity), 0) FROM cart_items") }
        #expect(carts == Int64(shoppers * rounds))
    }

    /// While the writer is held by a long write, a search is worked out on a snapshot at once
    /// (its session is already computed when the call returns) and only its reply waits for the
    /// writer, as the reply still means "recorded".
    @Test func aSearchIsWorkedOutWhileTheWriterIsBusy() throws {
        let database = try SQLiteDatabase(path: StoreFixture.temporaryPath())
        let conversation = try Conversation(database: database, clock: Self.clock)
        _ = conversation.handle(Request(text: "hi", user: "busy"))
        let before = conversation.lastSession?.state
        let held = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        Thread {
            database.write(
                { _ in
                    held.signal()
                    release.wait()
                }, then: { _ in })
        }.start()
        held.wait()
        let replies = Outcomes()
        let replied = DispatchSemaphore(value: 0)
        conversation.handle(Request(text: "search rice cooker", user: "busy")) { reply in
            replies.record(reply.intent?.intent == .catalogSearch && reply.data.value(at: "results.0.sku") != nil)
            replied.signal()
        }
        #expect(conversation.lastSession?.state != before, "the search ran beside the held writer")
        #expect(replied.wait(timeout: .now() + 0.3) == .timedOut, "its reply waits for its record")
        release.signal()
        #expect(replied.wait(timeout: .now() + 10) == .success)
        #expect(replies.values == [true])
    }

    /// A session changed between the snapshot and the record (another process, an operator)
    /// makes the record refuse, writing nothing: the turn is then run again as a write.
    @Test func aRecordOverAMovedSessionWritesNothing() throws {
        let database = try SQLiteDatabase(path: StoreFixture.temporaryPath())
        let now = Self.clock.now()
        try database.write { tx in
            let commerce = Commerce(tx, now: now)
            try commerce.ensureUser("mover")
            try commerce.storeSession("{}", for: "mover")
        }
        let record = TurnRecord()
        record.read = "{\"stale\":true}"
        record.user = "mover"
        record.event = "catalog.search"
        record.session = "{\"new\":true}"
        #expect(throws: SessionMoved.self) { try database.write { tx in try record.store(Commerce(tx, now: now)) } }
        let (state, events) = try database.read { tx in
            (try Commerce(tx, now: now).storedSession(of: "mover"), try tx.scalar("SELECT COUNT(*) FROM events WHERE user = 'mover'"))
        }
        #expect(state == "{}")
        #expect(events == 0)
        record.read = "{}"
        try database.write { tx in try record.store(Commerce(tx, now: now)) }
        #expect(try database.read { tx in try Commerce(tx, now: now).storedSession(of: "mover") } == "{\"new\":true}")
    }

    /// A turn read as a look that in fact writes (a new user's first words, red envelopes that
    /// expired) runs again as a write: the user and their turn are there.
    @Test func aFirstTurnThatMustWriteRunsAsAWrite() throws {
        let database = try SQLiteDatabase(path: StoreFixture.temporaryPath())
        let conversation = try Conversation(database: database, clock: Self.clock)
        let reply = conversation.handle(Request(text: "search tea", user: "newcomer"))
        #expect(reply.error == nil)
        let (users, events) = try database.read { tx in
            (
                try tx.scalar("SELECT COUNT(*) FROM users WHERE name = 'newcomer'"),
                try tx.scalar("SELECT COUNT(*) FROM events WHERE user = 'newcomer' AND kind = 'catalog.search'")
            )
        }
        #expect(users == 1)
        #expect(events == 1)
    }
}
