import ShopChat
import Testing

/// Groups found by the start of their name ("相亲相爱" for 相亲相爱一家人), on both stores, and the
/// inbox keeping a message's fields to write it again in the reader's language.
@Suite struct GroupNameTests {
    @Test(arguments: Backend.all)
    func groupsAreFoundByTheStartOfTheirName(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        try store.write { try $0.setGroup("相亲相爱一家人", members: ["alice", "bob"]) }
        try store.write { try $0.setGroup("trio", members: ["alice", "bob", "carol"]) }
        try store.write { try $0.setGroup("trip", members: ["alice", "carol"]) }
        #expect(try store.write { try $0.groupNames(startingWith: "相亲相爱") } == ["相亲相爱一家人"])
        #expect(try store.write { try $0.groupNames(startingWith: "tri") } == ["trio", "trip"])
        #expect(try store.write { try $0.groupNames(startingWith: "trio") } == ["trio"])
        #expect(try store.write { try $0.groupNames(startingWith: "家人") }.isEmpty)
    }

    @Test(arguments: Backend.all)
    func theInboxKeepsAMessagesFields(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        _ = try store.write { try $0.befriend("alice", "bob") }
        _ = try store.write { try $0.share(sku: "T1", from: "alice", to: "@bob", code: "ABC234") }
        let item = try #require(try store.write { try $0.inbox(of: "bob") }.first)
        #expect(item.kind == "share.received")
        #expect(item.fields.map(\.0) == ["code", "from", "sku"])
        #expect(item.fields.first { $0.0 == "from" }?.1 == .text("alice"))
    }
}
