import Foundation
import ShopChat
import Testing

/// `Conversation.completionCandidates`, which Tab uses for product names and SKUs.
@Suite struct CompletionCandidatesTests {
    @Test func offersNamesAndSkusOfTheCurrentUsersLastList() throws {
        let conversation = try Conversation(database: SQLiteDatabase(path: ":memory:"), user: "alice")
        try LastResultsStore.showed(["P1002", "P1001"], to: "alice", in: conversation.database)
        #expect(
            conversation.completionCandidates() == [
                "Supor Rice Cooker 5L", "Midea Rice Cooker 4L", "苏泊尔电饭煲 5L", "美的电饭煲 4L", "P1002", "P1001",
            ])
    }

    @Test func followsTheCurrentUser() async throws {
        let conversation = try Conversation(database: SQLiteDatabase(path: ":memory:"), user: "alice")
        try LastResultsStore.showed(["P1002"], to: "alice", in: conversation.database)
        _ = await conversation.handle(Request(text: "/as bob"))
        #expect(conversation.completionCandidates().isEmpty)
        _ = await conversation.handle(Request(text: "/as alice"))
        #expect(conversation.completionCandidates().contains("P1002"))
    }
}
