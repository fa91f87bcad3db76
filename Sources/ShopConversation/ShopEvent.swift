/// Something a user should hear about without asking (PROTOCOL.md §3 pushes): a red envelope
/// for bob, a converted share. Fronts decide how to deliver it.
public struct ShopEvent: Sendable, Equatable {
    public var name: String
    public var user: String
    public var data: JSONValue

    public init(name: String, user: String, data: JSONValue) {
        self.name = name
        self.user = user
        self.data = data
    }
}
