import Foundation
import ShopCommerce
import ShopIntents

/// How far an import has come, for a progress bar.
public struct ImportProgress: Sendable {
    /// Good rows read so far.
    public var rows: Int
    public var bytesRead: Int64
    public var fileSize: Int64
}

extension Conversation {
    /// Imports a catalog file, all or nothing; relative paths are read from `baseDirectory`. The
    /// answer is in `lang`, by default the conversation's ``defaultLanguage``.
    ///
    /// CSV is read and written a chunk at a time inside one transaction, so memory does not grow
    /// with the file (a bad row anywhere rolls it all back); `progress` hears after each chunk.
    /// JSON is one document, read whole, up to `largestJSONCatalog`.
    public func importCatalog(path: String, lang: Language? = nil, progress: ((ImportProgress) -> Void)? = nil) throws -> String {
        let lang = lang ?? defaultLanguage
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: baseDirectory).appendingPathComponent(path)
        // One import at a time in a process: two would only wait for each other's transaction.
        Self.importLock.lock()
        defer { Self.importLock.unlock() }
        // One answer for a missing file, a directory, an unreadable or oversized one: the reply
        // must not tell whether a path exists.
        let refused = CommandText.importRefused.text(lang)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let size = (attributes[.size] as? NSNumber)?.int64Value, size <= Self.largestCatalog,
            let handle = FileHandle(forReadingAtPath: url.path)
        else { return refused }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: Self.chunk) ?? Data() else { return refused }
        let now = clock.now()
        let counts: CatalogImporter.Counts
        do {
            if Self.isJSON(head) {
                guard size <= Self.largestJSONCatalog, let rest = try? handle.readToEnd() ?? Data(),
                    let text = String(validatingUTF8: head + rest)
                else { return refused }
                let products = try CatalogImport.parse(text)
                counts = try database.write { tx in
                    var importer = try CatalogImporter(Commerce(tx, now: now))
                    for product in products { try importer.add(product) }
                    return try importer.finish()
                }
            } else {
                counts = try database.write { tx in
                    // A transaction run again after a conflict (PostgreSQL) reads the file again
                    // from the start: it once went on from where the failed one stopped, and
                    // committed only the first chunk.
                    try handle.seek(toOffset: UInt64(head.count))
                    var importer = try CatalogImporter(Commerce(tx, now: now))
                    var estimated = false
                    try CatalogPipeline.read(handle, head: head, chunkSize: Self.chunk) { rows, read in
                        if !estimated, read.rows > 0, read.bytesRead > 0 {
                            estimated = true
                            let (rows, overflow) = Int64(read.rows).multipliedReportingOverflow(by: size)
                            if !overflow { try importer.expect(rows: rows / read.bytesRead) }
                        }
                        for row in rows { try importer.add(row.product, nameTerms: row.nameTerms, moreTerms: row.moreTerms) }
                        progress?(ImportProgress(rows: read.rows, bytesRead: read.bytesRead, fileSize: size))
                    }
                    return try importer.finish()
                }
            }
        } catch CatalogImport.Failure.unreadable {
            // Not a catalog at all (no header, not JSON): answered as a missing file is, so the
            // reply tells nothing about what is at that path.
            return refused
        } catch let failure as CatalogImport.Failure {
            throw CommerceError.catalog(failure)
        }
        if counts.added + counts.updated > 0 { try refreshLexicon() }
        // Measured: after 1,000,000 rows the next start took 1 s folding the log in, 0.2 s after this.
        if counts.added + counts.updated >= 10_000 { try? database.settle() }
        return CommandText.imported(count: counts.total, path: path, added: counts.added, updated: counts.updated).text(lang)
    }

    /// Whether the file starts (after spaces and a byte-order mark) with `[`.
    static func isJSON(_ head: Data) -> Bool {
        let first = head.drop(while: { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF })
            .first
        return first == UInt8(ascii: "[")
    }

    /// Catalog files above these are refused before they are read (PROTOCOL.md §1).
    static let largestCatalog: Int64 = 16 * 1024 * 1024 * 1024
    static let largestJSONCatalog: Int64 = 256 * 1024 * 1024
    /// Bytes read at a time.
    static let chunk = 1 << 20
    private static let importLock = NSLock()
}
