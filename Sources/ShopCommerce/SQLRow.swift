/// One result row, read by column name. A column the statement did not select, or a value of
/// another type than the one asked for, throws (``SQLRowError``): a misspelt column or a damaged
/// store fails the turn and says which column, rather than reading as zero or empty.
public struct SQLRow: Sendable {
    public var columns: [String]
    public var values: [SQLValue]

    public init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    /// The value of `name`, whatever its type; throws if the statement did not select it.
    public func value(_ name: String) throws -> SQLValue {
        guard let index = columns.firstIndex(of: name) else { throw SQLRowError.missingColumn(name) }
        return values[index]
    }

    public func int(_ name: String) throws -> Int64 {
        guard let value = try optionalInt(name) else { throw SQLRowError.mistyped(name, expected: "an integer", found: .null) }
        return value
    }

    /// A REAL column, or an integer read as one (SQLite stores 5.0 as 5 in an expression; an
    /// integer average comes back from PostgreSQL as a whole numeric).
    public func double(_ name: String) throws -> Double {
        switch try value(name) {
        case .double(let value): return value
        case .int(let value): return Double(value)
        case let other: throw SQLRowError.mistyped(name, expected: "a number", found: other)
        }
    }

    public func string(_ name: String) throws -> String {
        guard let value = try optionalString(name) else { throw SQLRowError.mistyped(name, expected: "text", found: .null) }
        return value
    }

    public func optionalString(_ name: String) throws -> String? {
        switch try value(name) {
        case .text(let value): return value
        case .null: return nil
        case let other: throw SQLRowError.mistyped(name, expected: "text", found: other)
        }
    }

    public func optionalInt(_ name: String) throws -> Int64? {
        switch try value(name) {
        case .int(let value): return value
        case .null: return nil
        case let other: throw SQLRowError.mistyped(name, expected: "an integer", found: other)
        }
    }
}

/// A row read as the statement did not make it: the turn fails (and changes nothing), naming
/// the column, instead of carrying a zero or an empty string into the books.
public enum SQLRowError: Error, Equatable, CustomStringConvertible {
    case missingColumn(String)
    case mistyped(String, expected: String, found: SQLValue)

    public var description: String {
        switch self {
        case .missingColumn(let name): "the statement did not select the column \(name)"
        case .mistyped(let name, let expected, let found): "the column \(name) holds \(found), not \(expected)"
        }
    }
}
