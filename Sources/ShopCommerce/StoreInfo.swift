/// A merchant's micro-store.
public struct StoreInfo: Sendable, Equatable {
    public var id: String
    public var name: String
    public var nameZh: String
    public var description: String

    public init(id: String, name: String, nameZh: String = "", description: String = "") {
        self.id = id
        self.name = name
        self.nameZh = nameZh
        self.description = description
    }
}
