import Foundation

/// Counts an import's term changes (``TermTally``) on a thread of its own: the import's thread
/// hands each batch's terms over and goes on writing, so on two cores the counting overlaps
/// the store's work rather than adding to the import's time.
final class TermCounter {
    /// Terms of several products, each with how many more products now hold them (+1, -1).
    typealias Batch = [(texts: [String], step: Int64)]

    private enum Message: Sendable {
        case batch(Batch)
        case end
    }

    /// Up to 128 batches (about 45 MB of terms) wait: the counting may lag while the store
    /// writes and catch up while it builds its indexes, when the client has nothing else to do.
    private let queue = BoundedQueue<Message>(capacity: 128)
    /// The counting thread's one answer, the changes in order.
    private let answer = BoundedQueue<TermChanges>(capacity: 1)

    init() {
        let queue = queue
        let answer = answer
        let thread = Thread {
            // Below the threads that read the file and feed the store (on Linux a thread's
            // own niceness): counting is what can wait.
            #if os(Linux)
                _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
            #endif
            var tally = TermTally()
            while case .batch(let batch) = queue.take() {
                for entry in batch { tally.add(entry.texts, by: entry.step) }
            }
            _ = answer.put(tally.changes)
        }
        thread.start()
    }

    /// Hands `batch` over (waiting while 128 batches wait to be counted).
    func add(_ batch: Batch) {
        guard !batch.isEmpty else { return }
        _ = queue.put(.batch(batch))
    }

    private var closed = false
    private var changes: TermChanges?

    /// Nothing more comes: the thread finishes counting and puts the changes in order while the
    /// caller goes on (an import builds its indexes meanwhile).
    func close() {
        guard !closed else { return }
        closed = true
        _ = queue.put(.end)
    }

    /// Waits for everything handed over to be counted, and returns the changes.
    func finish() -> TermChanges {
        close()
        if changes == nil { changes = answer.take() }
        return changes!
    }

    deinit {
        // An import that failed never finished: the thread is told to stop all the same.
        close()
    }
}
