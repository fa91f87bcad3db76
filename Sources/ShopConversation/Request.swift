/// One turn as a front hands it over: who speaks (nil: the front's current user) and what.
public struct Request: Sendable, Equatable {
    public var id: JSONValue?
    public var user: String?
    public var text: String

    public init(text: String, user: String? = nil, id: JSONValue? = nil) {
        self.text = text
        self.user = user
        self.id = id
    }
}
