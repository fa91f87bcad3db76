/// One turn as a front hands it over: who speaks (nil: the front's current user) and what.
public struct Request: Sendable, Equatable {
    /// Echoed back unchanged by the JSON fronts, so a gateway can match replies to requests.
    public var id: JSONValue?
    /// The speaker (letters, digits, `-` and `_`); nil means the conversation's current user.
    public var user: String?
    /// What was typed: an utterance in English or Chinese, or an operator command (`/stock P1001 5`).
    public var text: String

    public init(text: String, user: String? = nil, id: JSONValue? = nil) {
        self.text = text
        self.user = user
        self.id = id
    }

    /// An operator command (`/…`) rather than something a shopper says.
    public var isCommand: Bool { Conversation.trimmed(text).hasPrefix("/") }
}
