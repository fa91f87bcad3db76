import ShopCommerce

/// Catalog rows written to PostgreSQL a batch per statement, each column one array parameter
/// (`unnest`): a fixed text with as many parameters as columns, so it is prepared once. Rows as
/// VALUES lists were parsed and planned afresh for every batch (1,088 parameters are more than
/// a prepared statement is kept for), about 12 µs of the backend's time a row.
extension PostgresSession {
    func insertProducts(into table: String, columns: [String], rows: [[SQLValue]]) throws -> PendingInsert {
        guard !rows.isEmpty else { return PendingInsert { [] } }
        // A column's type is its first value's that is not NULL.
        let types = columns.indices.map { column in
            switch rows.lazy.map({ $0[column] }).first(where: { $0 != .null }) {
            case .int: "bigint[]"
            case .double: "float8[]"
            case .text, .null, nil: "text[]"
            }
        }
        let arrays = columns.indices.map { column in
            SQLValue.text(Self.arrayLiteral(rows.lazy.map { $0[column] }))
        }
        let sql = """
            INSERT INTO \(table) (\(columns.joined(separator: ", "))) \
            SELECT * FROM unnest(\(types.map { "?::\($0)" }.joined(separator: ", "))) ON CONFLICT (sku) DO NOTHING RETURNING sku
            """
        let sent = try send(sql, arrays)
        return PendingInsert { Set(try sent.rows().map { try $0.string("sku") }) }
    }

    /// An array's text form (`{"a","b\"c",NULL,1,2.5}`): each text quoted, with its quotes and
    /// backslashes escaped, so no text is read as NULL or split.
    static func arrayLiteral(_ values: some Sequence<SQLValue>) -> String {
        var literal = "{"
        var first = true
        for value in values {
            if !first { literal += "," }
            first = false
            switch value {
            case .null: literal += "NULL"
            case .int(let number): literal += String(number)
            case .double(let number): literal += "\(number)"
            case .text(let text):
                literal += "\""
                if text.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C }) {
                    for character in text.unicodeScalars {
                        if character == "\"" || character == "\\" { literal.unicodeScalars.append("\\") }
                        literal.unicodeScalars.append(character)
                    }
                } else {
                    literal += text
                }
                literal += "\""
            }
        }
        return literal + "}"
    }
}
