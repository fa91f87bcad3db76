import Foundation
import ShopChat

/// A fresh SQLite store (in memory, or a temp file) with a few known products of our own, so
/// tests don't depend on the demo catalog's contents.
struct StoreFixture {
    let database: any ShopDatabase
    /// Opens a second, independent connection to the same store (another process, in effect).
    let reopen: () throws -> any ShopDatabase
    let now = ClockArgument.date("2026-01-01T09:00:00+08:00")!

    static let products = [
        Product(
            sku: "T1", name: "Test Rice Cooker", nameZh: "测试电饭煲", brand: "Midea", category: "kitchen", store: "midea", price: 19_900,
            stock: 5, rating: 4.8, tags: ["deal"]),
        Product(
            sku: "T2", name: "Test Socks", nameZh: "测试袜子", brand: "Uniqlo", category: "clothing", store: "uniqlo", price: 3_990, stock: 2,
            rating: 4.2),
        Product(
            sku: "T3", name: "Test Phone", nameZh: "测试手机", brand: "Xiaomi", category: "phones", store: "xiaomi", price: 159_900, stock: 0,
            rating: 4.9),
    ]

    init(_ backend: Backend = .sqlite) throws {
        (database, reopen) = try backend.freshStore()
        let now = now
        try database.write { tx in _ = try Commerce(tx, now: now).importProducts(Self.products) }
    }

    func write<T>(_ body: (Commerce) throws -> T) throws -> T {
        let now = now
        return try database.write { tx in try body(Commerce(tx, now: now)) }
    }

    static func temporaryPath() -> String {
        TestFiles.path("store", suffix: ".sqlite")
    }
}
