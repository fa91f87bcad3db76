import Foundation
import ShopChat
import Testing

/// A PostgreSQL store outlives its connections. When the server ends them (a restart, an
/// administrator's `pg_terminate_backend`), the next turns borrow new ones from the pool; before,
/// a turn sent on a closed connection waited forever, and so did every later turn of that user.
@Suite struct PostgresReconnectTests {
    @Test(.timeLimit(.minutes(1))) func turnsGoOnAfterTheServerEndsEveryConnection() async throws {
        guard Backend.all.contains(.postgres) else { return }
        let (database, reopen) = try Backend.postgres.freshStore()
        let amy = try Conversation(database: database, user: "amy", clock: OwnRowsTurnTests.clock)
        #expect(await amy.handle(Request(text: "add P1003")).data.value(at: "cart.items.0.sku") == .string("P1003"))
        // Another store on the same database ends every connection to it but its own.
        let other = try reopen()
        let ended = try await other.asyncWrite { tx in
            try tx.query(
                """
                SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity \
                WHERE datname = current_database() AND pid <> pg_backend_pid()
                """
            ).count
        }
        #expect(ended >= 1)
        // The server's goodbye reaches the client at once; a moment for it to be read.
        try await Task.sleep(for: .milliseconds(300))
        let cart = await amy.handle(Request(text: "what's in my cart"))
        #expect(cart.error == nil, "\(cart.text)")
        #expect(cart.data.value(at: "cart.items.0.sku") == .string("P1003"))
        let added = await amy.handle(Request(text: "add P1001"))
        #expect(added.error == nil, "\(added.text)")
        #expect(added.data.value(at: "cart.items.1.sku") != nil)
    }
}
