import NIOConcurrencyHelpers
import PostgresNIO
import ShopCommerce

/// Writes the events of PostgreSQL's optimistic turns (a search, a look at the cart) several at
/// a time, in one INSERT, as SQLite's group commit writes several turns in one transaction.
/// Why: such a turn's event was a third of its statements, each a round trip and two thread
/// hand-offs, and PostgreSQL `serve` is bound by them. A turn's outcome is handed on only once
/// its event is written, so a reply seen is a turn recorded; while one batch is written, the
/// next gathers.
final class EventBatches: @unchecked Sendable {
    // @unchecked: `waiting` and `writing` are only touched under `lock`; a batch's completions
    // are called by the one job writing it.
    private let lock = NIOLock()
    private var waiting: [(events: [TurnEvent], done: ((any Error)?) -> Void)] = []
    private var writing = false
    /// Runs a job on a worker of the store, ahead of the turns queued.
    private let submit: (@escaping (Result<PostgresSession, any Error>) -> Void) -> Void

    init(submit: @escaping (@escaping (Result<PostgresSession, any Error>) -> Void) -> Void) {
        self.submit = submit
    }

    /// Writes `events` with the next batch, then calls `done` with nil, or with why they were
    /// not written.
    func add(_ events: [TurnEvent], then done: @escaping ((any Error)?) -> Void) {
        let start = lock.withLock {
            waiting.append((events, done))
            defer { writing = true }
            return !writing
        }
        if start { submit(write) }
    }

    private func write(_ leased: Result<PostgresSession, any Error>) {
        let batch = lock.withLock {
            defer { waiting = [] }
            return waiting
        }
        do {
            try Self.insert(batch.flatMap(\.events), on: leased.get())
            for turn in batch { turn.done(nil) }
        } catch  where batch.count == 1 {
            batch[0].done(error)
        } catch {
            // One turn's bad event must not fail the others': each is written on its own again.
            for turn in batch {
                do {
                    try Self.insert(turn.events, on: leased.get())
                    turn.done(nil)
                } catch {
                    turn.done(error)
                }
            }
        }
        let more = lock.withLock {
            writing = !waiting.isEmpty
            return writing
        }
        if more { submit(write) }
    }

    /// One INSERT of every event, whatever their number: the columns as arrays, unnested.
    private static func insert(_ events: [TurnEvent], on session: PostgresSession) throws {
        var binds = PostgresBindings(capacity: 3)
        binds.append(events.map(\.user))
        binds.append(events.map(\.kind))
        binds.append(events.map(\.at))
        let sql = """
            INSERT INTO events ("user", kind, at, detail) SELECT "user", kind, at, '' FROM unnest($1::text[], $2::text[], $3::int8[]) \
            AS e("user", kind, at)
            """
        _ = try session.state.wait(session.connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: session.logger))
    }
}
