import Foundation
import ShopChat
import Testing

@testable import ShopStorage

/// PostgreSQL runs the engine's statements as named prepared statements after their first use
/// (`PreparedStatements`): the values read back must be those of an unnamed statement, on both
/// stores, every time a statement runs, and each connection keeps a bounded number of them
/// (SQLite's statement cache too).
@Suite struct PreparedStatementTests {
    @Test(arguments: Backend.all)
    func aStatementRunAgainReadsWhatItReadFirst(backend: Backend) throws {
        let (database, _) = try backend.freshStore()
        try database.write { tx in
            for round in 1...4 {
                try tx.execute("INSERT INTO users (name, created_at) VALUES (\(.text("用户\(round)")), \(.int(Int64(round) * 1_000)))")
                try tx.execute(
                    """
                    INSERT INTO events ("user", kind, at, detail) VALUES (\(.text("用户\(round)")), \(.text("turn")), \
                    \(.int(Int64(round))), \(round == 2 ? SQLValue.text("") : .text("第\(round)次")))
                    """)
            }
            for _ in 1...3 {
                // Integers, text, a boolean, a numeric SUM, a double AVG and NULLs, read alike each time.
                let row = try #require(
                    try tx.first(
                        """
                        SELECT COUNT(*) AS n, SUM(at) AS total, AVG(at) AS mean, AVG(at + 0.5) AS half, MAX(detail) AS last,
                        EXISTS (SELECT 1 FROM users WHERE name = \(.text("用户3"))) AS known, MAX(CASE WHEN at > \(.int(99)) THEN detail END) AS none
                        FROM events WHERE kind = \(.text("turn")) AND at >= \(.int(2))
                        """))
                #expect(try row.int("n") == 3)
                #expect(try row.int("total") == 9)
                #expect(try row.double("mean") == 3)
                #expect(try row.double("half") == 3.5)
                #expect(try row.string("last") == "第4次")
                #expect(try row.int("known") == 1)
                #expect(try row.value("none") == .null)
                // A NULL argument where a text one went before.
                let missing = try tx.query("SELECT name FROM users WHERE name = \(.null) OR created_at = \(.int(2_000))")
                #expect(try missing.map { try $0.string("name") } == ["用户2"])
                let updated = try tx.query("UPDATE users SET points = points + \(.int(5)) WHERE name = \(.text("用户1")) RETURNING points")
                #expect(updated.count == 1)
            }
            #expect(try tx.scalar("SELECT points FROM users WHERE name = \(.text("用户1"))") == 15)
        }
    }

    @Test(arguments: Backend.all)
    func aConnectionKeepsABoundedNumberOfStatements(backend: Backend) throws {
        let (database, _) = try backend.freshStore()
        let capacity = backend == .postgres ? PreparedStatements.capacity : GRDBSession.cachedTexts.capacity
        let prepared = try database.write { tx in
            for number in 0..<(capacity + 40) {
                // Each text is a different statement; each still reads its own value.
                #expect(try tx.scalar("SELECT \(.int(1)) + \(verbatim: String(number))") == Int64(number) + 1)
            }
            if let sqlite = tx as? GRDBSession { return Int64(sqlite.preparedStatements) }
            return try tx.scalar("SELECT COUNT(*) FROM pg_prepared_statements")
        }
        #expect(prepared > 0)
        #expect(prepared <= Int64(capacity))
    }

    @Test func aTableChangedByAnotherInstanceIsReadAfresh() throws {
        guard let admin = ProcessInfo.processInfo.environment["SHOPCHAT_TEST_POSTGRES"] else { return }
        let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try PostgresStore(url: admin, size: 1).createDatabase(name)
        var components = URLComponents(string: admin)!
        components.path = "/" + name
        // One connection each: the statement is prepared on the one connection `serving` has.
        let serving = try PostgresStore(url: components.string!, size: 1)
        let migrating = try PostgresStore(url: components.string!, size: 1)
        try serving.write { tx in try tx.execute("CREATE TABLE shelf (sku TEXT, stock BIGINT)") }
        try serving.write { tx in try tx.execute("INSERT INTO shelf (sku, stock) VALUES (\(.text("P1")), \(.int(3)))") }
        for _ in 1...3 {
            let rows = try serving.read { tx in try tx.query("SELECT * FROM shelf WHERE sku = \(.text("P1"))") }
            #expect(try rows.first?.int("stock") == 3)
        }
        // A rolling upgrade: the other instance migrates the table the statement reads.
        try migrating.write { tx in try tx.execute("ALTER TABLE shelf ADD COLUMN price BIGINT DEFAULT 990") }
        let rows = try serving.read { tx in try tx.query("SELECT * FROM shelf WHERE sku = \(.text("P1"))") }
        #expect(try rows.first?.int("stock") == 3)
        #expect(try rows.first?.int("price") == 990)
    }

    @Test func eachPlaceholderIsCastToItsArgumentsType() {
        let doubles = Array(repeating: SQLValue.double(0.5), count: 7)
        let statement: SQL = "SELECT \(.int(1)), '? stays' || \(.text("a")), \(.null) FROM t WHERE a IN (\(list: doubles)) AND b = $$x$$"
        #expect(
            PreparedStatements.typed(statement)
                == "SELECT $1::int8, '? stays' || $2::text, $3 FROM t WHERE a IN ($4::float8, $5::float8, $6::float8, $7::float8, "
                + "$8::float8, $9::float8, $10::float8) AND b = $$x$$")
    }
}
