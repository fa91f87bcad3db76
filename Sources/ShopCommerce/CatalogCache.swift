import Synchronization

/// Values read from the store that change only with an import, kept in the process for the
/// catalog version they were read at: an import moves the version, and a turn reads the version
/// with its first statement (`Commerce.openTurn`), so nothing kept here outlives the catalog it
/// describes, whichever process imported.
final class CatalogCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entries {
        var catalog: String = ""
        var version: Int64 = 0
        var values: [Key: Value] = [:]
    }

    private let entries = Mutex(Entries())
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The values known of `keys` in that catalog version.
    func values(of keys: [Key], catalog: (id: String, version: Int64)) -> [Key: Value] {
        entries.withLock { entries in
            guard entries.catalog == catalog.id, entries.version == catalog.version else { return [:] }
            var known: [Key: Value] = [:]
            for key in keys { known[key] = entries.values[key] }
            return known
        }
    }

    func remember(_ found: [Key: Value], catalog: (id: String, version: Int64)) {
        entries.withLock { entries in
            // Another version, or full: start over (a full cache is refilled by what repeats).
            if entries.catalog != catalog.id || entries.version != catalog.version || entries.values.count >= capacity {
                entries = Entries(catalog: catalog.id, version: catalog.version)
            }
            entries.values.merge(found) { _, new in new }
        }
    }
}

extension Commerce {
    /// How many products hold each term: a search on PostgreSQL plans by its words' counts (a
    /// round trip each turn before), and the same few thousand words make most searches.
    static let termCounts = CatalogCache<String, Int64>(capacity: 200_000)
    /// The categories' Chinese names (`categoryNamesZh`): two statements for every Chinese
    /// reply that lists products, before.
    static let categoryNames = CatalogCache<String, [String: String]>(capacity: 1)
}
