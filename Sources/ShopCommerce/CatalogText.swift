import Foundation

/// The catalog's search text held in memory, for matching words against every product.
///
/// Why not SQL: the catalog is small and its text changes only on import, while searches come
/// every few turns; SQLite's FTS5 trigram index spent ~200 µs per query on the demo catalog,
/// a byte scan here takes a few. Stock, prices and ranks still come from the database.
public struct CatalogText: Sendable {
    private var entries: [(sku: String, text: [UInt8])] = []

    /// Built from rows with `sku` and `search_text` (already lower-cased).
    init(rows: [SQLRow]) {
        entries = rows.map { ($0.string("sku"), Array($0.string("search_text").utf8)) }
    }

    /// SKUs whose text has every term (`all`) or any term, each a lower-cased substring.
    func skus(matching terms: [String], all: Bool) -> [String] {
        let needles = terms.map { Array($0.utf8) }.filter { !$0.isEmpty }
        guard !needles.isEmpty else { return [] }
        return entries.compactMap { entry in
            let found = needles.lazy.map { Self.contains(entry.text, $0) }
            return (all ? found.allSatisfy { $0 } : found.contains(true)) ? entry.sku : nil
        }
    }

    /// Substring search on UTF-8 bytes; UTF-8 never matches across a character boundary.
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                guard let first = pin.first, pin.count <= hay.count else { return false }
                var start = 0
                while start <= hay.count - pin.count {
                    if hay[start] == first {
                        var matched = 1
                        while matched < pin.count && hay[start + matched] == pin[matched] { matched += 1 }
                        if matched == pin.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}

/// The last built ``CatalogText`` of one store, shared by its transactions. It is keyed by the
/// catalog version the store records on every import, so any process that imports makes every
/// other one rebuild, and an import rolled back leaves a version nobody will ask for.
public final class CatalogTextCache: @unchecked Sendable {
    private let lock = NSLock()
    private var version: String?
    private var text: CatalogText?

    public init() {}

    func text(for version: String) -> CatalogText? {
        lock.lock()
        defer { lock.unlock() }
        return version == self.version ? text : nil
    }

    func store(_ text: CatalogText, for version: String) {
        lock.lock()
        defer { lock.unlock() }
        self.version = version
        self.text = text
    }
}
