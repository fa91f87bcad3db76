#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The catalog's search text held in memory, for matching words against every product.
///
/// Why not SQL: the catalog is small and its text changes only on import, while searches come
/// every few turns; SQLite's FTS5 trigram index spent ~200 µs per query on the demo catalog,
/// a `memchr` scan of all the text here takes a few. Stock, prices and ranks still come from the
/// database.
public struct CatalogText: Sendable {
    /// Every product's lower-cased search text, one after another, each followed by a NUL.
    private let bytes: [UInt8]
    /// Where each product's text starts in `bytes`, ascending.
    private let starts: [Int]
    private let skus: [String]
    /// Products found per word so far: shoppers search the same words again and again.
    private let remembered = RememberedMatches()

    /// Built from rows with `sku` and `search_text` (already lower-cased).
    init(rows: [SQLRow]) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        for row in rows {
            starts.append(bytes.count)
            bytes += row.string("search_text").utf8.filter { $0 != 0 }
            bytes.append(0)
        }
        self.bytes = bytes
        self.starts = starts
        self.skus = rows.map { $0.string("sku") }
    }

    /// SKUs whose text has every term (`all`) or any term, each a lower-cased substring.
    func skus(matching terms: [String], all: Bool) -> [String] {
        let needles = terms.map { Array($0.utf8) }.filter { !$0.isEmpty && !$0.contains(0) }
        guard !needles.isEmpty else { return [] }
        var hits = [Int](repeating: 0, count: skus.count)
        for needle in needles {
            for entry in remembered.entries(containing: needle, else: { entries(containing: needle) }) { hits[entry] += 1 }
        }
        return hits.indices.compactMap { index in
            (all ? hits[index] == needles.count : hits[index] > 0) ? skus[index] : nil
        }
    }

    /// Indices of the products whose text contains `needle`, each once. UTF-8 never matches
    /// across a character boundary, and the NUL between texts keeps a match inside one text.
    private func entries(containing needle: [UInt8]) -> [Int] {
        var found: [Int] = []
        bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                guard let base = hay.baseAddress, let pinBase = pin.baseAddress else { return }
                var offset = 0
                while offset + pin.count <= hay.count,
                    let hit = memchr(base + offset, Int32(pin[0]), hay.count - pin.count + 1 - offset)
                {
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    guard memcmp(base + at, pinBase, pin.count) == 0 else {
                        offset = at + 1
                        continue
                    }
                    let entry = entry(at: at)
                    found.append(entry)
                    // Once is enough: go on from the next product's text.
                    offset = entry + 1 < starts.count ? starts[entry + 1] : hay.count
                }
            }
        }
        return found
    }

    /// The product whose text holds byte `offset`.
    private func entry(at offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

/// What a ``CatalogText`` found for each word, up to a few thousand words (then it starts over:
/// simpler than evicting, and rare).
private final class RememberedMatches: @unchecked Sendable {
    private static let capacity = 4_096
    private let lock = NSLock()
    // Guarded by `lock`.
    private var found: [[UInt8]: [Int]] = [:]

    func entries(containing needle: [UInt8], else find: () -> [Int]) -> [Int] {
        lock.lock()
        let known = found[needle]
        lock.unlock()
        if let known { return known }
        let entries = find()
        lock.lock()
        if found.count >= Self.capacity { found.removeAll(keepingCapacity: true) }
        found[needle] = entries
        lock.unlock()
        return entries
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
