/// Every slot an intent can carry (PROTOCOL.md §4), by the name it has in JSON. A typed key, so a
/// misspelt slot is a compile error rather than a value that never arrives.
public enum SlotName: String, Sendable, Hashable, CaseIterable, Codable, CodingKeyRepresentable, Comparable {
    // What is bought, looked at or searched.
    case product, products, quantity, quantities, times, position
    case query, category, brand, sort
    case minPrice = "min_price"
    case maxPrice = "max_price"
    // Orders and after-sales.
    case order, reason, rating, text
    // Money, coupons, points.
    case coupon, points, amount, count, mode
    // People, groups and references the store gave out.
    case user, recipient, code, packet, group, bargain, store
    // Addresses.
    case address, phone, label
    case `default`
    // The shopper's language.
    case lang
    // Given only by programs (MCP's tools, PROTOCOL.md §3b), never read from words.
    case limit, sharer
    case previewID = "preview_id"
    case idempotencyKey = "idempotency_key"

    public static func < (left: SlotName, right: SlotName) -> Bool { left.rawValue < right.rawValue }
}

/// An intent's slots by name.
public typealias Slots = [SlotName: SlotValue]
