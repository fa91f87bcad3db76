import Foundation
import GRDB
import ShopCommerce

/// The embedded store: SQLite through GRDB, WAL mode for files. Each `write` is atomic on its
/// own; concurrent ones share a commit (see ``GroupCommit``).
public final class SQLiteDatabase: ShopDatabase {
    private let writer: any DatabaseWriter
    private let commits: GroupCommit
    private let checkpointer: Checkpointer?

    /// Opens (creating if needed) the database at `path`, or an in-memory one for `:memory:`,
    /// and brings its schema up to date. `checkpointPages`: log pages that start a background
    /// checkpoint (nil: 8,000, 32 MB; a test may want to see many).
    /// Each connection's page cache, in KiB.
    static let cacheKiB = 32_768

    public init(path: String, checkpointPages: Int32? = nil) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        if path == ":memory:" {
            writer = try DatabaseQueue(configuration: configuration)
            checkpointer = nil
        } else {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            configuration.prepareDatabase { db in
                // NORMAL is durable across a process crash in WAL mode; only power loss can drop
                // the last commits, and never half of one.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // 32 MB of pages per connection (2 MB by default): a large catalog's indexes
                // stay in memory while an import writes them and while searches read them.
                try db.execute(sql: "PRAGMA cache_size = -\(SQLiteDatabase.cacheKiB)")
            }
            writer = try DatabasePool(path: path, configuration: configuration)
            checkpointer = Checkpointer(path: path, threshold: checkpointPages ?? Checkpointer.defaultThreshold)
        }
        try SQLiteSchema.migrator.migrate(writer)
        if let checkpointer { writer.writeWithoutTransaction { checkpointer.attach(to: $0) } }
        commits = GroupCommit(writer: writer, checkpointer: checkpointer)
    }

    deinit {
        guard let checkpointer else { return }
        writer.writeWithoutTransaction { checkpointer.detach(from: $0) }
        checkpointer.stop()
    }

    /// How the writer has been used since the store opened (`shopchat bench` prints it).
    public var commitStatistics: CommitStatistics {
        var statistics = commits.statistics
        if let checkpoints = checkpointer?.statistics { statistics.checkpoints = checkpoints }
        return statistics
    }

    /// Starts measuring the longest commit afresh.
    public func resetLongestCommit() {
        commits.resetLongest()
        checkpointer?.resetLongest()
    }

    /// A blocking write (commands, benchmarks, tests) is GRDB's own: it waits for the writer
    /// as the group commit's thread does, and runs alone in its transaction. Turns that must not
    /// block are batched by ``write(_:then:)``.
    public func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try writer.writeWithoutTransaction { db in
            // As between the group commit's transactions: a checkpoint copied in the background
            // is finished here, so a run of blocking writes (an import) does not grow the log.
            checkpointer?.finishIfDue(on: db)
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(GRDBSession(db: db))
                return .commit
            }
            return result!
        }
    }

    public var queuesWrites: Bool { true }

    /// A commit's file locks and log writes cost about as much as a turn (pipe mode: 12 % of a
    /// scripted session in syscalls), and the single writer never retries.
    public var runsTurnsTogether: Bool { true }

    public func settle() throws {
        // Measured: after an import the background copy was still running, and a checkpoint
        // beside it failed at once (busy), leaving the whole import in the log for the next
        // start to read (0.6 s for a million products).
        try writer.writeWithoutTransaction { db in
            checkpointer?.waitForBackgroundCopy()
            _ = try db.checkpoint(.truncate)
        }
    }

    public func write<T>(_ body: @escaping (any SQLSession) throws -> T, then completion: @escaping (Result<T, any Error>) -> Void) {
        commits.submit({ db in try body(GRDBSession(db: db)) }, completion: completion)
    }

    public func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try writer.read { db in try body(GRDBSession(db: db, readOnly: true)) }
    }
}
