import Synchronization

/// Recent searches' results, by catalog and catalog version: shoppers repeat searches (the same
/// few thousand queries make most of a shop's traffic), and on a catalog of a million a search
/// costs milliseconds where reading its ten products back costs microseconds. A catalog's
/// version moves with every import that changes it (`CatalogIndexing.recount`), and the version
/// is read from the store on each search, so several processes sharing one store never serve
/// another's stale list. Products are read back fresh: stock and prices are never cached.
public final class SearchCache: Sendable {
    struct Key: Hashable, Sendable {
        var catalog: String
        var version: Int64
        var query: SearchQuery
    }

    private let entries = Mutex<[Key: [String]]>([:])
    private let seen = Mutex<(id: String, version: Int64)?>(nil)

    /// The catalog and version a search here read last: a list cached under them is read back
    /// with a check that they still stand, in the same statement (`Commerce.search`).
    var lastSeen: (id: String, version: Int64)? {
        get { seen.withLock { $0 } }
        set { seen.withLock { $0 = newValue } }
    }
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// One per process: keys name their catalog, so stores opened side by side never mix.
    static let shared = SearchCache(capacity: 10_000)

    func skus(for key: Key) -> [String]? {
        entries.withLock { $0[key] }
    }

    func remember(_ skus: [String], for key: Key) {
        entries.withLock { entries in
            // Full: start over. Simpler than an LRU, and a full cache is refilled by the very
            // searches that repeat.
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = skus
        }
    }
}
