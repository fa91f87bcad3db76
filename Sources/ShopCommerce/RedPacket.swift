import Foundation

/// A red envelope (hongbao): money split among recipients who grab it (PROTOCOL.md §9).
public struct RedPacket: Sendable, Equatable {
    public enum Mode: String, Sendable {
        /// Random split: each grab between ¥0.01 and twice the mean of what is left.
        case lucky
        /// Even split; leftover fen go one each to the first grabbers.
        case equal
    }

    public struct Grab: Sendable, Equatable {
        public var user: String
        public var amount: Int64
    }

    /// Unclaimed money goes back to the sender after this long.
    public static let lifetime: TimeInterval = 24 * 3600

    public var id: Int64
    public var sender: String
    public var amount: Int64
    public var count: Int64
    public var mode: Mode
    public var recipient: String
    public var createdAt: Date
    public var expiresAt: Date
    public var refunded: Int64
    public var grabs: [Grab]

    public var grabbed: Int64 { grabs.reduce(0) { $0 + $1.amount } }
    public var remainingCount: Int64 { count - Int64(grabs.count) }
    public var remainingAmount: Int64 { amount - grabbed - refunded }

    /// The next grab's amount: `remaining` fen over `left` grabs still to come.
    public static func nextGrab(
        mode: Mode, amount: Int64, count: Int64, remaining: Int64, left: Int64, using random: inout some RandomNumberGenerator
    ) -> Int64 {
        precondition(left >= 1 && remaining >= left, "every grab gets at least one fen")
        switch mode {
        case .equal:
            let index = count - left
            return amount / count + (index < amount % count ? 1 : 0)
        case .lucky:
            if left == 1 { return remaining }
            // Twice the mean of what is left, but leave a fen for everyone after.
            let ceiling = min(remaining * 2 / left, remaining - (left - 1))
            return Int64.random(in: 1...max(1, ceiling), using: &random)
        }
    }
}
