import Foundation
import ShopChat
import Testing

@testable import ShopStorage

/// A turn that only looks (a search, the cart, points) runs on PostgreSQL without a transaction
/// (`ShopDatabase.optimistic`): its reads one by one, then one write that checks its session is
/// still what it read. Anything else it would write is refused before it runs, and the turn runs
/// again in a transaction. SQLite runs every turn in a transaction (its writer is one thread).
@Suite struct OptimisticTurnTests {
    static let clock = ShopClock.fixed(ClockArgument.date("2026-01-01T09:00:00+08:00")!)
    static let now = clock.now()

    /// Runs `body` as an optimistic turn and waits for it.
    static func optimistic<T>(_ database: any ShopDatabase, _ body: @escaping (any SQLSession) throws -> T) -> Result<T, any Error> {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var outcome: Result<T, any Error>?
        database.optimistic(
            body,
            then: { result in
                outcome = result
                done.signal()
            })
        done.wait()
        return outcome!
    }

    @Test(arguments: Backend.all)
    func looksRecordThemselvesAndKeepWhatTheSessionHolds(_ backend: Backend) async throws {
        let (database, _) = try backend.freshStore()
        let conversation = try Conversation(database: database, clock: Self.clock)
        let said = [
            "hi", "search rice cooker", "add the second one", "what's in my cart", "show my coupons", "how many points do I have",
            "搜一下牙刷", "第一个怎么样", "购物车里有啥",
        ]
        var replies: [Reply] = []
        for text in said { replies.append(await conversation.handle(Request(text: text, user: "amy"))) }
        for reply in replies { #expect(reply.error == nil, "\(reply.text)") }
        // The list the search stored is the one "the second one" picks from.
        #expect(replies[2].text.contains("Midea Rice Cooker 4L"), "\(replies[2].text)")
        #expect(replies[3].text.contains("Midea Rice Cooker 4L"), "\(replies[3].text)")
        #expect(replies[8].text.contains("P1001"), "\(replies[8].text)")
        // "第一个" reads the toothbrush list the Chinese search stored, not the rice cookers.
        #expect(replies[7].intent?.intent == .productShow)
        #expect(replies[7].text.contains("牙刷"), "\(replies[7].text)")
        let kinds = try await database.asyncRead { tx in
            try tx.query("SELECT kind FROM events WHERE \"user\" = \(.text("amy")) ORDER BY id").map { try $0.string("kind") }
        }
        #expect(kinds == replies.map { $0.intent?.intent.rawValue ?? "" })
    }

    /// A new user's rows are made by one statement of its own, with no transaction around it
    /// (PostgreSQL); made again, nothing changes.
    @Test(arguments: Backend.all)
    func aNewUserIsAdmittedWithoutATransaction(_ backend: Backend) throws {
        let (database, _) = try backend.freshStore()
        for _ in 0..<2 {
            try Self.optimistic(database) { tx in
                #expect(tx.isTransaction == (backend == .sqlite))
                try Commerce(tx, now: Self.now).admit("amy")
            }.get()
        }
        let rows = try database.read { tx in
            try (
                tx.scalar("SELECT COUNT(*) FROM users WHERE name = \(.text("amy"))"),
                tx.scalar("SELECT COUNT(*) FROM sessions WHERE \"user\" = \(.text("amy"))")
            )
        }
        #expect(rows == (1, 1))
    }

    @Test(arguments: Backend.all)
    func aSessionChangedMeanwhileIsNeverOverwritten(_ backend: Backend) throws {
        let (database, _) = try backend.freshStore()
        try database.write { tx in
            let commerce = Commerce(tx, now: Self.now)
            try commerce.admit("amy")
            try commerce.storeSession("written by another instance", for: "amy")
        }
        let stale = Self.optimistic(database) { tx in
            try Commerce(tx, now: Self.now).closeTurn(for: "amy", event: "catalog.search", session: "mine", opened: "read before")
        }
        let state = {
            try database.read { tx in try tx.first("SELECT state FROM sessions WHERE \"user\" = \(.text("amy"))")?.string("state") }
        }
        let events = { try database.read { tx in try tx.scalar("SELECT COUNT(*) FROM events WHERE \"user\" = \(.text("amy"))") } }
        switch backend {
        case .postgres:
            #expect(throws: SessionMoved.self) { try stale.get() }
            #expect(try state() == "written by another instance")
            #expect(try events() == 0)
        case .sqlite:
            // In a transaction, on the one writer: nothing can have come in between.
            try stale.get()
            #expect(try state() == "mine")
            #expect(try events() == 1)
        }
        let current = try #require(try state())
        try Self.optimistic(database) { tx in
            try Commerce(tx, now: Self.now).closeTurn(for: "amy", event: "cart.show", session: "next", opened: current)
        }.get()
        #expect(try state() == "next")
        #expect(try events() == (backend == .postgres ? 1 : 2))
    }

    @Test(arguments: Backend.all)
    func aWriteOnAnOptimisticTurnIsRefusedBeforeItRuns(_ backend: Backend) throws {
        let (database, _) = try backend.freshStore()
        let outcome = Self.optimistic(database) { tx in
            #expect(try tx.scalar("SELECT COUNT(*) FROM users") == 0)
            try tx.execute("INSERT INTO users (name, created_at) VALUES (\(.text("mallory")), \(.int(1)))")
            try tx.execute("UPDATE users SET wallet = wallet + 100000000 WHERE name = \(.text("mallory"))")
        }
        let users = try database.read { tx in try tx.scalar("SELECT COUNT(*) FROM users") }
        switch backend {
        case .postgres:
            #expect(throws: WriteOnReadSnapshot.self) { try outcome.get() }
            #expect(users == 0)
        case .sqlite:
            try outcome.get()
            #expect(users == 1)
        }
    }

    /// A turn guessed to look that writes after all (an envelope expired: refunds at the turn's
    /// start) runs again in a transaction and does it all once.
    @Test(arguments: Backend.all)
    func aLookThatMustWriteRunsAgainInATransaction(_ backend: Backend) async throws {
        let (database, _) = try backend.freshStore()
        let conversation = try Conversation(database: database, clock: Self.clock)
        _ = await conversation.handle(Request(text: "/group pair alice bob carol"))
        let sent = await conversation.handle(Request(text: "send a ¥30 red envelope to the pair group split 2 ways", user: "alice"))
        #expect(sent.error == nil, "\(sent.text)")
        let yes = await conversation.handle(Request(text: "yes", user: "alice"))
        #expect(yes.data.value(at: "packet.amount") == .int(3_000), "\(yes.text)")
        _ = await conversation.handle(Request(text: "/clock +25h"))
        let look = await conversation.handle(Request(text: "what's in my cart", user: "alice"))
        #expect(look.error == nil, "\(look.text)")
        #expect(look.events.map(\.name) == ["redpacket.refunded"], "\(look.events)")
        let wallet = try await database.asyncRead { tx in try tx.scalar("SELECT wallet FROM users WHERE name = \(.text("alice"))") }
        #expect(wallet == 50_000)
        #expect(await conversation.handle(Request(text: "what's in my cart", user: "bob")).events.isEmpty)
    }

    @Test func onlyReadingStatementsPassTheGuard() {
        #expect(PostgresSQL.onlyReads("SELECT points FROM users WHERE name = $1"))
        #expect(PostgresSQL.onlyReads("  with recent AS (SELECT * FROM orders) SELECT COUNT(*) FROM recent"))
        #expect(PostgresSQL.onlyReads("SELECT updated_at, inserted FROM t"))
        for writing in [
            "INSERT INTO events VALUES (1)", "UPDATE users SET points = 0", "WITH saved AS (UPDATE sessions SET state = '') SELECT 1",
            "SELECT * FROM users FOR UPDATE", "select * from users for share", "SELECT pg_advisory_lock(7700)", "SAVEPOINT confirm",
            "DELETE FROM cart_items", "SELECT nextval('s')", "",
        ] {
            #expect(!PostgresSQL.onlyReads(writing), "\(writing)")
        }
    }
}
