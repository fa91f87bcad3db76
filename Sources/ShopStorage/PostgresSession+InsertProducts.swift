import PostgresNIO
import ShopCommerce

/// Catalog rows written to PostgreSQL a batch per statement, each column one array parameter
/// (`unnest`) bound in binary: a short text with as many parameters as columns, whatever the
/// rows. Rows as VALUES lists (1,088 parameters for 64 rows: too many to keep prepared) were
/// parsed and planned afresh for every batch, about 12 µs of the backend's time a row.
extension PostgresSession {
    func insertProducts(into table: String, columns: [String], rows: [[SQLValue]]) throws -> PendingInsert {
        guard !rows.isEmpty else { return PendingInsert { [] } }
        try mayWriteShared(table)
        // Bound as typed arrays in binary, PostgreSQL reads each value as it is: parsing the
        // arrays' text form was a tenth of the backend's work in a large import, and making it
        // a tenth of ours.
        guard let (binds, types) = Self.binaryArrays(rows, columns: columns.count) else { throw UntypedColumn() }
        let placeholders = types.indices.map { "$\($0 + 1)::\(types[$0])" }.joined(separator: ", ")
        let sql =
            "INSERT INTO \(table) (\(columns.joined(separator: ", "))) SELECT * FROM unnest(\(placeholders)) ON CONFLICT (sku) DO NOTHING RETURNING sku"
        let future = connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
        let sent = Sent(future: future.map(\.rows), prepared: false, statement: SQL(verbatim: sql), state: state)
        return PendingInsert { Set(try sent.rows().map { try $0.string("sku") }) }
    }

    /// A column of catalog rows given to `insertProducts` with a NULL, or with values of two
    /// types: refused before anything is sent (the importer never gives one).
    struct UntypedColumn: Error, CustomStringConvertible {
        var description: String { "catalog rows need one type and no NULL in each column" }
    }

    /// Each column of `rows` as one array of its type, and the types' names, when every value
    /// of a column has the type of its first and none is NULL.
    static func binaryArrays(_ rows: [[SQLValue]], columns: Int) -> (PostgresBindings, [String])? {
        var binds = PostgresBindings(capacity: columns)
        var types: [String] = []
        for column in 0..<columns {
            switch rows[0][column] {
            case .text:
                guard let texts = values(rows, column, { if case .text(let text) = $0 { text } else { nil } }) else { return nil }
                binds.append(texts)
                types.append("text[]")
            case .int:
                guard let numbers = values(rows, column, { if case .int(let number) = $0 { number } else { nil } }) else { return nil }
                binds.append(numbers)
                types.append("bigint[]")
            case .double:
                guard let numbers = values(rows, column, { if case .double(let number) = $0 { number } else { nil } }) else { return nil }
                binds.append(numbers)
                types.append("float8[]")
            case .null:
                return nil
            }
        }
        return (binds, types)
    }

    /// `column` of every row as `Value`, or nil when one is not.
    private static func values<Value>(_ rows: [[SQLValue]], _ column: Int, _ value: (SQLValue) -> Value?) -> [Value]? {
        var values: [Value] = []
        values.reserveCapacity(rows.count)
        for row in rows {
            guard let one = value(row[column]) else { return nil }
            values.append(one)
        }
        return values
    }
}
