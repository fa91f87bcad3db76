import Foundation
import GRDB
import ShopCommerce

/// The embedded store: SQLite through GRDB, WAL mode for files. Each `write` is atomic on its
/// own; concurrent ones share a commit (see ``GroupCommit``).
public final class SQLiteDatabase: ShopDatabase {
    private let writer: any DatabaseWriter
    private let commits: GroupCommit
    private let catalogText = CatalogTextCache()

    /// Opens (creating if needed) the database at `path`, or an in-memory one for `:memory:`,
    /// and brings its schema up to date.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        if path == ":memory:" {
            writer = try DatabaseQueue(configuration: configuration)
        } else {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            configuration.prepareDatabase { db in
                // NORMAL is durable across a process crash in WAL mode; only power loss can drop
                // the last commits, and never half of one.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            writer = try DatabasePool(path: path, configuration: configuration)
        }
        try SQLiteSchema.migrator.migrate(writer)
        commits = GroupCommit(writer: writer)
    }

    /// How the writer has been used since the store opened (`shopchat bench` prints it).
    public var commitStatistics: CommitStatistics { commits.statistics }

    /// Starts measuring the longest commit afresh.
    public func resetLongestCommit() { commits.resetLongest() }

    public func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try commits.write { db in try body(GRDBSession(db: db, catalogTextCache: catalogText)) }
    }

    public func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try writer.read { db in try body(GRDBSession(db: db, catalogTextCache: catalogText)) }
    }
}

/// A GRDB connection inside a transaction, seen through the commerce engine's seam.
struct GRDBSession: SQLSession {
    let db: Database
    let catalogTextCache: CatalogTextCache?
    var dialect: SQLDialect { .sqlite }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(arguments.map { $0.databaseValue }))
    }

    func query(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] {
        let statement = try db.cachedStatement(sql: sql)
        let columns = statement.columnNames
        let rows = try Row.fetchCursor(statement, arguments: StatementArguments(arguments.map { $0.databaseValue }))
        var result: [SQLRow] = []
        while let row = try rows.next() {
            result.append(SQLRow(columns: columns, values: (0..<columns.count).map { SQLValue(row[$0] as DatabaseValue) }))
        }
        return result
    }
}

extension SQLValue {
    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .int(let value): value.databaseValue
        case .double(let value): value.databaseValue
        case .text(let value): value.databaseValue
        }
    }

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let int): self = .int(int)
        case .double(let double): self = .double(double)
        case .string(let string): self = .text(string)
        case .blob(let data): self = .text(String(decoding: data, as: UTF8.self))
        }
    }
}
