/// A slot's value as the utterance gave it (PROTOCOL.md §1, §4).
///
/// Money is an integer in fen, quantities and ordinals are integers, SKUs and words are strings,
/// `products` of `product.compare` is a list.
public enum SlotValue: Sendable, Hashable, Codable {
    case int(Int64)
    case string(String)
    case list([SlotValue])

    public var intValue: Int64? {
        if case .int(let value) = self { return value }
        return nil
    }

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }
}
