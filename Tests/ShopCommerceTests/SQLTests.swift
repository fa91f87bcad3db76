import ShopCommerce
import Testing

/// Statements written once for both stores: values are bound where they are said, and each
/// store numbers the placeholders from there, never from the text.
@Suite struct SQLTests {
    @Test func valuesAreBoundNotSpliced() {
        let name = "Robert'); DROP TABLE users; --"
        let statement: SQL = "SELECT wallet FROM users WHERE name = \(.text(name)) AND wallet >= \(.int(100))"
        #expect(statement.text == "SELECT wallet FROM users WHERE name = ? AND wallet >= ?")
        #expect(statement.arguments == [.text(name), .int(100)])
        #expect(statement.numbered() == "SELECT wallet FROM users WHERE name = $1 AND wallet >= $2")
    }

    @Test func aQuestionMarkInTheTextIsNotAPlaceholder() {
        let statement: SQL = "SELECT '?' || name FROM users WHERE name = \(.text("bob"))"
        #expect(statement.numbered() == "SELECT '?' || name FROM users WHERE name = $1")
    }

    @Test func partsKeepTheirValuesInOrder() {
        var conditions: [SQL] = ["p.price >= \(.int(5))"]
        conditions.append("p.brand = \(.text("midea"))")
        let from: SQL = "(SELECT key FROM m WHERE x = \(.text("first")) LIMIT \(.int(2))) m"
        var statement: SQL = "SELECT * FROM \(from) WHERE \(SQL.joined(conditions, separator: " AND "))"
        statement += " AND p.sku IN (\(list: [.text("A"), .text("B")]))"
        #expect(statement.arguments == [.text("first"), .int(2), .int(5), .text("midea"), .text("A"), .text("B")])
        #expect(
            statement.numbered()
                == "SELECT * FROM (SELECT key FROM m WHERE x = $1 LIMIT $2) m WHERE p.price >= $3 AND p.brand = $4 AND p.sku IN ($5, $6)")
        #expect((statement + " LIMIT \(.int(9))").numbered().hasSuffix("IN ($5, $6) LIMIT $7"))
    }

    @Test func aStatementWithNoValuesIsItsText() {
        let statement: SQL = "DELETE FROM search_terms"
        #expect(statement.arguments.isEmpty)
        #expect(statement.numbered() == "DELETE FROM search_terms")
    }
}
