/// Something a user should be told without asking (a red envelope arrived, a share converted).
/// Use cases append notices; the conversation turns them into pushed events after the commit.
public struct Notice: Sendable, Equatable {
    public var name: String
    public var user: String
    public var fields: [(String, SQLValue)]

    public init(name: String, user: String, fields: [(String, SQLValue)]) {
        self.name = name
        self.user = user
        self.fields = fields
    }

    public static func == (lhs: Notice, rhs: Notice) -> Bool {
        lhs.name == rhs.name && lhs.user == rhs.user && lhs.fields.map(\.0) == rhs.fields.map(\.0)
            && lhs.fields.map(\.1) == rhs.fields.map(\.1)
    }
}

/// The notices of one turn. A reference, because every use case of the turn adds to the same log.
public final class NoticeLog {
    public private(set) var notices: [Notice] = []

    public init() {}

    public func append(_ notice: Notice) { notices.append(notice) }
}
