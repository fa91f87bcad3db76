import Foundation
import ShopChat
import TestSupport
import Testing

/// Addresses are personal data (PROTOCOL.md §9): a server logging at its most talkative writes
/// none of one, and another user's turns never show it.
@Suite struct AddressPrivacyTests {
    @Test func anAddressReachesNeitherTheLogNorAnotherUser() throws {
        let server = try ServeProcess(["--db", ":memory:", "--clock", "2026-01-01T09:00:00+08:00", "--log-level", "trace"])
        defer { _ = server.stop() }
        let client = try AttackerClient(port: server.port)
        _ = client.say("add P1003", as: "alice")
        #expect(client.say("check out", as: "alice")?.value(at: "data.expecting") == "address")
        let preview = client.say("上海市徐汇区漕溪北路1号 王五 13700137000", as: "alice")
        #expect(preview?.value(at: "data.checkout.ship_to.phone") == "137****7000")
        #expect(client.say("yes", as: "alice")?.value(at: "data.order.ship_to.text") == "上海市徐汇区漕溪北路1号 王五")
        var seen = ""
        for text in ["my addresses", "show my orders", "where is order 1001", "寄到家里", "what are my friends buying"] {
            seen += client.say(text, as: "bob")?.jsonText ?? ""
        }
        #expect(!seen.isEmpty)
        #expect(!seen.contains("漕溪北路") && !seen.contains("7000"), "bob saw alice's address: \(seen)")
        let log = try String(contentsOfFile: server.logPath, encoding: .utf8)
        #expect(log.contains("turn"), "the log is written at trace level")
        #expect(!log.contains("漕溪北路") && !log.contains("13700137000"), "an address in the log")
    }
}
