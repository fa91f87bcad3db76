import Foundation
import ShopChat
import Testing

/// Remembered searches never outlive the catalog they were made on: an import that changes it
/// is seen by the next search, on both stores, and remembered lists read products fresh.
@Suite struct SearchCacheTests {
    func skus(_ database: any ShopDatabase, _ text: String) throws -> [String] {
        try database.read { tx in try Commerce(tx, now: Date()).search(SearchQuery(text: text)).map(\.sku) }
    }

    @Test(arguments: Backend.all)
    func anImportIsSeenByTheNextSearch(_ backend: Backend) throws {
        let (database, _) = try backend.freshStore()
        let conversation = try Conversation(
            database: database, user: "ops", clock: .fixed(ClockArgument.date("2026-01-01T09:00:00+08:00")!))
        let before = try skus(database, "kettle")
        #expect(!before.isEmpty)
        #expect(try skus(database, "kettle") == before)
        // A better-rated kettle: it must come first the next time, not the remembered list.
        _ = try conversation.importCatalog(
            path: try CatalogStreamingTests.file(["K9001,Zenith Kettle 1.2L,天顶电水壶 1.2L,Zenith,kitchen,zenith,59.00,5,5.0"]))
        let after = try skus(database, "kettle")
        #expect(after.first == "K9001")
        #expect(Set(after).isSuperset(of: Set(before.prefix(after.count - 1))))
        // A re-import of the same row changes nothing, and the list stays.
        _ = try conversation.importCatalog(
            path: try CatalogStreamingTests.file(["K9001,Zenith Kettle 1.2L,天顶电水壶 1.2L,Zenith,kitchen,zenith,59.00,5,5.0"]))
        #expect(try skus(database, "kettle") == after)
    }

    @Test(arguments: Backend.all)
    func aRememberedListShowsTodaysStock(_ backend: Backend) throws {
        let (database, _) = try backend.freshStore()
        // The conversation's start fills the store with the demo catalog.
        _ = try Conversation(database: database, user: "ops", clock: .fixed(ClockArgument.date("2026-01-01T09:00:00+08:00")!))
        let stock = { try database.read { tx in try Commerce(tx, now: Date()).search(SearchQuery(text: "kettle")).first?.stock } }
        let first = try #require(try stock())
        let sku = try #require(try skus(database, "kettle").first)
        try database.write { tx in try tx.execute("UPDATE products SET stock = stock - 1 WHERE sku = \(.text(sku))") }
        #expect(try stock() == first - 1)
    }
}
