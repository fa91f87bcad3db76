import Foundation
import Synchronization

/// Runs dialog files the way `shopchat test` does: each on a fresh in-memory store with
/// `--seed 1 --clock 2026-01-01T09:00:00+08:00`.
public struct DialogSuite {
    public static let defaultClock = "2026-01-01T09:00:00+08:00"

    /// Whether replies are checked for their language too (`shopchat test --check-language`).
    public var checksLanguage: Bool
    /// A PostgreSQL server to replay on instead of SQLite in memory (`shopchat test --postgres
    /// URL`): each dialog gets a database of its own there, dropped by ``dropDatabases()``.
    public var postgres: String?
    private let created = Created()

    public init(checksLanguage: Bool = false, postgres: String? = nil) {
        self.checksLanguage = checksLanguage
        self.postgres = postgres
    }

    public var runner: DialogRunner {
        DialogRunner(
            makeConversation: { [postgres, created] directory in
                try Conversation(
                    database: postgres.map { try created.store(on: $0) } ?? SQLiteDatabase(path: ":memory:"), user: "guest",
                    clock: .fixed(ClockArgument.date(Self.defaultClock)!), seed: 1, baseDirectory: directory)
            }, checksLanguage: checksLanguage)
    }

    /// Drops the databases the dialogs were replayed in.
    public func dropDatabases() throws {
        guard let postgres else { return }
        let admin = try PostgresStore(url: postgres, size: 1)
        for name in created.names.withLock({ $0 }) { try admin.dropDatabase(name) }
    }

    /// The databases made for dialogs so far (one per dialog, on the `postgres` server).
    private final class Created: Sendable {
        let names = Mutex<[String]>([])

        func store(on server: String) throws -> PostgresStore {
            let name = "dialog_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try PostgresStore(url: server, size: 1).createDatabase(name)
            names.withLock { $0.append(name) }
            guard var components = URLComponents(string: server) else { throw PostgresStore.Failure.badURL(server) }
            components.path = "/" + name
            return try PostgresStore(url: components.string ?? server, size: 2)
        }
    }

    /// The `.dialog` files named by `paths` (files, or folders searched recursively), sorted.
    public static func files(in paths: [String]) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                files.append(path)
                continue
            }
            if isDirectory.boolValue {
                let enumerator = FileManager.default.enumerator(atPath: path)
                while let entry = enumerator?.nextObject() as? String {
                    if entry.hasSuffix(".dialog") { files.append((path as NSString).appendingPathComponent(entry)) }
                }
            } else {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
