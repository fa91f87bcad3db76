import Synchronization

/// How many products hold each term, as the store counted them for one catalog version: they
/// change only with an import, which moves the version, and a turn reads the version with its
/// first statement (`Commerce.openTurn`). A search on PostgreSQL plans by its words' counts, a
/// round trip each turn before; the same few thousand words make most searches.
final class TermCountCache: Sendable {
    private struct Counts {
        var catalog: String = ""
        var version: Int64 = 0
        var products: [String: Int64] = [:]
    }

    private let counts = Mutex(Counts())
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// One per process: a catalog's identity and version name what the counts are of.
    static let shared = TermCountCache(capacity: 200_000)

    /// The counts known of `terms` in that catalog version.
    func counts(of terms: [String], catalog: (id: String, version: Int64)) -> [String: Int64] {
        counts.withLock { counts in
            guard counts.catalog == catalog.id, counts.version == catalog.version else { return [:] }
            var known: [String: Int64] = [:]
            for term in terms { known[term] = counts.products[term] }
            return known
        }
    }

    func remember(_ found: [String: Int64], catalog: (id: String, version: Int64)) {
        counts.withLock { counts in
            // Another version, or full: start over (a full cache is refilled by the words that repeat).
            if counts.catalog != catalog.id || counts.version != catalog.version || counts.products.count >= capacity {
                counts = Counts(catalog: catalog.id, version: catalog.version)
            }
            counts.products.merge(found) { _, new in new }
        }
    }
}
