import Foundation
import ShopChat
import Testing

/// Server pushes (PROTOCOL.md §3): events reach every connection that speaks for their user.
@Suite(.serialized) struct PushTests {
    /// Reads lines until one is an event named `name`, or nil when none comes.
    func event(_ name: String, on client: LineClient) -> JSONValue? {
        while let line = client.json() {
            if line["event"] == .string(name) { return line }
        }
        return nil
    }

    @Test func aRedEnvelopeReachesEveryConnectionOfItsRecipient() throws {
        let harness = try ServerHarness()
        let phone = try harness.connect()
        let laptop = try harness.connect()
        #expect(phone.request(#"{"hello": {"user": "bob"}}"#)?["ok"] == .bool(true))
        #expect(laptop.request(#"{"user": "bob", "text": "hi"}"#)?["ok"] == .bool(true))
        let alice = try harness.connect()
        _ = alice.request(#"{"user": "alice", "text": "send a ¥8.88 red envelope to @bob"}"#)
        let sent = alice.request(#"{"user": "alice", "text": "yes"}"#)
        #expect(sent?.value(at: "data.packet.amount") == .int(888))
        for client in [phone, laptop] {
            let pushed = event("redpacket.received", on: client)
            #expect(pushed?["user"] == .string("bob"))
            #expect(pushed?.value(at: "data.packet") == .int(1))
        }
    }

    /// A push is written for whoever receives it: bob chose Chinese, so alice's English red
    /// envelope reaches him in Chinese, while her reply stays English.
    @Test func aPushSpeaksTheReceiversLanguage() throws {
        let harness = try ServerHarness()
        let bob = try harness.connect()
        #expect(bob.request(#"{"user": "bob", "text": "说中文"}"#)?["lang"] == .string("zh"))
        let alice = try harness.connect()
        _ = alice.request(#"{"user": "alice", "text": "send a ¥8.88 red envelope to @bob"}"#)
        let sent = alice.request(#"{"user": "alice", "text": "yes"}"#)
        #expect(sent?["lang"] == .string("en"))
        let pushed = event("redpacket.received", on: bob)
        #expect(pushed?["lang"] == .string("zh"))
        #expect(pushed?["text"]?.plainText.contains("抢红包") == true)
        // Bob's inbox shows it in Chinese too.
        let inbox = bob.request(#"{"user": "bob", "text": "我的消息"}"#)
        #expect(inbox?["reply"]?.plainText.contains("alice发了个红包") == true, "\(inbox?["reply"]?.plainText ?? "")")
    }

    @Test func completingAGroupBuyTellsTheOthersTheirOrdersArePlaced() throws {
        let harness = try ServerHarness()
        let starter = try harness.connect()
        let joiner = try harness.connect()
        let last = try harness.connect()
        for (client, user) in [(starter, "a1"), (joiner, "a2"), (last, "a3")] {
            _ = client.request(#"{"user": "\#(user)", "text": "添加地址 北京市朝阳区建国路88号 13800138000"}"#)
        }
        _ = starter.request(#"{"user": "a1", "text": "start a group buy for P1001"}"#)
        _ = joiner.request(#"{"user": "a2", "text": "join group buy G1"}"#)
        let done = last.request(#"{"user": "a3", "text": "join group buy G1"}"#)
        #expect(done?["ok"] == .bool(true))
        for (client, user) in [(starter, "a1"), (joiner, "a2")] {
            let order = event("order.updated", on: client)
            #expect(order?["user"] == .string(user))
            #expect(order?.value(at: "data.status") == .string("placed"))
            // Pushes may pass through a gateway's logs: no address in them.
            #expect(order?.jsonText.contains("建国路") == false && order?.jsonText.contains("13800138000") == false)
        }
        // The speaker's reply says it all: the next line on its connection is the next reply.
        let next = last.request(#"{"id": "after", "user": "a3", "text": "show my orders"}"#)
        #expect(next?["id"] == .string("after"))
    }
}
