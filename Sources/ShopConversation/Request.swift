import ShopIntents
import ShopText

/// One turn as a front hands it over: who speaks (nil: the front's current user) and what.
public struct Request: Sendable, Equatable {
    /// Echoed back unchanged by the JSON fronts, so a gateway can match replies to requests.
    public var id: RequestID?
    /// The speaker (letters, digits, `-` and `_`); nil means the conversation's current user.
    public var user: String?
    /// What was typed: an utterance in English or Chinese, or an operator command (`/stock P1001 5`).
    public var text: String
    /// The language the reply must be written in, whatever else is known (PROTOCOL.md §4a).
    public var lang: Language?

    public init(text: String, user: String? = nil, id: RequestID? = nil, lang: Language? = nil) {
        self.text = text
        self.user = user
        self.id = id
        self.lang = lang
    }

    /// An operator command (`/…`) rather than something a shopper says.
    public var isCommand: Bool { Conversation.trimmed(text).hasPrefix("/") }
}

/// A request's `id`: a JSON string or number, kept exactly as the client wrote it, so that the
/// reply carries the same bytes (`1e305` is not turned into `inf`, nor `12345678901234567890`
/// into a float).
public struct RequestID: Sendable, Equatable {
    /// The id as written: a JSON string literal with its quotes, or a JSON number.
    public let json: String

    /// `written` must be a valid JSON string or number; anything else is not an id.
    public init?(written: some Collection<UInt8>) {
        guard let first = written.first, first == UInt8(ascii: "\"") || first == UInt8(ascii: "-") || (0x30...0x39).contains(first) else {
            return nil
        }
        json = String(decoding: written, as: UTF8.self)
    }

    /// An id made by a program (tests, the load client): a string.
    public init(_ string: String) {
        json = JSONValue.string(string).jsonText
    }

    /// An id made by a program: a whole number.
    public init(_ number: Int) {
        json = String(number)
    }
}
