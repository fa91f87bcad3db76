/// What each line of an order paid, exactly (PROTOCOL.md §9, returns): the order's total spread
/// over its lines by their list value, to the fen, summing to the total; the points it used and
/// earned spread the same way. A return of some units of a line gets the units' part of the
/// line's share, so returning every unit, in any number of steps, gives back exactly the share.
public struct OrderShares: Sendable, Equatable {
    /// Per line, in the order's line order.
    public var cash: [Int64]
    public var pointsUsed: [Int64]
    public var pointsEarned: [Int64]

    public init(_ order: Order) {
        let weights = order.items.map { $0.quantity * $0.unitPrice }
        // Free lines still count by units, so a line of free goods never gets a negative share.
        let byValue = weights.contains { $0 > 0 } ? weights : order.items.map(\.quantity)
        cash = Self.spread(order.total, over: byValue)
        pointsUsed = Self.spread(order.pointsUsed / Pricing.fenPerPoint, over: byValue)
        pointsEarned = Self.spread(order.pointsEarned, over: byValue)
    }

    /// `amount` split in proportion to `weights` by largest remainder: every part is the floor
    /// of its exact share or one more, and the parts sum to `amount`. Ties go to the first line.
    public static func spread(_ amount: Int64, over weights: [Int64]) -> [Int64] {
        let whole = weights.reduce(0, +)
        guard amount > 0, whole > 0 else { return weights.map { _ in 0 } }
        var parts: [Int64] = []
        var remainders: [(remainder: Int64, index: Int)] = []
        for (index, weight) in weights.enumerated() {
            // amount × weight can pass Int64 (¥10^8 × 10^11): divide the full-width product.
            let (quotient, remainder) = whole.dividingFullWidth(amount.multipliedFullWidth(by: weight))
            parts.append(quotient)
            remainders.append((remainder, index))
        }
        var left = amount - parts.reduce(0, +)
        for entry in remainders.sorted(by: { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }) {
            guard left > 0 else { break }
            parts[entry.index] += 1
            left -= 1
        }
        return parts
    }

    /// The part of `share` that units `returned + 1 … returned + units` of a line of `quantity`
    /// units carry: the difference of two floors, so the steps always add up to `share`.
    public static func part(of share: Int64, quantity: Int64, returned: Int64, units: Int64) -> Int64 {
        upTo(returned + units, of: share, quantity: quantity) - upTo(returned, of: share, quantity: quantity)
    }

    private static func upTo(_ units: Int64, of share: Int64, quantity: Int64) -> Int64 {
        guard quantity > 0 else { return 0 }
        // share × units stays in range: a share is at most an order's total, units at most 999.
        return share / quantity * units + share % quantity * units / quantity
    }
}
