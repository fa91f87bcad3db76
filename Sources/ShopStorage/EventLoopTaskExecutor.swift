import NIOCore

/// Runs tasks on one of the store's event loops rather than on Swift's shared cooperative threads.
/// Why: synchronous callers (commands, tests, imports) block cooperative threads while they wait
/// for the store, and with both of this machine's taken, the pool could not lend a connection:
/// every worker waited for a task that never ran (seen in the test suite).
final class EventLoopTaskExecutor: TaskExecutor {
    private let eventLoop: any EventLoop

    init(_ eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
