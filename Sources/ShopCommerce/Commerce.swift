import Foundation

/// The commerce engine inside one store transaction: every use case reads and writes through
/// `tx`, so a turn's changes commit together or not at all.
public struct Commerce {
    public let tx: any SQLSession
    public let now: Date
    /// What users should be told of this turn's changes.
    public let notices: NoticeLog
    /// What this turn's searches have read of the catalog's index.
    let searchMemo = SearchMemo()

    public init(_ tx: any SQLSession, now: Date, notices: NoticeLog = NoticeLog()) {
        self.tx = tx
        self.now = now
        self.notices = notices
    }

    /// Puts a message in `user`'s inbox and, unless `silent`, notes it for pushing.
    func deliver(to user: String, kind: String, text: String, silent: Bool = false, fields: [(String, SQLValue)] = []) throws {
        try tx.execute(
            """
            INSERT INTO inbox ("user", kind, text, at, silent, fields) VALUES (\(.text(user)), \(.text(kind)), \
            \(.text(text)), \(.int(timestamp)), \(SQLValue(silent)), \(.text(InboxFields.encode(fields))))
            """)
        if !silent { notices.append(Notice(name: kind, user: user, fields: fields + [("text", .text(text))])) }
    }

    /// A push without an inbox line: news the user's other connections should hear now, that
    /// their order list already keeps (`order.updated`).
    func notify(_ user: String, kind: String, fields: [(String, SQLValue)]) {
        notices.append(Notice(name: kind, user: user, fields: fields))
    }

    /// China Standard Time's offset from UTC: the shop's days turn at midnight in Beijing.
    static let chinaOffset: Int64 = 8 * 3_600

    /// Today's number in China Standard Time (days since 1970-01-01 there).
    var chinaDay: Int64 { (timestamp + Self.chinaOffset) / 86_400 }

    /// Start of the current day in China Standard Time, for "per day" limits.
    var startOfDay: Int64 { chinaDay * 86_400 - Self.chinaOffset }

    /// Now as Unix seconds, the form times are stored in.
    public var timestamp: Int64 { Int64(now.timeIntervalSince1970.rounded(.down)) }
}
