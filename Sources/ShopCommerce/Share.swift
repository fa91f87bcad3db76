import Foundation

/// A product shared with a friend, a group, all friends or Moments, under a short code.
public struct Share: Sendable, Equatable {
    public var code: String
    public var sharer: String
    public var sku: String
    public var recipient: String
    public var createdAt: Date
    /// How many people it reached.
    public var reached: Int
}

/// How a user's shares are doing (PROTOCOL.md §5 `share.stats`).
public struct ShareStats: Sendable, Equatable {
    public var sent: Int64
    public var opened: Int64
    public var converted: Int64
    public var rewards: Int64
}

/// One line of a user's inbox.
public struct InboxItem: Sendable, Equatable {
    public var kind: String
    public var text: String
    public var at: Date
    public var silent: Bool
}
