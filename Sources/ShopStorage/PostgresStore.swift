import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import ShopCommerce

/// The shared store for several `shopchat serve` instances: PostgreSQL through PostgresNIO.
///
/// The engine's use cases are synchronous, so transactions run on threads of the store's own,
/// each with a connection lent by the client's pool (``PostgresWorkers``): a server hands a turn over and is called back,
/// as with SQLite's group commit, and never blocks an event loop on PostgreSQL. Transactions are
/// SERIALIZABLE and retried on serialization failures: under concurrency no turn sees a state it
/// couldn't have seen alone, which is what keeps money exact across instances.
public final class PostgresStore: ShopDatabase, Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case badURL(String)
        case gaveUp(String)

        public var description: String {
            switch self {
            case .badURL(let url): "\(url) is not a postgres://user[:password]@host[:port]/database URL"
            case .gaveUp(let why): "the transaction kept conflicting: \(why)"
            }
        }
    }

    private let workers: PostgresWorkers
    private let eventBatches: EventBatches
    /// Attempts of one transaction before giving up on serialization conflicts. 200 first-time
    /// buyers at once on two instances (each admitted, asked for an address, then answering)
    /// ran one turn out of 50 now and then; the backoff grows with each attempt, so 100 waits at
    /// most about 5 s in all, and only under such a burst.
    static let attempts = 100
    /// Connections (and threads) when the URL does not say (`?connections=N`).
    public static let defaultConnections = 8

    /// Connects to the database at `url` with `size` connections (else the URL's
    /// `connections=N`, else ``defaultConnections``) and migrates its schema.
    public init(url: String, size: Int? = nil, logger: Logger = Logger(label: "shopchat.postgres")) throws {
        guard let components = URLComponents(string: url), components.scheme == "postgres" || components.scheme == "postgresql",
            let user = components.user
        else { throw Failure.badURL(url) }
        let items = components.queryItems ?? []
        let asked = items.first(where: { $0.name == "connections" }).map { Int($0.value ?? "") }
        guard let count = size ?? (asked ?? Self.defaultConnections), (1...256).contains(count) else {
            throw Failure.badURL(url + " (connections must be 1 to 256)")
        }
        let path = String(components.path.drop { $0 == "/" })
        let (database, password) = (path.isEmpty ? nil : path, components.password)
        let socket = items.first(where: { $0.name == "host" })?.value
        let (host, port) = (components.host ?? "127.0.0.1", components.port ?? 5432)
        let configuration: PostgresConnection.Configuration =
            if let socket { .init(unixSocketPath: socket, username: user, password: password, database: database) } else {
                .init(host: host, port: port, username: user, password: password, database: database, tls: .disable)
            }
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        // A connection of its own first, to migrate: a wrong password or an unreachable server
        // is told at once, in PostgreSQL's words (the pool would only retry, then time out).
        do {
            let first = try PostgresConnection.connect(on: group.next(), configuration: configuration, id: 0, logger: logger).wait()
            defer { try? first.close().wait() }
            try Self.migrate(PostgresSession(connection: first, logger: logger))
        } catch {
            try? group.syncShutdownGracefully()
            throw error
        }
        var options = PostgresClient.Configuration.Options()
        // All of them kept open, as the store's threads each hold one.
        options.minimumConnections = count
        options.maximumConnections = count
        var pool: PostgresClient.Configuration =
            if let socket { .init(unixSocketPath: socket, username: user, password: password, database: database) } else {
                .init(host: host, port: port, username: user, password: password, database: database, tls: .disable)
            }
        pool.options = options
        let client = PostgresClient(configuration: pool, eventLoopGroup: group, backgroundLogger: logger)
        let workers = PostgresWorkers(client: client, threads: count, group: group, logger: logger)
        self.workers = workers
        eventBatches = EventBatches { job in workers.submit(first: true, job) }
    }

    deinit {
        workers.finish()
    }

    public func write<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try workers.run { try Self.transaction($0, .serializable, body) }
    }

    public func read<T>(_ body: (any SQLSession) throws -> T) throws -> T {
        try workers.run { try Self.transaction($0, .read, body) }
    }

    public var queuesWrites: Bool { true }
    /// SERIALIZABLE locks index pages: a turn inserting a new user's session conflicts with
    /// every turn that read that page, and a burst of first-time users aborted each other past
    /// every retry (measured, 200 at once on two instances). Rows made first are updated in place.
    public var admitsNewUsersApart: Bool { true }

    public func write<T>(_ body: @escaping (any SQLSession) throws -> T, then completion: @escaping (Result<T, any Error>) -> Void) {
        workers.submit { leased in completion(Result { try Self.transaction(leased.get(), .serializable, body) }) }
    }

    public func read<T>(_ body: @escaping (any SQLSession) throws -> T, then completion: @escaping (Result<T, any Error>) -> Void) {
        workers.submit { leased in completion(Result { try Self.transaction(leased.get(), .read, body) }) }
    }

    public func writeOwnRows<T>(_ body: @escaping (any SQLSession) throws -> T, then completion: @escaping (Result<T, any Error>) -> Void) {
        workers.submit { leased in completion(Result { try Self.transaction(leased.get(), .ownRows, body) }) }
    }

    public func optimistic<T>(_ body: @escaping (any SQLSession) throws -> T, then completion: @escaping (Result<T, any Error>) -> Void) {
        workers.submit { [eventBatches] leased in
            let session: PostgresSession
            do { session = try leased.get() } catch { return completion(.failure(error)) }
            session.state.inTransaction = true
            session.state.optimistic = true
            let result = Result { try body(session) }
            session.state.optimistic = false
            session.state.inTransaction = false
            let events = session.state.deferredEvents
            session.state.deferredEvents = []
            // A turn that failed wrote nothing, its event neither (it runs again in a transaction).
            guard case .success = result, !events.isEmpty else { return completion(result) }
            eventBatches.add(events) { error in completion(error.map { .failure($0) } ?? result) }
        }
    }

    private static func transaction<T>(_ session: PostgresSession, _ mode: TransactionMode, _ body: (any SQLSession) throws -> T) throws
        -> T
    {
        session.state.inTransaction = true
        defer { session.state.inTransaction = false }
        var mode = mode
        var lastConflict = ""
        var duringImport = false
        for attempt in 0..<Self.attempts {
            try session.execute(mode.begin)
            do {
                try ProductsLock.take(session, mode, duringImport: duringImport)
                let result = try session.state.writingOwnRows(mode == .ownRows) { try body(session) }
                try session.execute("COMMIT")
                return result
            } catch is WritesSharedRows {
                try? session.execute("ROLLBACK")
                mode = .serializable
            } catch let error where Self.isLockBusy(error) && mode == .serializable {
                try? session.execute("ROLLBACK")
                // Only the NOWAIT lock fails so outside an import; inside one, a write to products did.
                if duringImport { throw CatalogBusy() }
                duringImport = true
            } catch let error where Self.isConflict(error) {
                try? session.execute("ROLLBACK")
                lastConflict = Self.server(error)?.message ?? "conflict"
                // Back off a little, more with each attempt, so racing turns spread out.
                usleep(UInt32(Int.random(in: 100...(1_000 * (attempt + 1)))))
            } catch {
                try? session.execute("ROLLBACK")
                throw error
            }
        }
        throw Failure.gaveUp(lastConflict)
    }

    /// 40001 serialization failure, 40P01 deadlock, 23505 a unique key another turn just took.
    static func isConflict(_ error: any Error) -> Bool {
        guard let state = server(error)?.state else { return false }
        return state == "40001" || state == "40P01" || state == "23505" || isStalePlan(error)
    }

    /// 55P03: a lock not taken, by NOWAIT or within `lock_timeout` (``ProductsLock``).
    static func isLockBusy(_ error: any Error) -> Bool {
        server(error)?.state == "55P03"
    }

    /// "cached plan must not change result type": a prepared statement whose table another
    /// instance altered since (a rolling upgrade's migration).
    static func isStalePlan(_ error: any Error) -> Bool {
        guard let (state, message) = server(error) else { return false }
        return state == "0A000" && message.contains("cached plan")
    }

    /// The server's SQLSTATE and message of `error`, as PostgresNIO reports it on either path:
    /// `PSQLError` from unnamed queries, `PostgresError` from prepared statements.
    static func server(_ error: any Error) -> (state: String, message: String)? {
        if let error = error as? PSQLError, let info = error.serverInfo, let state = info[.sqlState] {
            return (state, info[.message] ?? "")
        }
        if case .server(let info)? = error as? PostgresError, let state = info.fields[.sqlState] {
            return (state, info.fields[.message] ?? "")
        }
        return nil
    }

    private static func migrate(_ session: PostgresSession) throws {
        // One migrator at a time, even with several instances starting together.
        try session.execute("SELECT pg_advisory_lock(7700)")
        defer { try? session.execute("SELECT pg_advisory_unlock(7700)") }
        try session.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY)")
        let done = Set(try session.query("SELECT name FROM schema_migrations").map { try $0.string("name") })
        let pending = PostgresSchema.migrations.filter { !done.contains($0.name) }
        // Search terms are made in Swift (SearchTerms), for rows the catalog already has: once,
        // with the last migration, as the code that makes them reads today's schema.
        var reindex = pending.contains { ["v9 search index", "v10 decimal terms", "v22 folded accents"].contains($0.name) }
        for (index, migration) in pending.enumerated() {
            try session.execute("BEGIN")
            do {
                for statement in migration.sql.split(separator: ";") where !statement.allSatisfy(\.isWhitespace) {
                    try session.raw(String(statement))
                }
                if reindex, index == pending.count - 1 {
                    try CatalogIndexing.reindex(session)
                    reindex = false
                }
                if migration.name == "v22 folded accents", done.contains("v11 catalog version") {
                    try CatalogIndexing.catalogChanged(session)
                }
                if migration.name == "v11 catalog version" {
                    try session.execute("INSERT INTO catalog_version (id, version) VALUES (\(.text(CatalogIndexing.newCatalogID())), 0)")
                }
                try session.execute("INSERT INTO schema_migrations (name) VALUES (\(.text(migration.name)))")
                try session.execute("COMMIT")
            } catch {
                try? session.execute("ROLLBACK")
                throw error
            }
        }
    }
}

/// One PostgreSQL connection inside a transaction, seen through the engine's seam.
struct PostgresSession: SQLSession, Sendable {
    let connection: PostgresConnection
    let logger: Logger
    /// Whether a transaction is open on the connection (its worker's thread alone touches it).
    let state: ConnectionState
    var dialect: SQLDialect { .postgres }

    init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
        state = ConnectionState(connection: connection)
    }

    var isTransaction: Bool { !state.optimistic }

    func execute(_ statement: SQL) throws {
        _ = try send(statement).rows()
    }

    func checkedWrite(_ statement: SQL) throws -> [SQLRow] {
        try send(statement, checked: true).rows()
    }

    /// An optimistic turn's event waits for the turn to end and goes with others' (``EventBatches``).
    func recordTurnEvent(_ event: TurnEvent) throws {
        guard state.optimistic else { return try execute(event.insert) }
        state.deferredEvents.append(event)
    }

    /// Runs SQL exactly as written (the schema, which quotes its own identifiers).
    func raw(_ sql: String) throws {
        try mayWriteShared(sql)
        _ = try state.wait(connection.query(PostgresQuery(unsafeSQL: sql), logger: logger))
    }

    func query(_ statement: SQL) throws -> [SQLRow] {
        try send(statement).rows()
    }

    /// Refuses SQL the engine builds apart from ``send(_:_:checked:)`` (schema changes, catalog
    /// rows, term counts; `what` names it) in an own-rows transaction: it runs again as SERIALIZABLE.
    func mayWriteShared(_ what: String) throws {
        if state.ownRowsOnly { throw WritesSharedRows(sql: what) }
    }

    /// A statement sent and not yet waited for: its rows, once they are there.
    struct Sent {
        let future: EventLoopFuture<[PostgresRow]>
        let prepared: Bool
        let statement: SQL
        let state: ConnectionState

        func rows() throws -> [SQLRow] {
            let rows: [PostgresRow]
            do {
                rows = try state.wait(future)
            } catch  where prepared && PostgresStore.isStalePlan(error) {
                // Another instance's migration changed a table under it: prepared afresh when the
                // transaction is run again (`isConflict`).
                state.prepared.forget(statement)
                throw error
            }
            return try rows.map { row in
                var columns: [String] = []
                var values: [SQLValue] = []
                for cell in row {
                    columns.append(cell.columnName)
                    values.append(try PostgresSession.value(of: prepared ? PostgresSession.binary(cell) : cell))
                }
                return SQLRow(columns: columns, values: values)
            }
        }
    }

    /// Sends a statement, prepared if it can be (``PreparedStatements``), without waiting for
    /// it: statements sent on one connection run in the order sent.
    func send(_ statement: SQL, checked: Bool = false) throws -> Sent {
        let kind = PostgresSQL.kind(of: statement.text)
        if kind.namesUserUnquoted { throw UnquotedUser(sql: statement.text) }
        // An optimistic turn has no transaction to undo a write: refused before it is sent.
        if state.optimistic && !checked && !kind.onlyReads { throw WriteOnReadSnapshot(sql: statement.text) }
        if state.ownRowsOnly && !kind.writesOnlyOwnRows { throw WritesSharedRows(sql: statement.text) }
        if let prepared = try state.prepared.statement(for: statement, in: state) {
            return Sent(
                future: prepared.execute(statement.arguments.map(\.postgresData)), prepared: true, statement: statement, state: state)
        }
        var binds = PostgresBindings(capacity: statement.arguments.count)
        for argument in statement.arguments {
            switch argument {
            case .null: binds.appendNull()
            case .int(let value): binds.append(value)
            case .double(let value): binds.append(value)
            case .text(let value): binds.append(value)
            }
        }
        let future = connection.query(PostgresQuery(unsafeSQL: statement.numbered(), binds: binds), logger: logger).map(\.rows)
        return Sent(future: future, prepared: false, statement: statement, state: state)
    }

    /// A prepared statement's cell as it really is. PostgresNIO (1.33) asks for every result in
    /// binary but labels a statement prepared by `prepare(query:)` with the format its Describe
    /// reported (text), so an integer's 8 bytes were read as digits and failed.
    static func binary(_ cell: PostgresCell) -> PostgresCell {
        PostgresCell(
            bytes: cell.bytes, dataType: cell.dataType, format: .binary, columnName: cell.columnName, columnIndex: cell.columnIndex)
    }

    static func value(of cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .int(try cell.decode(Int64.self))
        case .bool: return .int(try cell.decode(Bool.self) ? 1 : 0)
        case .float4, .float8: return .double(try cell.decode(Double.self))
        case .numeric:
            // SUM and AVG of integers come back as numeric, in binary: decode it as a number,
            // never as a string (its bytes are not text).
            let number = try cell.decode(Decimal.self)
            let integer = NSDecimalNumber(decimal: number).int64Value
            if Decimal(integer) == number { return .int(integer) }
            return .double(NSDecimalNumber(decimal: number).doubleValue)
        default: return .text(try cell.decode(String.self))
        }
    }
}

extension PostgresStore {
    /// Creates a database on this server (tests and first-time set-up); CREATE DATABASE cannot
    /// run inside a transaction, so it goes straight to a connection.
    public func createDatabase(_ name: String) throws {
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else { throw Failure.badURL(name) }
        try workers.run { try $0.raw("CREATE DATABASE \(name)") }
    }

    /// Drops a database on this server, closing whatever connections it still has.
    public func dropDatabase(_ name: String) throws {
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else { throw Failure.badURL(name) }
        try workers.run { try $0.raw("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
    }
}
