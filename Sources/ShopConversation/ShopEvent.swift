import ShopIntents

/// Something a user should hear about without asking (PROTOCOL.md §3 pushes): a red envelope
/// for bob, a converted share. Fronts decide how to deliver it.
public struct ShopEvent: Sendable, Equatable {
    /// The event's name, e.g. `redpacket.received`, `share.converted` (PROTOCOL.md §3).
    public var name: String
    /// Who should hear of it.
    public var user: String
    /// Its details, as in the JSON Lines push.
    public var data: JSONValue
    /// One sentence for the person, in `lang`, for fronts that show pushes as text.
    public var text: String
    /// The language `text` is written in: the receiver's, not the sender's.
    public var lang: Language

    public init(name: String, user: String, data: JSONValue, text: String = "", lang: Language = .en) {
        self.name = name
        self.user = user
        self.data = data
        self.text = text
        self.lang = lang
    }
}
