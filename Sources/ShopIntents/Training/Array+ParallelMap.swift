import Dispatch
import Synchronization

/// Runs `first` and `second` at the same time and returns both results.
func inParallel<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let results = Mutex<(A?, B?)>((nil, nil))
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 {
            let value = first()
            results.withLock { $0.0 = value }
        } else {
            let value = second()
            results.withLock { $0.1 = value }
        }
    }
    return results.withLock { ($0.0!, $0.1!) }
}

extension Array where Element: Sendable {
    /// `map` on two threads: training reads thousands of phrases at start-up, and the machines
    /// this runs on have at least two cores. Each half is mapped on its own; the lock is taken
    /// once per half, to hand its result over.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count >= 64 else { return map(transform) }
        let middle = count / 2
        let halves = Mutex<([T], [T])>(([], []))
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            let part = (half == 0 ? self[..<middle] : self[middle...]).map(transform)
            halves.withLock { if half == 0 { $0.0 = part } else { $0.1 = part } }
        }
        return halves.withLock { $0.0 + $0.1 }
    }
}
