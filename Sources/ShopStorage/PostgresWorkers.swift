import Foundation
import Logging
import NIOConcurrencyHelpers
import PostgresNIO

/// Threads of the store's own that run transactions from one queue, oldest first, each on a
/// connection lent by a `PostgresClient` (the pool: it connects, backs off while the server is
/// away, and replaces connections that closed). Why threads: the engine's use cases are
/// synchronous and wait on each statement; here they wait on a thread made for it, so a
/// server's event loops and Swift's cooperative threads never block on PostgreSQL. Why a
/// connection kept by each thread: a job finds it already in hand; it goes back to the pool
/// only when it closed (a server restart, an administrator's kill) and a new one is borrowed.
final class PostgresWorkers: @unchecked Sendable {
    // @unchecked: `jobs`, `head`, `stopping` and `running` are only touched under `condition`;
    // each lease is used by its own thread only.
    private let condition = NSCondition()
    private var jobs: [((Result<PostgresSession, any Error>) -> Void)?] = []
    private var head = 0
    private var stopping = false
    private var running: Int
    private let client: PostgresClient
    private let clientRun: Task<Void, Never>
    private let group: MultiThreadedEventLoopGroup
    /// Where the pool's tasks run (``EventLoopTaskExecutor``).
    private let executor: EventLoopTaskExecutor
    private let logger: Logger

    /// How long a job waits for a connection before it fails: the server is away.
    static let leaseDeadline: DispatchTimeInterval = .seconds(10)

    /// Marks a worker's thread with its lease, so that a synchronous call made from inside a
    /// job (a nested read) runs there rather than waiting for itself.
    private final class Mark {
        let workers: PostgresWorkers
        var lease: Lease?

        init(_ workers: PostgresWorkers) {
            self.workers = workers
        }
    }

    private static let key = "shopchat.postgres.worker"

    private var mark: Mark? {
        guard let mark = Thread.current.threadDictionary[Self.key] as? Mark, mark.workers === self else { return nil }
        return mark
    }

    /// This thread's session if it is one of these workers and no transaction is open on it: a
    /// call from a completion runs there; a call from inside a transaction gets a connection of
    /// its own (its BEGIN and COMMIT would otherwise end the transaction around it).
    private var idleOwnSession: PostgresSession? {
        guard let session = mark?.lease?.session, !session.state.inTransaction, !session.connection.isClosed else { return nil }
        return session
    }

    init(client: PostgresClient, threads: Int, group: MultiThreadedEventLoopGroup, logger: Logger) {
        self.client = client
        self.group = group
        self.logger = logger
        running = threads
        let executor = EventLoopTaskExecutor(group.next())
        self.executor = executor
        // Once the pool has closed its connections, their event loop goes too. Not waited for:
        // the store may be let go on a cooperative thread, which closing may need.
        clientRun = Task(executorPreference: executor) {
            await client.run()
            group.shutdownGracefully(queue: .global()) { _ in }
        }
        for index in 0..<threads {
            let thread = Thread { [self] in work() }
            thread.name = "shopchat.postgres.\(index)"
            thread.start()
        }
    }

    /// Runs `job` on the next free worker, with its connection's session, or with why there is
    /// none (the server did not answer within ``leaseDeadline``). `first`: before every job
    /// queued (what turns already done wait for, as ``EventBatches``).
    func submit(first: Bool = false, _ job: @escaping (Result<PostgresSession, any Error>) -> Void) {
        condition.lock()
        if !first {
            jobs.append(job)
        } else if head > 0 {
            head -= 1
            jobs[head] = job
        } else {
            jobs.insert(job, at: 0)
        }
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
                outcome = Result { try lent.body!(session.get()) }
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

    private func work() {
        let mark = Mark(self)
        Thread.current.threadDictionary[Self.key] = mark
        while let job = next() {
            if let lease = mark.lease, lease.session.connection.isClosed {
                lease.giveBack()
                mark.lease = nil
            }
            if mark.lease == nil {
                do {
                    mark.lease = try Lease.borrow(from: client, on: executor, within: Self.leaseDeadline, logger: logger)
                } catch {
                    job(.failure(error))
                    continue
                }
            }
            job(.success(mark.lease!.session))
        }
        mark.lease?.giveBack()
        Thread.current.threadDictionary[Self.key] = nil
        condition.lock()
        running -= 1
        // The last thread to end closes the client, also when the store was let go in a job.
        if running == 0 { clientRun.cancel() }
        condition.broadcast()
        condition.unlock()
    }

    private func next() -> ((Result<PostgresSession, any Error>) -> Void)? {
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

    /// Runs what was queued, gives the connections back, ends the threads and closes the
    /// client; waits for them unless called from one of them (the store's last owner let go
    /// inside a job: the last thread to end closes the client).
    func finish() {
        condition.lock()
        stopping = true
        condition.broadcast()
        guard mark == nil else { return condition.unlock() }
        while running > 0 { condition.wait() }
        condition.unlock()
    }
}
