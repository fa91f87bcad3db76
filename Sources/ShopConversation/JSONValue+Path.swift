import ShopText

extension JSONValue {
    /// The value at a dotted path (`order.total`, `results.0.sku`), or nil if there is none.
    public func value(at path: String) -> JSONValue? {
        var current: JSONValue = self
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            switch current {
            case .object:
                guard let next = current[String(part)] else { return nil }
                current = next
            case .array(let values):
                guard let index = Int(part), values.indices.contains(index) else { return nil }
                current = values[index]
            default:
                return nil
            }
        }
        return current
    }

    /// The value as a dialog assertion compares it: strings bare, others as JSON.
    public var plainText: String {
        if case .string(let value) = self { return value }
        return jsonText
    }
}
