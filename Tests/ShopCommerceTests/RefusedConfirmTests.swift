import Foundation
import ShopChat
import Testing

/// A "yes" whose order can no longer be placed: refused, the preview it answered is dropped (in
/// the same transaction that rolled its own work back), and nothing else changes.
@Suite struct RefusedConfirmTests {
    @Test(arguments: Backend.all)
    func aRefusedYesDropsWhatItAnsweredAndNothingElse(_ backend: Backend) async throws {
        let (database, _) = try backend.freshStore()
        let conversation = try Conversation(
            database: database, user: "ana", clock: .fixed(ClockArgument.date("2026-01-01T09:00:00+08:00")!))
        func say(_ text: String) async -> Reply { await conversation.handle(Request(text: text)) }
        _ = await say("/stock P1003 2")
        _ = await say("add address: 88 Jianguo Road, Chaoyang, Beijing")
        _ = await say("add 2 of P1003")
        #expect(await say("check out").text.contains("Place the order?"))
        _ = await say("/stock P1003 1")
        let refused = await say("yes")
        #expect(refused.data.value(at: "error") != nil, "\(refused.text)")
        #expect(await say("yes").text.contains("nothing waiting"))
        #expect(await say("show my orders").data.value(at: "orders") == .array([]))
        #expect(await say("what's in my cart").data.value(at: "cart.items.0.quantity") == .int(2))
    }
}
