/// The SQL flavour behind a session, for the few statements that differ between backends.
public enum SQLDialect: Sendable {
    case sqlite
    case postgres
}

/// One open transaction. Statements are ``SQL`` values: each store writes their placeholders.
public protocol SQLSession {
    var dialect: SQLDialect { get }
    /// Whether the statements run inside one transaction; false on an optimistic turn
    /// (``ShopDatabase/optimistic(_:then:)``), where each runs on its own and only reads may.
    var isTransaction: Bool { get }
    func execute(_ statement: SQL) throws
    func query(_ statement: SQL) throws -> [SQLRow]
    /// Runs a write that checks for itself that what it rests on is still so (a compare-and-set,
    /// returning its rows): the one write an optimistic turn may make. Elsewhere a plain `query`.
    func checkedWrite(_ statement: SQL) throws -> [SQLRow]
    /// Records a turn's event (an `events` row without detail): the one thing a look records.
    /// A store may write it after the body returns, in one statement with other turns' events,
    /// and hand on the outcome only once it is written (PostgreSQL's optimistic turns).
    /// Elsewhere an INSERT, at once.
    func recordTurnEvent(_ event: TurnEvent) throws
    /// How to read the products `p` whose search terms (`SearchTerms`) include every one of
    /// `search.terms` (or any one) within its scope, and its filters' terms. The store keeps
    /// the index: FTS5 on SQLite, tsvector on PostgreSQL.
    func textMatch(_ search: TextSearch) -> TextMatch
    /// Whether `textMatch` chooses its plan by the terms' counts (PostgreSQL: a GIN index cannot
    /// read matches in the search key's order).
    var plansByTermCounts: Bool { get }
    /// Recounts in `search_terms` how many products hold each term, after the catalog changed:
    /// all of them, or, where `countsTermsByChanges`, by `changes` (how many more products hold
    /// each term, less for fewer) when given.
    func recountSearchTerms(changes: TermChanges?) throws
    /// Whether `recountSearchTerms` takes an import's changes rather than reading every
    /// product again (PostgreSQL: 14 s on a million; SQLite reads FTS5's own counts).
    var countsTermsByChanges: Bool { get }
    /// Inserts `rows` (each one's values in the order of `columns`, `sku` among them) into the
    /// products table `table` (`products`, or a bulk import's copy), skipping a row whose SKU is
    /// there already or earlier in `rows`. The store may still be writing them when this
    /// returns (the caller prepares its next rows meanwhile); the SKUs inserted come from
    /// `inserted()` of the result, and statements run later in this session run after it.
    func insertProducts(into table: String, columns: [String], rows: [[SQLValue]]) throws -> PendingInsert
    /// Sets the products' indexes aside for a large import in this transaction, and names the
    /// table the import writes its products into until it ends (`products` itself, or a copy
    /// that takes its place)…
    func beginBulkImport() throws -> String
    /// …and indexes every product afresh.
    func endBulkImport() throws
}

/// Where a product's search terms are looked for, narrowest first.
public enum SearchScope: Sendable {
    /// Name, Chinese name and brand (`search_name`).
    case names
    /// …and category, store and tags (`search_other`).
    case catalog
    /// …and the descriptions (`search_more`).
    case everything
}

/// Products matching search terms, as parts of a SELECT (`SQLSession.textMatch`).
public struct TextMatch: Sendable {
    /// How many of the best matches an any-word search reads before its filters: "band OR hw OR
    /// h OR r" matches most of a large catalog, and with a filter that few pass, reading all of
    /// it cost a second on a million products.
    public static let anyWordCandidates = 2_000

    /// The FROM clause, naming the products `p`.
    public var from: SQL
    public var condition: SQL
    /// What to ORDER BY for the best first: the products' search key, read from the index in
    /// its own order where the store can, so it stops at the limit.
    public var bestFirst: SQL
    /// The same matches cut in the search key's order, best first: a search best first reads
    /// them one after another until it has its limit. Empty when the store reads matches in the
    /// key's order anyway.
    public var slices: [Slice]

    /// Part of the matches (`slices`), and that part with every later one: after a part that
    /// held nothing (a filter few matches pass), the rest is read at once. Each takes the place
    /// of `condition`.
    public struct Slice: Sendable {
        public var part: SQL
        public var onwards: SQL

        public init(part: SQL, onwards: SQL) {
            self.part = part
            self.onwards = onwards
        }
    }

    public init(from: SQL, condition: SQL, bestFirst: SQL, slices: [Slice] = []) {
        self.from = from
        self.condition = condition
        self.bestFirst = bestFirst
        self.slices = slices
    }
}

extension SQLSession {
    public var isTransaction: Bool { true }

    public func recordTurnEvent(_ event: TurnEvent) throws {
        try execute(event.insert)
    }

    public func checkedWrite(_ statement: SQL) throws -> [SQLRow] {
        try query(statement)
    }

    public func first(_ statement: SQL) throws -> SQLRow? {
        try query(statement).first
    }

    /// Runs `body` in a savepoint: if it throws, what it wrote is undone and the error thrown
    /// again; the rest of the transaction stands either way.
    public func inSavepoint<T>(_ body: () throws -> T) throws -> T {
        try execute("SAVEPOINT part")
        do {
            let result = try body()
            try execute("RELEASE SAVEPOINT part")
            return result
        } catch {
            try execute("ROLLBACK TO SAVEPOINT part")
            try execute("RELEASE SAVEPOINT part")
            throw error
        }
    }

    /// The first column of the first row as an integer; no row, or NULL (a SUM or MAX over
    /// nothing), reads as 0.
    public func scalar(_ statement: SQL) throws -> Int64 {
        guard let value = try query(statement).first?.values.first, value != .null else { return 0 }
        return try SQLRow(columns: ["v"], values: [value]).checkedInt("v")
    }
}

/// A statement that would write, tried on a read-only snapshot (`ShopDatabase.read`) or on an
/// optimistic turn (`ShopDatabase.optimistic`): refused before it ran, so nothing was written.
/// Work that writes belongs in `ShopDatabase.write`.
public struct WriteOnReadSnapshot: Error, Sendable {
    public let sql: String

    public init(sql: String) {
        self.sql = sql
    }
}

/// How many more (or fewer) products hold each term since an import began, the terms in the
/// order of their UTF-8 bytes, none twice and no change zero.
public struct TermChanges: Sendable {
    public var terms: [String] = []
    public var changes: [Int64] = []

    public init() {}
}

/// Rows an `SQLSession.insertProducts` sent: `inserted()` waits for the store and returns the
/// SKUs it inserted.
public struct PendingInsert {
    private let result: () throws -> Set<String>

    public init(_ result: @escaping () throws -> Set<String>) { self.result = result }

    public func inserted() throws -> Set<String> { try result() }
}
