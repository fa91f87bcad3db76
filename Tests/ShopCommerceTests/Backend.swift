import Foundation
import ShopChat
import Testing

/// The stores the conformance suite runs against: SQLite always, PostgreSQL when
/// `SHOPCHAT_TEST_POSTGRES` names a server (scripts/test starts one).
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    static var all: [Backend] {
        ProcessInfo.processInfo.environment["SHOPCHAT_TEST_POSTGRES"] == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    var testDescription: String { rawValue }

    /// A fresh, empty store: a temp SQLite file, or a new PostgreSQL database.
    func freshStore() throws -> (any ShopDatabase, reopen: () throws -> any ShopDatabase) {
        switch self {
        case .sqlite:
            let path = StoreFixture.temporaryPath()
            return (try SQLiteDatabase(path: path), { try SQLiteDatabase(path: path) })
        case .postgres:
            let admin = ProcessInfo.processInfo.environment["SHOPCHAT_TEST_POSTGRES"]!
            let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            let store = try PostgresStore(url: admin, size: 1)
            try store.createDatabase(name)
            var components = URLComponents(string: admin)!
            components.path = "/" + name
            let url = components.string!
            return (try PostgresStore(url: url, size: 2), { try PostgresStore(url: url, size: 2) })
        }
    }
}
