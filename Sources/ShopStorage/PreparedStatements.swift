import PostgresNIO
import ShopCommerce

/// One connection's named prepared statements, by source SQL and argument types.
///
/// Why: on the demo load PostgreSQL spent longer planning a turn's statements than running them
/// (pg_stat_statements over 20,000 turns: 2.9 s planning, 1.6 s executing, parsing not counted);
/// a statement prepared once is bound and run. Bounded: the first ``capacity`` distinct
/// statements are kept for the connection's life, later ones run unnamed as before, so SQL
/// built per call (`IN (?, ?, …)` of any length) cannot grow it without end.
final class PreparedStatements {
    /// What a statement is prepared for: its text and the type of each argument (2 bits each),
    /// since PostgreSQL fixes a prepared statement's parameter types.
    struct Key: Hashable {
        let sql: String
        let types: UInt64
    }

    static let capacity = 256
    private var statements: [Key: PreparedQuery] = [:]
    /// Statements that cannot be prepared as typed (a parameter whose type PostgreSQL cannot
    /// tell), so they are not tried again.
    private var unpreparable: Set<Key> = []

    /// The prepared statement for `statement`, preparing it on `state`'s connection if there is
    /// room; nil to run it unnamed.
    func statement(for statement: SQL, in state: ConnectionState) throws -> PreparedQuery? {
        guard let key = Self.key(statement) else { return nil }
        if let prepared = statements[key] { return prepared }
        guard statements.count < Self.capacity, !unpreparable.contains(key), Self.plansWell(statement.text) else { return nil }
        do {
            let prepared = try state.wait(state.connection.prepare(query: Self.typed(statement)))
            statements[key] = prepared
            return prepared
        } catch  where PostgresStore.server(error)?.state.hasPrefix("42") == true {
            // The typed text is the cause (a parameter's type it can't tell): run it unnamed.
            unpreparable.insert(key)
            return nil
        }
        // Any other failure is the statement's own (a lock not granted while it was parsed, a
        // transaction already aborted) and is thrown as it is: the transaction is aborted, and
        // running the statement unnamed would report only that (25P02), not why.
    }

    /// Drops `statement` with arguments of these types, to be prepared afresh next time. (Its
    /// server-side copy stays until the connection closes: this happens only when a table
    /// changed under it.)
    func forget(_ statement: SQL) {
        guard let key = Self.key(statement) else { return }
        statements[key] = nil
    }

    private static func key(_ statement: SQL) -> Key? {
        let arguments = statement.arguments
        guard arguments.count <= 32 else { return nil }
        var types: UInt64 = 0
        for (index, argument) in arguments.enumerated() {
            let type: UInt64 =
                switch argument {
                case .null: 0
                case .int: 1
                case .double: 2
                case .text: 3
                }
            types |= type << UInt64(2 * index)
        }
        return Key(sql: statement.text, types: types)
    }

    /// A text search's best plan depends on its terms (PostgresSession.textMatch steers it by
    /// their counts); a generic plan, which a prepared statement may settle on, could not.
    private static func plansWell(_ sql: String) -> Bool {
        !sql.contains("tsquery")
    }

    /// The statement with each placeholder cast to its argument's type, as the unnamed
    /// statements were typed by their bindings: `$1::int8`. A NULL stays untyped, for
    /// PostgreSQL to infer.
    static func typed(_ statement: SQL) -> String {
        statement.numbered { argument in
            switch argument {
            case .null: ""
            case .int: "::int8"
            case .double: "::float8"
            case .text: "::text"
            }
        }
    }
}

extension SQLValue {
    /// The value as PostgresNIO binds it to a prepared statement (typed as in ``PreparedStatements/typed(_:)``).
    var postgresData: PostgresData {
        switch self {
        case .null: .null
        case .int(let value): PostgresData(int64: value)
        case .double(let value): PostgresData(double: value)
        case .text(let value): PostgresData(string: value)
        }
    }
}
