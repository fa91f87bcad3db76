import Foundation
import ShopChat
import Testing

@testable import ShopConversation

/// Lines a script already sent run together in one transaction (pipe mode): each is answered
/// exactly as it would be alone, a refused one changes nothing while the others stand, and
/// commands and other speakers between them keep their order.
@Suite struct TurnsTogetherTests {
    static let script: [Request] = [
        Request(text: "hi"),
        Request(text: "search rice cooker under 300"),
        Request(text: "add 2 of the first one"),
        Request(text: "add 99999 of the second one"),
        Request(text: "add -3 of the second one"),
        Request(text: "what's in my cart"),
        Request(text: "/as bob"),
        Request(text: "搜电饭煲"),
        Request(text: "第一个来一个"),
        Request(text: "购物车里有啥"),
        Request(text: "hi", user: "NOT A USER!"),
        Request(text: "make it 3", user: "alice"),
        Request(text: "check out", user: "alice"),
        Request(text: "88 Jianguo Road, Chaoyang, Beijing 13800138000", user: "alice"),
        Request(text: "yes", user: "alice"),
        Request(text: "show my orders", user: "alice"),
        Request(text: "what's in my cart"),
        Request(text: "/quit"),
        Request(text: "search socks"),
    ]

    static func conversation() throws -> Conversation {
        let chat = try Conversation(
            database: SQLiteDatabase(path: ":memory:"), user: "alice", clock: .fixed(ClockArgument.date("2026-01-01T09:00:00+08:00")!))
        chat.allowsOperatorCommands = true
        return chat
    }

    @Test func runTogetherEachTurnIsAnsweredAsAlone() async throws {
        let alone = try Self.conversation()
        var oneByOne: [Reply] = []
        for request in Self.script {
            let reply = await alone.handle(request)
            oneByOne.append(reply)
            if reply.quit { break }
        }
        let chat = try Self.conversation()
        let together = await chat.handle(Self.script)
        // Really together: the runs between commands committed once each, not once a turn.
        let commits = { (chat: Conversation) in (chat.database as? SQLiteDatabase)?.commitStatistics.commits ?? 0 }
        #expect(commits(chat) < commits(alone) - 10, "\(commits(chat)) commits together, \(commits(alone)) alone")
        #expect(together.count == oneByOne.count)
        #expect(together.count == Self.script.count - 1, "nothing runs after /quit")
        for (index, (a, b)) in zip(together, oneByOne).enumerated() {
            #expect(a.text == b.text, "line \(index + 1): \(Self.script[index].text)")
            #expect(a.data == b.data, "line \(index + 1): \(Self.script[index].text)")
            #expect(a.user == b.user && a.lang == b.lang && a.error?.code == b.error?.code)
        }
        // What the script checks along the way, so that equal is also right.
        #expect(together[3].data["error"] == "invalid_quantity" && together[4].data["error"] == "invalid_quantity")
        #expect(together[5].text.contains("2 × "), "the refused adds changed nothing")
        #expect(together[9].user == "bob" && together[9].lang == .zh)
        #expect(together[10].error?.code == "bad_user")
        #expect(together[14].data["order"] != nil, "alice's order placed")
    }
}
