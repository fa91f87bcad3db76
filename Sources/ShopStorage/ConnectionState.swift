import NIOConcurrencyHelpers
import PostgresNIO
import ShopCommerce

/// What a worker's connection is doing, read and written only by that worker's thread.
final class ConnectionState: @unchecked Sendable {
    // @unchecked: made with its connection's session and used by the worker thread holding it;
    // `lost` alone is also touched by the connection's event loop, under its lock.
    var inTransaction = false
    /// Running an optimistic turn: statements on their own, and only reads (`PostgresStore.optimistic`).
    var optimistic = false
    /// The events an optimistic turn recorded, written after it together with other turns'
    /// (``EventBatches``).
    var deferredEvents: [TurnEvent] = []
    /// Running an own-rows transaction's body: writes only to the user's own tables
    /// (`TransactionMode.ownRows`).
    private(set) var ownRowsOnly = false
    let prepared = PreparedStatements()
    let connection: PostgresConnection
    /// Fails the statement being waited for, once the connection closes.
    private let lost = NIOLockedValueBox<(@Sendable () -> Void)?>(nil)

    init(connection: PostgresConnection) {
        self.connection = connection
        connection.closeFuture.whenComplete { [lost] _ in lost.withLockedValue { $0?() } }
    }

    /// Runs `body` with ``ownRowsOnly`` as `ownRows`, and without it after.
    func writingOwnRows<T>(_ ownRows: Bool, _ body: () throws -> T) rethrows -> T {
        ownRowsOnly = ownRows
        defer { ownRowsOnly = false }
        return try body()
    }

    /// `future`'s value, or ``ConnectionLost`` if the connection closes first. Why: PostgresNIO
    /// (1.33) never completes a statement written to a connection that has just closed (the
    /// write fails and its promise is dropped), and a worker waited forever after a server restart.
    func wait<T: Sendable>(_ future: EventLoopFuture<T>) throws -> T {
        let promise = future.eventLoop.makePromise(of: T.self)
        future.cascade(to: promise)
        lost.withLockedValue { $0 = { promise.fail(ConnectionLost()) } }
        defer { lost.withLockedValue { $0 = nil } }
        if connection.isClosed { promise.fail(ConnectionLost()) }
        return try promise.futureResult.wait()
    }
}

/// The connection closed under a statement (the server restarted or ended it). The statement's
/// transaction, if any, was not committed unless the statement was its COMMIT.
struct ConnectionLost: Error, CustomStringConvertible {
    var description: String { "the connection to PostgreSQL closed" }
}
