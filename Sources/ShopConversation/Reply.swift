import ShopIntents

/// The answer to one turn: text for people, `data` for programs, and any events to push.
public struct Reply: Sendable, Equatable {
    /// Who the reply is for (after `/as`, the new user).
    public var user: String
    /// What to show the person; may span several lines.
    public var text: String
    /// The understood intent; nil for operator commands.
    public var intent: Parse?
    /// An object (PROTOCOL.md §5); empty when the turn has no structured result.
    public var data: JSONValue
    /// Pushes for users other than (or as well as) the speaker, to deliver on their connections.
    public var events: [ShopEvent]
    /// True after `/quit`: the front should stop reading.
    public var quit: Bool
    /// Set when the request could not be taken (an operator command from a client, a bad user
    /// name, a failed turn): JSON fronts answer `ok: false` with it. `text` says the same for
    /// people.
    public var error: ReplyError?
    /// The language `text` is written in (PROTOCOL.md §4a).
    public var lang: Language
    /// Up to four short things the user might say next, in `lang`, for quick-reply buttons.
    public var suggestions: [String]

    public init(
        user: String, text: String, intent: Parse? = nil, data: JSONValue = .object([]), events: [ShopEvent] = [],
        quit: Bool = false, error: ReplyError? = nil, lang: Language = .en, suggestions: [String] = []
    ) {
        self.lang = lang
        self.suggestions = suggestions
        self.user = user
        self.text = text
        self.intent = intent
        self.data = data
        self.events = events
        self.quit = quit
        self.error = error
    }
}
