import Synchronization

/// The statement texts a store keeps prepared (or translated): the first `capacity` distinct
/// ones it meets. The engine runs a few hundred fixed texts; a text past the bound (a gateway's
/// own SQL, a filter combination never met before) is prepared and dropped each time it runs
/// rather than growing a cache without end.
final class StatementTexts: Sendable {
    let capacity: Int
    private let admitted = Mutex<Set<String>>([])

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Whether `sql` is, or now becomes, one of the kept texts.
    func admits(_ sql: String) -> Bool {
        admitted.withLock { admitted in
            if admitted.contains(sql) { return true }
            guard admitted.count < capacity else { return false }
            admitted.insert(sql)
            return true
        }
    }
}
