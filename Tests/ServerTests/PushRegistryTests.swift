import Logging
import NIOEmbedded
import ShopChat
import Testing

@testable import ShopServer

@Suite struct PushRegistryTests {
    /// A gateway connection relaying ever new users keeps only its most recent ones registered:
    /// the soak saw the registry grow with every distinct user a long-lived connection spoke for.
    @Test func aConnectionKeepsItsRecentUsersOnly() throws {
        let shared = ServerState(configuration: ServerConfiguration(workers: 1), logger: Logger(label: "test"))
        let conversation = try Conversation(database: SQLiteDatabase(path: ":memory:"))
        let session = ConnectionSession(channel: EmbeddedChannel(), shared: shared, conversation: conversation)
        let total = PushRegistry.usersPerConnection * 3
        for index in 0..<total { shared.registry.register(session, for: "u\(index)") }
        #expect(shared.registry.userCount <= PushRegistry.usersPerConnection)
        #expect(shared.registry.sessions(of: "u\(total - 1)").count == 1)
        #expect(shared.registry.sessions(of: "u0").isEmpty)
        shared.registry.unregister(session)
        #expect(shared.registry.userCount == 0)
    }
}
