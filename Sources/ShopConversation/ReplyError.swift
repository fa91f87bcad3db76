import ShopIntents

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

    public static func forbidden(_ lang: Language = .en) -> ReplyError {
        ReplyError(code: "forbidden", message: GeneralText.forbidden.text(lang))
    }

    public static func badUser(_ name: String, _ lang: Language = .en) -> ReplyError {
        ReplyError(code: "bad_user", message: GeneralText.badUser(String(name.prefix(40))).text(lang))
    }
}
