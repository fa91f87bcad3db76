import Foundation
import ShopChat
import Testing

/// A look (the cart, a search) records its event; on PostgreSQL several looks' events are
/// written in one statement after the turns (EventBatches). Either way a reply seen is a turn
/// recorded: the event is in the store before its reply comes.
@Suite struct TurnEventTests {
    static let clock = ShopClock.fixed(ClockArgument.date("2026-01-01T09:00:00+08:00")!)

    @Test(arguments: Backend.all)
    func everyLookRepliedToIsRecorded(_ backend: Backend) async throws {
        let (database, _) = try backend.freshStore()
        let template = try Conversation(database: database, clock: Self.clock).template
        let users = 12
        let turns = 6
        // Users at once, each asking in turn: their events share statements on PostgreSQL.
        let missing = try await withThrowingTaskGroup(of: [String].self) { group in
            for index in 0..<users {
                group.addTask {
                    let conversation = template.make()
                    let user = "looker\(index)"
                    var missing: [String] = []
                    for turn in 1...turns {
                        let text = turn.isMultiple(of: 2) ? "search socks" : "what's in my cart"
                        let reply = await conversation.handle(Request(text: text, user: user))
                        if reply.error != nil { missing.append("\(user) turn \(turn): \(reply.text)") }
                        let recorded = try await database.asyncRead { tx in
                            try tx.scalar(
                                "SELECT count(*) FROM events WHERE \"user\" = \(.text(user)) AND kind IN ('cart.show', 'catalog.search')")
                        }
                        if recorded != Int64(turn) { missing.append("\(user) turn \(turn): \(recorded) recorded") }
                    }
                    return missing
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(missing.isEmpty, "\(missing)")
    }

    /// An event PostgreSQL refuses (a NUL in its text) fails its own turn, not the others
    /// written with it, and leaves none waiting.
    @Test(arguments: Backend.all.filter { $0 == .postgres })
    func anEventThatCannotBeWrittenFailsOnlyItsTurn(_ backend: Backend) async throws {
        let (database, _) = try backend.freshStore()
        _ = try Conversation(database: database, clock: Self.clock)
        let at = Int64(ClockArgument.date("2026-01-01T09:00:00+08:00")!.timeIntervalSince1970)
        let users = (0..<8).map { $0 == 3 ? "bad\u{0}user" : "good\($0)" }
        let outcomes = await withTaskGroup(of: (String, Bool).self) { group in
            for user in users {
                group.addTask {
                    let outcome: Result<Int, any Error> = await withCheckedContinuation { continuation in
                        database.optimistic(
                            { tx in
                                try tx.recordTurnEvent(TurnEvent(user: user, kind: "cart.show", at: at))
                                return 1
                            }, then: { continuation.resume(returning: $0) })
                    }
                    return (user, (try? outcome.get()) == 1)
                }
            }
            return await group.reduce(into: [String: Bool]()) { $0[$1.0] = $1.1 }
        }
        for user in users { #expect(outcomes[user] == !user.hasPrefix("bad"), "\(user)") }
        let recorded = try await database.asyncRead { tx in try tx.scalar("SELECT count(*) FROM events WHERE kind = 'cart.show'") }
        #expect(recorded == 7)
    }
}
