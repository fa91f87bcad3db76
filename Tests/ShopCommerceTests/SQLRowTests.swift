import ShopCommerce
import Testing

/// A row is read as the statement made it: a column it did not select, or a value of another
/// type, throws and names the column, on both stores, instead of reading as 0 or "".
@Suite struct SQLRowTests {
    @Test(arguments: Backend.all)
    func aMisspeltOrMistypedColumnThrows(backend: Backend) throws {
        let (database, _) = try backend.freshStore()
        let row = try database.write { tx in
            try tx.execute("INSERT INTO users (name, created_at) VALUES (\(.text("小明")), \(.int(1_000)))")
            return try #require(try tx.first("SELECT name, points, created_at, NULL AS absent, 2.5 AS half FROM users"))
        }
        #expect(try row.string("name") == "小明")
        #expect(try row.int("points") == 0)
        #expect(try row.double("created_at") == 1_000)
        #expect(try row.optionalString("absent") == nil)
        #expect(try row.optionalInt("absent") == nil)

        #expect(throws: SQLRowError.missingColumn("point")) { try row.int("point") }
        #expect(throws: SQLRowError.mistyped("name", expected: "an integer", found: .text("小明"))) { try row.int("name") }
        #expect(throws: SQLRowError.mistyped("points", expected: "text", found: .int(0))) { try row.string("points") }
        #expect(throws: SQLRowError.mistyped("absent", expected: "an integer", found: .null)) { try row.int("absent") }
        #expect(throws: SQLRowError.mistyped("half", expected: "an integer", found: .double(2.5))) { try row.int("half") }
        #expect(throws: StoredValueError.self) { try row.checkedInt("half") }
        #expect(throws: StoredValueError.self) { try row.checkedInt("points", in: 1...10) }
    }
}
