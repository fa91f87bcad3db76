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

    public init(sent: Int64, opened: Int64, converted: Int64, rewards: Int64) {
        self.sent = sent
        self.opened = opened
        self.converted = converted
        self.rewards = rewards
    }
}

/// One line of a user's inbox.
public struct InboxItem: Sendable, Equatable {
    public var kind: String
    /// The message as written when it arrived (English), for rows from before `fields`.
    public var text: String
    public var at: Date
    public var silent: Bool
    /// Its details, as its push carried them, to write it again in the reader's language.
    public var fields: [(String, SQLValue)] = []

    public static func == (lhs: InboxItem, rhs: InboxItem) -> Bool {
        lhs.kind == rhs.kind && lhs.text == rhs.text && lhs.at == rhs.at && lhs.silent == rhs.silent
            && lhs.fields.map(\.0) == rhs.fields.map(\.0) && lhs.fields.map(\.1) == rhs.fields.map(\.1)
    }
}
