/// Why a turn was not taken, as the JSON fronts report it (`error.code` of PROTOCOL.md §3).
public struct ReplyError: Sendable, Equatable {
    /// `forbidden`, `bad_user` or `internal`.
    public var code: String
    public var message: String
    /// For `internal`: the reference that is also in the log, so a report can be matched to it.
    public var reference: String?

    public init(code: String, message: String, reference: String? = nil) {
        self.code = code
        self.message = message
        self.reference = reference
    }

    public static let forbidden = ReplyError(
        code: "forbidden", message: "Operator commands are for the operator only; nothing was changed.")

    public static func badUser(_ name: String) -> ReplyError {
        ReplyError(code: "bad_user", message: "\"\(name.prefix(40))\" isn't a user name: 1 to 32 letters, digits, - _ or . only.")
    }
}
