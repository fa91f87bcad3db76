import ShopText

/// The ranges every number from a user or an operator is checked against before it reaches the
/// store (PROTOCOL.md §1). Inside them no sum the engine makes can overflow an Int64: a line is
/// at most 999 × ¥1,000,000, a wallet or a stock at most 10^12.
public enum Limits {
    /// Units of one product in one cart line or order line.
    public static let quantity: ClosedRange<Int64> = 1...999
    /// Fen moved by one operation: a red envelope, a coupon's threshold or discount, a price.
    public static let money: ClosedRange<Int64> = 1...100_000_000
    /// A product's stock, set by `/stock` or an import.
    public static let stock: ClosedRange<Int64> = 0...1_000_000_000_000
    /// A wallet, in fen, set by `/wallet`.
    public static let wallet: ClosedRange<Int64> = 0...1_000_000_000_000
    /// Points named in one request ("use 500 points").
    public static let points: ClosedRange<Int64> = 1...1_000_000_000_000
}

/// A stored number the engine can't trust (a REAL where an integer belongs, or one outside its
/// range): the turn fails and says so, instead of the process trapping on a conversion.
public struct StoredValueError: Error, CustomStringConvertible {
    public var column: String
    public var description: String { "the stored value of \(column) is not an integer in range" }
}

extension SQLRow {
    /// `name` as an integer within `range`; throws rather than guessing.
    public func checkedInt(_ name: String, in range: ClosedRange<Int64> = Int64.min...Int64.max) throws -> Int64 {
        let value: Int64?
        switch try self.value(name) {
        case .int(let int): value = int
        // A whole REAL is the integer it holds (a sum that SQLite computed in floating point).
        case .double(let double): value = Int64(exactly: double)
        case .text, .null: value = nil
        }
        guard let value, range.contains(value) else { throw StoredValueError(column: name) }
        return value
    }
}
