import Foundation

/// A thread of its own that runs submitted work in order. A server's blocking turns run on a few
/// of these (PostgreSQL's, operator commands): Dispatch on Linux keeps about one pool thread per
/// core, so blocked Dispatch queues would leave the others waiting.
final class WorkerLane: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var work: [@Sendable () -> Void] = []
    private var finishing = false

    init(name: String) {
        let thread = Thread { [self] in drain() }
        thread.name = name
        thread.start()
    }

    /// Runs `job` after everything submitted before it.
    func async(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        work.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Lets the thread end once its queue is empty.
    func finish() {
        condition.lock()
        finishing = true
        condition.signal()
        condition.unlock()
    }

    private func drain() {
        while true {
            condition.lock()
            while work.isEmpty && !finishing { condition.wait() }
            if work.isEmpty {
                condition.unlock()
                return
            }
            let batch = work
            work = []
            condition.unlock()
            for job in batch { job() }
        }
    }
}
