import Foundation
import ShopChat

/// Stores of their own for tests that start `shopchat serve` processes on them.
enum ScratchDatabase {
    /// The server `scripts/test` starts, if any.
    static var postgresServer: String? { ProcessInfo.processInfo.environment["SHOPCHAT_TEST_POSTGRES"] }

    /// A new, empty PostgreSQL database on that server; its URL.
    static func postgres() throws -> String {
        guard let admin = postgresServer else { throw CocoaError(.featureUnsupported) }
        let name = "serve_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try PostgresStore(url: admin, size: 1).createDatabase(name)
        var components = URLComponents(string: admin)!
        components.path = "/" + name
        return components.string!
    }

    /// A path for a new SQLite file.
    static func sqlite() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("shopchat-\(UUID().uuidString).sqlite").path
    }

    static func open(_ location: String) throws -> any ShopDatabase {
        location.hasPrefix("postgres") ? try PostgresStore(url: location, size: 1) : try SQLiteDatabase(path: location)
    }
}
