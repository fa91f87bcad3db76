/// A statement with its values, written once for every store.
///
/// Values interpolated into it are bound, never spliced into its text: `"… WHERE name =
/// \(.text(name))"`. Each store writes the placeholders its own way (`?` for SQLite, `$1`, `$2`
/// … for PostgreSQL) from where they were said, so nothing rewrites the engine's SQL as text.
/// The statements themselves use only what both stores read alike: `"user"` quoted (a reserved
/// word in PostgreSQL), `CASE` rather than a two-argument `MAX`.
public struct SQL: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The statement as SQLite reads it, with `?` where each argument goes.
    public private(set) var text: String
    public private(set) var arguments: [SQLValue]
    /// Where each `?` of ``text`` stands (UTF-8 offsets), for stores that number them.
    private var placeholders: [Int]

    public init(stringLiteral value: String) {
        text = value
        arguments = []
        placeholders = []
    }

    public init(stringInterpolation: Interpolation) {
        self = stringInterpolation.statement
    }

    /// Words the engine made itself (a table's name, a store's text-match clause), with no
    /// values of anyone's in them.
    public init(verbatim text: String) {
        self.text = text
        arguments = []
        placeholders = []
    }

    public var description: String { text }

    /// The statement with its placeholders numbered `$1`, `$2` …, each followed by what
    /// `type(of:)` says of its argument (PostgreSQL's `::int8`, or nothing).
    public func numbered(typing type: (SQLValue) -> String = { _ in "" }) -> String {
        guard !placeholders.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + placeholders.count * 8)
        var start = 0
        for (index, offset) in placeholders.enumerated() {
            output += bytes[start..<offset]
            output += "$\(index + 1)\(type(arguments[index]))".utf8
            start = offset + 1
        }
        output += bytes[start...]
        return String(decoding: output, as: UTF8.self)
    }

    /// This statement followed by `other`.
    public static func + (statement: SQL, other: SQL) -> SQL {
        var joined = statement
        joined.append(other)
        return joined
    }

    public static func += (statement: inout SQL, other: SQL) {
        statement.append(other)
    }

    private mutating func append(_ other: SQL) {
        let shift = text.utf8.count
        text += other.text
        arguments += other.arguments
        placeholders += other.placeholders.map { $0 + shift }
    }

    /// `parts` one after another with `separator` between them.
    public static func joined(_ parts: [SQL], separator: String) -> SQL {
        var joined = SQL(verbatim: "")
        for (index, part) in parts.enumerated() {
            if index > 0 { joined.text += separator }
            joined.append(part)
        }
        return joined
    }

    public struct Interpolation: StringInterpolationProtocol {
        var statement = SQL(verbatim: "")

        public init(literalCapacity: Int, interpolationCount: Int) {
            statement.text.reserveCapacity(literalCapacity + interpolationCount)
            statement.arguments.reserveCapacity(interpolationCount)
            statement.placeholders.reserveCapacity(interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            statement.text += literal
        }

        /// A value, bound.
        public mutating func appendInterpolation(_ value: SQLValue) {
            statement.placeholders.append(statement.text.utf8.count)
            statement.text += "?"
            statement.arguments.append(value)
        }

        /// Values, bound one each, comma-separated: for `IN (…)`.
        public mutating func appendInterpolation(list values: [SQLValue]) {
            for (index, value) in values.enumerated() {
                if index > 0 { statement.text += ", " }
                appendInterpolation(value)
            }
        }

        /// Words the engine made itself (a table or column name), never anyone's values.
        public mutating func appendInterpolation(verbatim words: String) {
            statement.text += words
        }

        /// Part of a statement, with its own values.
        public mutating func appendInterpolation(_ part: SQL) {
            statement.append(part)
        }
    }
}
