/// One result row, read by column name. Missing or mistyped columns read as zero or empty,
/// because the schema, not the caller, guarantees them.
public struct SQLRow: Sendable {
    public var columns: [String]
    public var values: [SQLValue]

    public init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    public subscript(_ name: String) -> SQLValue {
        guard let index = columns.firstIndex(of: name) else { return .null }
        return values[index]
    }

    public func int(_ name: String) -> Int64 {
        switch self[name] {
        case .int(let value): value
        // Saturating, never trapping: a REAL that doesn't fit (a damaged store) must not bring the
        // process down. Money and stock are read with `checkedInt`, which refuses such a value.
        case .double(let value): Int64(exactly: value.rounded(.towardZero)) ?? (value.isNaN ? 0 : value < 0 ? .min : .max)
        case .text(let value): Int64(value) ?? 0
        case .null: 0
        }
    }

    public func double(_ name: String) -> Double {
        switch self[name] {
        case .int(let value): Double(value)
        case .double(let value): value
        case .text(let value): Double(value) ?? 0
        case .null: 0
        }
    }

    public func string(_ name: String) -> String {
        switch self[name] {
        case .text(let value): value
        case .int(let value): String(value)
        case .double(let value): String(value)
        case .null: ""
        }
    }

    public func optionalString(_ name: String) -> String? {
        if case .null = self[name] { return nil }
        return string(name)
    }

    public func optionalInt(_ name: String) -> Int64? {
        if case .null = self[name] { return nil }
        return int(name)
    }
}
