import Foundation
import Logging
import PostgresNIO

/// Threads of the store's own, each holding one PostgreSQL connection, that run transactions
/// from one queue, oldest first. Why threads: the engine's use cases are synchronous and wait on
/// each statement; here they wait on a thread made for it, so a server's event loops and Swift's
/// cooperative threads never block on PostgreSQL. Why one connection per thread: no pool to
/// borrow from, and a job finds its connection already in hand.
final class PostgresWorkers: @unchecked Sendable {
    // @unchecked: `jobs`, `head` and `stopping` are only touched under `condition`; the
    // connections are each used by their own thread only.
    private let condition = NSCondition()
    private var jobs: [((PostgresSession) -> Void)?] = []
    private var head = 0
    private var stopping = false
    private var running: Int
    private let group: MultiThreadedEventLoopGroup

    /// Marks a worker's thread with its session, so that a synchronous call made from inside a
    /// job (a nested read) runs there rather than waiting for itself.
    private final class Mark {
        let workers: PostgresWorkers
        let session: PostgresSession

        init(_ workers: PostgresWorkers, _ session: PostgresSession) {
            self.workers = workers
            self.session = session
        }
    }

    private static let key = "shopchat.postgres.worker"

    /// This thread's session, if it is one of these workers.
    private var ownSession: PostgresSession? {
        guard let mark = Thread.current.threadDictionary[Self.key] as? Mark, mark.workers === self else { return nil }
        return mark.session
    }

    /// This thread's session if it is one of these workers and no transaction is open on it: a
    /// call from a completion runs there; a call from inside a transaction gets a connection of
    /// its own (its BEGIN and COMMIT would otherwise end the transaction around it).
    private var idleOwnSession: PostgresSession? {
        ownSession.flatMap { $0.state.inTransaction ? nil : $0 }
    }

    init(connections: [PostgresConnection], group: MultiThreadedEventLoopGroup, logger: Logger) {
        self.group = group
        running = connections.count
        for (index, connection) in connections.enumerated() {
            let session = PostgresSession(connection: connection, logger: logger)
            let thread = Thread { [self] in work(session) }
            thread.name = "shopchat.postgres.\(index)"
            thread.start()
        }
    }

    /// Runs `job` on the next free worker, with its connection.
    func submit(_ job: @escaping (PostgresSession) -> Void) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Runs `body` on a worker's connection and waits for it: at once on this thread if it is a
    /// worker's, else on the next free worker. For synchronous callers (commands, tests, import).
    func run<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        if let session = idleOwnSession { return try body(session) }
        return try withoutActuallyEscaping(body) { body in
            // The job holds the body through a box emptied before returning: the worker may
            // still hold the job (not the body) a moment after signalling.
            let lent = Lent(body)
            var outcome: Result<T, any Error>?
            let finished = DispatchSemaphore(value: 0)
            submit { session in
                outcome = Result { try lent.body!(session) }
                finished.signal()
            }
            finished.wait()
            lent.body = nil
            return try outcome!.get()
        }
    }

    private final class Lent<T> {
        var body: ((PostgresSession) throws -> T)?

        init(_ body: @escaping (PostgresSession) throws -> T) {
            self.body = body
        }
    }

    private func work(_ session: PostgresSession) {
        Thread.current.threadDictionary[Self.key] = Mark(self, session)
        while let job = next() { job(session) }
        Thread.current.threadDictionary[Self.key] = nil
        try? session.connection.close().wait()
        condition.lock()
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    private func next() -> ((PostgresSession) -> Void)? {
        condition.lock()
        defer { condition.unlock() }
        while head == jobs.count && !stopping { condition.wait() }
        guard head < jobs.count else { return nil }
        let job = jobs[head]
        jobs[head] = nil
        head += 1
        // Drops what was run now and then, not at every job, so a queue costs O(1) per job.
        if head > 256, head * 2 > jobs.count {
            jobs.removeFirst(head)
            head = 0
        }
        return job
    }

    /// Runs what was queued, closes the connections and ends the threads; waits for them unless
    /// called from one of them (the store's last owner let go inside a job).
    func finish() {
        condition.lock()
        stopping = true
        condition.broadcast()
        guard ownSession == nil else { return condition.unlock() }
        while running > 0 { condition.wait() }
        condition.unlock()
        try? group.syncShutdownGracefully()
    }
}

/// What a worker's connection is doing, read and written only by that worker's thread.
final class ConnectionState: @unchecked Sendable {
    // @unchecked: handed to its worker's thread when it starts; only that thread touches it after.
    var inTransaction = false
    /// Running an optimistic turn: statements on their own, and only reads (`PostgresStore.optimistic`).
    var optimistic = false
    /// Running an own-rows transaction's body: writes only to the user's own tables
    /// (`TransactionMode.ownRows`).
    private(set) var ownRowsOnly = false

    /// Runs `body` with ``ownRowsOnly`` as `ownRows`, and without it after.
    func writingOwnRows<T>(_ ownRows: Bool, _ body: () throws -> T) rethrows -> T {
        ownRowsOnly = ownRows
        defer { ownRowsOnly = false }
        return try body()
    }
    let prepared = PreparedStatements()
}
