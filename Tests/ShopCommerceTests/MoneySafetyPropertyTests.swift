import Foundation
import ShopChat
import Testing

/// Money safety as a property, over a thousand generated conversations of people shopping the
/// way they talk (references, deltas, side questions, yes and no at odd moments): a turn never
/// puts more than one product line in the cart unless the words asked for several, and no order
/// is placed but by a yes to a preview of exactly that order.
@Suite struct MoneySafetyPropertyTests {
    static let utterances = [
        "search toothbrush", "search rice cooker", "search socks", "what's on sale today", "搜索电饭煲", "有美的的吗",
        "tell me more about the second one", "tell me more about P1003", "compare the first two", "which one is cheapest",
        "add it", "add them", "add 2 of them", "add 5 more of those", "add the first one", "add the cheapest one",
        "add both", "add all of them", "再加一个", "再来两个", "加入购物车", "buy this", "把这些都加入购物车",
        "add 2 xiaomi rice cookers and a toothbrush", "来两瓶洗发水和一支牙膏", "全都来一个", "add it and a toothbrush",
        "remove one of them", "remove it", "make it 3", "actually 2", "empty my cart", "what's in my cart",
        "check out", "yes", "no", "how much with my coupon?", "how many points do I have", "use 100 points",
        "show my orders", "never mind", "ok", "sure", "确认", "好的", "就这样吧", "cancel my last order", "下单",
    ]

    /// The utterances that name several products on purpose.
    static let asksForSeveral: Set = [
        "add both", "add all of them", "把这些都加入购物车", "add 2 xiaomi rice cookers and a toothbrush", "来两瓶洗发水和一支牙膏", "全都来一个",
    ]

    static let start = ClockArgument.date("2026-01-01T09:00:00+08:00")!

    @Test func noTurnWidensAndNoOrderWithoutItsYes() async throws {
        let (database, _) = try Backend.sqlite.freshStore()
        var random = SeededRandom(seed: 20_261_202)
        var turns = 0
        // One engine for all: each conversation is opened from the first one's template.
        let template = try Conversation(database: database, clock: .fixed(Self.start)).template
        for conversationNumber in 0..<600 {
            let user = "p\(conversationNumber)"
            let conversation = template.make()
            func cart() throws -> [String: Int64] {
                try database.read { tx in
                    Dictionary(
                        uniqueKeysWithValues: try Commerce(tx, now: Self.start).cart(of: user).lines.map { ($0.product.sku, $0.quantity) })
                }
            }
            func orders() throws -> [Order] { try database.read { tx in try Commerce(tx, now: Self.start).orders(of: user) } }
            // The preview a yes answers: the latest one shown (a side question may come between).
            var shown: JSONValue?
            for _ in 0..<(8 + Int(random.next() % 12)) {
                let text = Self.utterances[Int(random.next() % UInt64(Self.utterances.count))]
                let cartBefore = try cart()
                let ordersBefore = try orders().count
                let reply = await conversation.handle(Request(text: text, user: user))
                turns += 1
                let cartAfter = try cart()
                let grown = cartAfter.filter { $0.value > cartBefore[$0.key, default: 0] }
                if !Self.asksForSeveral.contains(text) {
                    #expect(grown.count <= 1, "\(user): \"\(text)\" added \(grown.count) lines: \(reply.text)")
                }
                let placed = try orders()
                if placed.count > ordersBefore, let order = placed.first {
                    #expect(reply.intent?.intent == .confirm, "\(user): \"\(text)\" placed order \(order.id) without a yes")
                    #expect(shown?.value(at: "total") == .int(order.total), "\(user): order \(order.id) is not the preview it answered")
                    #expect(
                        Dictionary(uniqueKeysWithValues: order.items.map { ($0.sku, $0.quantity) }) == cartBefore,
                        "\(user): order \(order.id) is not the cart the preview showed")
                }
                if let preview = reply.data.value(at: "checkout") { shown = preview }
            }
        }
        #expect(turns > 5_000)
    }
}
