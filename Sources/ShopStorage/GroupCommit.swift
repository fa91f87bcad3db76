import Foundation
import GRDB

/// Group commit for SQLite's single writer. A write that finds the writer free runs at once on
/// its caller's thread; writes that arrive while one commits wait, and a thread of the store's own
/// then runs them together in one SQLite transaction, each in its own savepoint, and commits once.
/// A failed body rolls back only its savepoint; a failed commit fails every body of the batch. A
/// caller hears of its outcome only after its batch is committed, so a reply still means
/// "committed"; it is called back (`submit`), so that a server need not keep a blocked thread
/// per turn in flight.
///
/// Why: with WAL, beginning and committing a transaction (file locks, WAL frames) cost about as
/// much as a short conversation turn; under many concurrent turns, paying that once per batch
/// instead of once per turn, on a thread that never has to be handed the writer, is what lets the
/// single writer keep up.
final class GroupCommit: @unchecked Sendable {
    private let writer: any DatabaseWriter
    private let queue: Queue

    /// `checkpointer`, if any, gets a moment between transactions to finish its checkpoints.
    init(writer: any DatabaseWriter, checkpointer: Checkpointer? = nil) {
        self.writer = writer
        queue = Queue(checkpointer: checkpointer)
        let thread = Thread { [queue] in queue.serve(writer) }
        thread.name = "shopchat.commit"
        thread.start()
    }

    deinit {
        queue.stop()
    }

    /// Transactions committed, writes they held, and time spent in them, since the store opened.
    var statistics: CommitStatistics { queue.statistics }

    func resetLongest() { queue.resetLongest() }

    /// Runs `body` inside a transaction shared with whichever other bodies are waiting, and hands
    /// the outcome to `completion` once that transaction is committed (or failed). A writer found
    /// free runs it at once on this thread, completion included; otherwise this returns at once,
    /// and the store's commit thread runs both later. So `completion` must be quick and must not
    /// write to the store itself: the commit thread would wait for itself.
    func submit<T>(_ body: @escaping (Database) throws -> T, completion: @escaping (Result<T, any Error>) -> Void) {
        let job = Job()
        var result: Result<T, any Error> = .failure(CancellationError())
        job.body = { db, alone in
            do {
                // Alone in its batch, a body needs no savepoint: its error ends the transaction.
                guard !alone else {
                    result = .success(try body(db))
                    return
                }
                try Self.inSavepoint(db) {
                    result = .success(try body(db))
                }
            } catch {
                result = .failure(error)
                job.bodyFailed = true
                if alone { throw error }
            }
        }
        job.completion = {
            if let error = job.commitError, !job.bodyFailed { result = .failure(error) }
            completion(result)
        }
        guard queue.runsAtOnce(job) else { return }
        let started = DispatchTime.now().uptimeNanoseconds
        queue.run([job], on: writer)
        queue.ranAtOnce(writes: 1, nanoseconds: DispatchTime.now().uptimeNanoseconds - started)
        job.complete()
    }

    /// `body` in a savepoint, rolled back if it throws. Unlike GRDB's `inSavepoint`, the
    /// savepoint statements are prepared once per connection, not once per turn.
    private static func inSavepoint(_ db: Database, _ body: () throws -> Void) throws {
        try db.cachedStatement(sql: "SAVEPOINT turn").execute()
        do {
            try body()
        } catch {
            try db.cachedStatement(sql: "ROLLBACK TO SAVEPOINT turn").execute()
            try db.cachedStatement(sql: "RELEASE SAVEPOINT turn").execute()
            throw error
        }
        try db.cachedStatement(sql: "RELEASE SAVEPOINT turn").execute()
    }

    /// The writes waiting for the commit thread.
    private final class Queue: @unchecked Sendable {
        private let condition = NSCondition()
        // Guarded by `condition`.
        private var waiting: [Job] = []
        private var committing = false
        private var stopped = false
        private var counted = CommitStatistics()
        private let checkpointer: Checkpointer?

        init(checkpointer: Checkpointer?) {
            self.checkpointer = checkpointer
        }

        var statistics: CommitStatistics {
            condition.lock()
            defer { condition.unlock() }
            return counted
        }

        func resetLongest() {
            condition.lock()
            counted.longestNanoseconds = 0
            condition.unlock()
        }

        private func count(writes: Int, nanoseconds: UInt64) {
            counted.commits += 1
            counted.writes += writes
            counted.busyNanoseconds += nanoseconds
            counted.longestNanoseconds = max(counted.longestNanoseconds, nanoseconds)
        }

        /// True when the writer is free and nothing waits: the caller runs `job` itself, sparing
        /// a hand-off to the commit thread (a single conversation never waits on another thread).
        /// Otherwise `job` waits for the commit thread.
        func runsAtOnce(_ job: Job) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            if !committing && waiting.isEmpty {
                committing = true
                return true
            }
            waiting.append(job)
            // The commit thread only needs waking when nobody is committing: whoever is will look.
            if !committing { condition.signal() }
            return false
        }

        func ranAtOnce(writes: Int, nanoseconds: UInt64) {
            condition.lock()
            count(writes: writes, nanoseconds: nanoseconds)
            committing = false
            if !waiting.isEmpty { condition.signal() }
            condition.unlock()
        }

        func stop() {
            condition.lock()
            stopped = true
            condition.signal()
            condition.unlock()
        }

        /// The commit thread: takes everything waiting, runs it as one transaction, repeats.
        func serve(_ writer: any DatabaseWriter) {
            while true {
                condition.lock()
                while (waiting.isEmpty || committing) && !stopped { condition.wait() }
                if stopped && waiting.isEmpty {
                    condition.unlock()
                    return
                }
                committing = true
                let batch = waiting
                waiting = []
                condition.unlock()
                let started = DispatchTime.now().uptimeNanoseconds
                run(batch, on: writer)
                let elapsed = DispatchTime.now().uptimeNanoseconds - started
                condition.lock()
                count(writes: batch.count, nanoseconds: elapsed)
                committing = false
                condition.unlock()
                for job in batch { job.complete() }
            }
        }

        func run(_ batch: [Job], on writer: any DatabaseWriter) {
            do {
                try writer.writeWithoutTransaction { db in
                    checkpointer?.finishIfDue(on: db)
                    try db.inTransaction(.immediate) {
                        for job in batch { try job.body?(db, batch.count == 1) }
                        return .commit
                    }
                }
            } catch {
                // Nothing of the batch is on disk: the bodies that succeeded fail after all.
                for job in batch { job.commitError = error }
            }
        }
    }

    /// One body waiting for the writer. Touched by one thread at a time: its submitter, then
    /// (handed over under the queue's lock) the commit thread.
    private final class Job: @unchecked Sendable {
        var body: ((Database, _ alone: Bool) throws -> Void)?
        var completion: (() -> Void)?
        var bodyFailed = false
        var commitError: (any Error)?

        /// Reports the outcome, and lets go of both closures (they hold the caller's state).
        func complete() {
            body = nil
            let completion = self.completion
            self.completion = nil
            completion?()
        }
    }
}
