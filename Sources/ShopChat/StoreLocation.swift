import Foundation

/// Where the store lives: `--db PATH`, `--db :memory:`, or the default file under
/// `$XDG_DATA_HOME/shopchat/`.
public enum StoreLocation: Sendable, Equatable {
    case memory
    case sqlite(path: String)
    case postgres(url: String)

    public init(_ argument: String?, environment: [String: String] = ProcessInfo.processInfo.environment) {
        switch argument {
        case ":memory:"?: self = .memory
        case let url? where url.hasPrefix("postgres://") || url.hasPrefix("postgresql://"): self = .postgres(url: url)
        case let path? where !path.isEmpty: self = .sqlite(path: path)
        default: self = .sqlite(path: Self.defaultPath(environment: environment))
        }
    }

    public static func defaultPath(environment: [String: String]) -> String {
        let base =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return base + "/shopchat/shop.sqlite"
    }

    /// Opens the database, creating and migrating it if needed.
    public func open() throws -> any ShopDatabase {
        switch self {
        case .memory: try SQLiteDatabase(path: ":memory:")
        case .sqlite(let path): try SQLiteDatabase(path: path)
        case .postgres(let url): try PostgresStore(url: url)
        }
    }
}
