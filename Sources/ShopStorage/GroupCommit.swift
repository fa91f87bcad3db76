import Foundation
import GRDB

/// Group commit for SQLite's single writer: transactions that arrive while one commit is under
/// way wait, then run together in one SQLite transaction, each in its own savepoint, and commit
/// once. A failed body rolls back only its savepoint; a failed commit fails every body of the
/// batch. Each caller returns only after its batch is committed, so a reply still means "on disk".
///
/// Why: with WAL, beginning and committing a transaction (file locks, WAL frames) cost about as
/// much as a short conversation turn; under many concurrent turns, paying that once per batch
/// instead of once per turn is what lets the single writer keep up.
final class GroupCommit: @unchecked Sendable {
    private let writer: any DatabaseWriter
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var waiting: [Job] = []
    private var committing = false

    init(writer: any DatabaseWriter) {
        self.writer = writer
    }

    /// Runs `body` inside a transaction shared with whichever other bodies are waiting.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        var result: Result<T, any Error> = .failure(CancellationError())
        let job = Job()
        withoutActuallyEscaping(body) { body in
            job.body = { db, alone in
                do {
                    // Alone in its batch, a body needs no savepoint: its error ends the transaction.
                    guard !alone else { return result = .success(try body(db)) }
                    try db.inSavepoint {
                        result = .success(try body(db))
                        return .commit
                    }
                } catch {
                    result = .failure(error)
                    job.bodyFailed = true
                    if alone { throw error }
                }
            }
            enqueueAndWait(job)
        }
        if let error = job.commitError, !job.bodyFailed { throw error }
        return try result.get()
    }

    /// Queues `job`; the first caller to find no commit running runs everything queued.
    private func enqueueAndWait(_ job: Job) {
        condition.lock()
        defer { condition.unlock() }
        waiting.append(job)
        while !job.done {
            if committing {
                condition.wait()
                continue
            }
            committing = true
            let batch = waiting
            waiting = []
            condition.unlock()
            run(batch)
            condition.lock()
            committing = false
            for finished in batch {
                // The body borrows its caller's closure, which must not outlive the call.
                finished.body = nil
                finished.done = true
            }
            condition.broadcast()
        }
    }

    private func run(_ batch: [Job]) {
        do {
            try writer.writeWithoutTransaction { db in
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

    private final class Job {
        var body: ((Database, _ alone: Bool) throws -> Void)?
        var bodyFailed = false
        var commitError: (any Error)?
        var done = false
    }
}
