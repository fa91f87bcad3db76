import Foundation
import Logging
import ShopChat
import Testing

@Suite(.serialized) struct ServerTests {
    @Test func everyBadLineGetsItsErrorAndTheConnectionStaysUsable() throws {
        let harness = try ServerHarness()
        let client = try harness.connect()
        #expect(client.request("not json")?.value(at: "error.code") == "bad_json")
        #expect(client.request(#"{"id": 9}"#)?.value(at: "error.code") == "missing_text")
        #expect(client.request(#"{"id": 9}"#)?["id"] == .int(9))
        client.send([0x7B, 0xFF, 0x7D, 0x0A])
        #expect(client.json()?.value(at: "error.code") == "bad_utf8")
        client.send(String(repeating: "x", count: 70_000))
        #expect(client.json()?.value(at: "error.code") == "line_too_long")
        client.send([0x7B, 0x00, 0x7D, 0x0A])
        #expect(client.json()?.value(at: "error.code") == "bad_json")
        #expect(client.request(#"{"id": "a", "user": "alice", "text": "/wallet alice 700"}"#)?.value(at: "error.code") == "forbidden")
        let reply = try harness.operatorConnection().request(#"{"id": "a", "user": "alice", "text": "/wallet alice 700"}"#)
        #expect(reply?["ok"] == .bool(true))
        #expect(reply?.value(at: "data.wallet.balance") == .int(700))
    }

    @Test func repliesComeInRequestOrder() throws {
        let harness = try ServerHarness()
        let client = try harness.operatorConnection()
        for index in 0..<50 { client.send(#"{"id": \#(index), "user": "u\#(index % 5)", "text": "/wallet u\#(index % 5) \#(index)"}"#) }
        for index in 0..<50 { #expect(client.json()?["id"] == .int(Int64(index))) }
    }

    /// Utterances wait for their commit off every thread (on SQLite) and commands run on a worker
    /// lane; a connection that sends many of both at once still hears back in order.
    @Test func pipelinedTurnsAndCommandsAnswerInOrder() throws {
        let harness = try ServerHarness()
        let client = try harness.operatorConnection()
        let texts = ["what's in my cart", "how many points do I have", "/wallet p%d 100", "search socks", "show my coupons"]
        for index in 0..<60 {
            let text = texts[index % texts.count].replacingOccurrences(of: "%d", with: "\(index % 3)")
            client.send(#"{"id": \#(index), "user": "p\#(index % 3)", "text": "\#(text)"}"#)
        }
        for index in 0..<60 {
            let reply = client.json()
            #expect(reply?["id"] == .int(Int64(index)))
            #expect(reply?["ok"] == .bool(true))
        }
    }

    @Test func aTokenIsRequiredWhenSet() throws {
        let harness = try ServerHarness(token: "s3cret")
        let stranger = try harness.connect()
        #expect(stranger.request(#"{"text": "hi"}"#)?.value(at: "error.code") == "unauthorized")
        #expect(stranger.readLine() == nil)
        let friend = try harness.connect()
        #expect(friend.request(#"{"hello": {"token": "s3cret"}}"#)?["ok"] == .bool(true))
        #expect(friend.request(#"{"user": "bob", "text": "who am I"}"#)?["user"] == .string("bob"))
        #expect(friend.request(#"{"text": "/as bob"}"#)?.value(at: "error.code") == "forbidden")
        #expect(throws: ShopServer.Failure.self) {
            try ShopServer(configuration: ServerConfiguration(host: "0.0.0.0", port: 0), logger: .init(label: "t")) {
                fatalError("never called")
            }
        }
    }

    @Test func aFloodingUserIsRateLimitedAndOthersAreNot() throws {
        let harness = try ServerHarness(rate: 5)
        let client = try harness.operatorConnection()
        var limited = 0
        for _ in 0..<30 where client.request(#"{"user": "flood", "text": "/wallet flood 1"}"#)?.value(at: "error.code") == "rate_limited" {
            limited += 1
        }
        #expect(limited > 0)
        #expect(client.request(#"{"user": "calm", "text": "/wallet calm 1"}"#)?["ok"] == .bool(true))
    }

    @Test func connectionsBeyondTheLimitAreRefused() throws {
        let harness = try ServerHarness(maximumConnections: 2)
        let first = try harness.connect()
        let second = try harness.connect()
        #expect(first.request(#"{"user": "a", "text": "hi"}"#)?["ok"] == .bool(true))
        #expect(second.request(#"{"user": "b", "text": "hi"}"#)?["ok"] == .bool(true))
        let third = try harness.connect()
        #expect(third.json()?.value(at: "error.code") == "rate_limited")
        #expect(third.readLine() == nil)
    }

    @Test func aVanishedClientLeavesOthersUnaffected() throws {
        let harness = try ServerHarness()
        do {
            let rude = try harness.connect()
            rude.send(Array(#"{"text": "/as gone", "us"#.utf8))
        }
        let client = try harness.operatorConnection()
        #expect(client.request(#"{"text": "/as here"}"#)?["user"] == .string("here"))
    }
}
