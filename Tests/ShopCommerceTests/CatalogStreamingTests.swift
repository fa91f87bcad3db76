import Foundation
import ShopChat
import Testing

/// A CSV catalog streamed into the store: any size in bounded memory, all or nothing, unchanged
/// rows untouched, and a large import's index rebuilt in one go — on both stores.
@Suite struct CatalogStreamingTests {
    static let header = "sku,name,name_zh,brand,category,store,price,stock,rating\n"

    static func file(_ rows: [String]) throws -> String {
        let path = TestFiles.path("catalog", suffix: ".csv")
        try (header + rows.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func row(_ index: Int, price: String = "10.00", name: String? = nil, padding: Int = 0) -> String {
        "S\(index),\(name ?? "Widget \(index) Kettle" + String(repeating: " x", count: padding)),水壶\(index)号,Bear,kitchen,bear,\(price),5,4.5"
    }

    func conversation(_ backend: Backend) throws -> (Conversation, any ShopDatabase) {
        let (database, _) = try backend.freshStore()
        return (
            try Conversation(database: database, user: "ops", clock: .fixed(ClockArgument.date("2026-01-01T09:00:00+08:00")!)), database
        )
    }

    func skus(_ database: any ShopDatabase, _ text: String, limit: Int = 10) throws -> [String] {
        try database.read { tx in try Commerce(tx, now: Date()).search(SearchQuery(text: text, limit: limit)).map(\.sku) }
    }

    /// The reader hands out the same records however the bytes are cut: a chunk may end inside
    /// a quoted field, a UTF-8 character or a CRLF.
    @Test func recordsDoNotDependOnWhereChunksEnd() throws {
        let text = "sku,name\r\nP1,\"Pot, \"\"large\"\"\nsecond line\"\r\nP2,电饭煲 5L\n\nP3,x"
        let whole = try CSVReader.records(text)
        for size in [1, 2, 3, 7] {
            var reader = CSVReader()
            var records: [CSVReader.Record] = []
            let bytes = Array(text.utf8)
            for start in stride(from: 0, to: bytes.count, by: size) {
                records += try reader.feed(bytes[start..<min(start + size, bytes.count)])
            }
            records += try reader.finish()
            #expect(records == whole)
        }
        #expect(whole.count == 4)
        #expect(whole[1].fields == ["P1", "Pot, \"large\"\nsecond line"])
        #expect(whole[3].line == 6)
    }

    /// Random text over the bytes that matter: records, and the failure with its line, are the
    /// same a byte at a time (each byte read alone) as in one piece (runs between marks read at once).
    @Test func randomTextReadsTheSameInAnyChunks() {
        let alphabet = Array("ab,\"\r\n 电")
        var random = SeededRandom(seed: 5)
        func read(_ bytes: [UInt8], size: Int) -> Result<[CSVReader.Record], CSVReader.Failure> {
            var reader = CSVReader()
            var records: [CSVReader.Record] = []
            do throws(CSVReader.Failure) {
                for start in stride(from: 0, to: bytes.count, by: size) {
                    records += try reader.feed(bytes[start..<min(start + size, bytes.count)])
                }
                return .success(records + (try reader.finish()))
            } catch {
                return .failure(error)
            }
        }
        for _ in 0..<3_000 {
            let text = String((0..<Int.random(in: 0...40, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let bytes = Array(text.utf8)
            let whole = read(bytes, size: max(bytes.count, 1))
            for size in [1, 5] { #expect(read(bytes, size: size) == whole, "\(text.debugDescription)") }
        }
    }

    /// A field that is not UTF-8 is refused with its line, in a run read at once or a byte at a
    /// time: a lone byte, and a cut four-byte character (its repair is as long as it was).
    @Test(arguments: [[0xFF], [0xF0, 0x9F, 0x98], [0xE7, 0x94]] as [[UInt8]])
    func aFieldNotUTF8IsRefusedWithItsLine(_ bad: [UInt8]) {
        let bytes = Array("sku,name\nP1,ok\nP2,x".utf8) + bad + Array("y\n".utf8)
        for size in [1, bytes.count] {
            var reader = CSVReader()
            #expect(throws: CSVReader.Failure.notUTF8(line: 3)) {
                for start in stride(from: 0, to: bytes.count, by: size) {
                    _ = try reader.feed(bytes[start..<min(start + size, bytes.count)])
                }
                _ = try reader.finish()
            }
        }
    }

    /// A bad row in the last chunk of a file larger than one chunk rolls back every row before it.
    @Test(arguments: Backend.all)
    func aBadRowAtTheEndOfALargeFileChangesNothing(_ backend: Backend) throws {
        let (conversation, database) = try conversation(backend)
        // Long rows: over one read chunk (1 MiB) in 2,500 of them.
        let rows = (0..<2_500).map { Self.row($0, padding: 220) } + ["S-bad,Broken,,,kitchen,bear,free,5,4"]
        #expect(throws: CommerceError.self) { try conversation.importCatalog(path: try Self.file(rows)) }
        #expect(try skus(database, "widget").isEmpty)
        #expect(try database.read { tx in try Commerce(tx, now: Date()).productCount() } == 332)
    }

    /// Past the bulk threshold (lowered here to 200 rows) the index is set aside and rebuilt:
    /// every row is found, and a product added afterwards is indexed one at a time again.
    @Test(arguments: Backend.all)
    func aLargeImportIsSearchableAndLaterImportsAreToo(_ backend: Backend) throws {
        let (database, _) = try backend.freshStore()
        let now = Date()
        let products = (0..<1_000).map { index in
            Product(
                sku: "S\(index)", name: "Widget \(index) Kettle", nameZh: "水壶\(index)号", brand: "Bear", category: "kitchen",
                store: "bear", price: 1_000, stock: 5, rating: 4.5)
        }
        let counts = try database.write { tx in
            var importer = try CatalogImporter(Commerce(tx, now: now), bulkAfter: 200)
            for product in products { try importer.add(product) }
            return try importer.finish()
        }
        #expect(counts.added == 1_000)
        #expect(try skus(database, "widget 999 kettle") == ["S999"])
        #expect(try skus(database, "水壶7号") == ["S7"])
        _ = try database.write { tx in
            try Commerce(tx, now: now).importProducts([
                Product(
                    sku: "S99999", name: "Lonely Teapot", nameZh: "孤独茶壶", brand: "Bear", category: "kitchen", store: "bear", price: 900,
                    stock: 1)
            ])
        }
        #expect(try skus(database, "teapot") == ["S99999"])
        #expect(try skus(database, "茶壶") == ["S99999"])
    }

    /// The progress callback hears about a file read in several chunks.
    @Test func progressIsReported() throws {
        let (conversation, _) = try conversation(.sqlite)
        var calls = 0
        let answer = try conversation.importCatalog(path: try Self.file((0..<2_500).map { Self.row($0, padding: 220) })) { _ in calls += 1 }
        #expect(answer.contains("2500 new"))
        #expect(calls >= 2)
    }

    /// Re-importing the same file writes nothing; a changed row is the one updated, and is
    /// found by its new name, not its old.
    @Test(arguments: Backend.all)
    func aReimportTouchesOnlyChangedRows(_ backend: Backend) throws {
        let (conversation, database) = try conversation(backend)
        let rows = (0..<50).map { Self.row($0) }
        _ = try conversation.importCatalog(path: try Self.file(rows))
        #expect(try conversation.importCatalog(path: try Self.file(rows)).contains("0 new, 0 updated"))
        var changed = rows
        changed[7] = Self.row(7, price: "8.00", name: "Widget 7 Teapot")
        #expect(try conversation.importCatalog(path: try Self.file(changed)).contains("0 new, 1 updated"))
        #expect(try skus(database, "widget 7 teapot") == ["S7"])
        #expect(try !skus(database, "widget kettle", limit: 100).contains("S7"))
    }

    /// A store written before the search columns kept their terms in byte order: re-importing
    /// the same file finds every row unchanged, not updated, and its searches find the same.
    @Test(arguments: Backend.all)
    func termsStoredInAnotherOrderAreUnchanged(_ backend: Backend) throws {
        let (conversation, database) = try conversation(backend)
        let rows = (0..<40).map { Self.row($0) }
        _ = try conversation.importCatalog(path: try Self.file(rows))
        let before = try skus(database, "widget kettle", limit: 50)
        try database.write { tx in
            for row in try tx.query("SELECT sku, search_name, search_other FROM products WHERE sku LIKE 'S%'") {
                let name = try row.string("search_name").split(separator: " ").reversed().joined(separator: " ")
                let other = try row.string("search_other").split(separator: " ").reversed().joined(separator: " ")
                try tx.execute(
                    """
                    UPDATE products SET search_name = \(.text(name)), search_other = \(.text(other)) WHERE sku = \
                    \(.text(try row.string("sku")))
                    """)
            }
        }
        #expect(try conversation.importCatalog(path: try Self.file(rows)).contains("0 new, 0 updated"))
        #expect(try skus(database, "widget kettle", limit: 50) == before)
    }

    /// Whatever a row's text holds is stored as given: PostgreSQL receives each column of a
    /// batch as one array literal, where a quote, a backslash, a comma, a brace or the word NULL
    /// would otherwise split, end or empty a value.
    @Test(arguments: Backend.all)
    func awkwardTextIsStoredAsGiven(_ backend: Backend) throws {
        let (database, _) = try backend.freshStore()
        let now = Date()
        let texts = [
            "He said \"hi\"", "back\\slash \\\"", "NULL", "null", "{a,b}", "a, b", " spaced ", "水壶\"号\"", "'single'",
            "tab\tand\nnewline", "",
        ]
        let products = texts.enumerated().map { index, text in
            Product(
                sku: "Q\(index)", name: "Kettle \(index) " + text, nameZh: text, brand: "Bear", category: "kitchen", store: "bear",
                price: 1_000 + Int64(index), stock: 5, rating: 4.25, description: text)
        }
        let result = try database.write { tx in try Commerce(tx, now: now).importProducts(products) }
        #expect(result == (added: texts.count, updated: 0))
        try database.read { tx in
            let commerce = Commerce(tx, now: now)
            for (index, text) in texts.enumerated() {
                let stored = try commerce.product(sku: "Q\(index)")
                #expect(stored?.name == "Kettle \(index) " + text)
                #expect(stored?.nameZh == text)
                #expect(stored?.description == text)
                #expect(stored?.price == 1_000 + Int64(index))
                #expect(stored?.rating == 4.25)
            }
        }
    }

    /// Rows are tried as new a batch at a time (64 to a statement on SQLite): a batch that mixes new rows, existing ones (changed
    /// and unchanged) and one SKU twice writes what row by row would, and new rows keep the
    /// file's order.
    @Test(arguments: Backend.all)
    func batchesMixingNewAndExistingRowsWriteWhatRowByRowWould(_ backend: Backend) throws {
        let (database, _) = try backend.freshStore()
        let now = Date()
        func product(_ index: Int, price: Int64 = 1_000) -> Product {
            Product(sku: "M\(index)", name: "Mixer \(index)", brand: "Bear", category: "kitchen", store: "bear", price: price, stock: 5)
        }
        let first = try database.write { tx in
            try Commerce(tx, now: now).importProducts((0..<100).filter { $0 % 3 == 0 }.map { product($0) })
        }
        #expect(first == (added: 34, updated: 0))
        // 0..<130: two full batches and a short one; every third exists, M6 changes price, M50 comes twice.
        var rows = (0..<130).map { product($0) }
        rows[6] = product(6, price: 900)
        rows.insert(product(50, price: 777), at: 60)
        let second = try database.write { tx in try Commerce(tx, now: now).importProducts(rows) }
        #expect(second == (added: 96, updated: 2))
        try database.read { tx in
            let commerce = Commerce(tx, now: now)
            #expect(try commerce.product(sku: "M6")?.price == 900)
            #expect(try commerce.product(sku: "M50")?.price == 777)
            let order = try tx.query("SELECT sku FROM products WHERE sku LIKE 'M%' ORDER BY position").map { try $0.string("sku") }
            let existing = (0..<100).filter { $0 % 3 == 0 }.map { "M\($0)" }
            let added = (0..<130).filter { $0 >= 100 || $0 % 3 != 0 }.map { "M\($0)" }
            #expect(order == existing + added)
        }
    }
}
