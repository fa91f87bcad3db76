import Foundation
import ShopWeChat
import Testing

/// URL verification, signatures and bad input, against the real binary over real HTTP.
@Suite struct WeChatProtocolTests {
    static let token = "t0k3n-wechat"

    @Test func urlVerificationEchoesOnlyWhenSigned() async throws {
        let server = try await WeChatProcess.start(["--token", Self.token])
        let client = WeChatClient(port: server.port, token: Self.token)
        let good = try await client.verify(echo: "5837201938471")
        #expect(good.status == 200)
        #expect(good.body == "5837201938471")
        let bad = try await client.verify(echo: "5837201938471", signature: String(repeating: "0", count: 40))
        #expect(bad.status == 403)
        #expect(!bad.body.contains("5837201938471"))
        let wrongToken = try await WeChatClient(port: server.port, token: "other").verify(echo: "1")
        #expect(wrongToken.status == 403)
        let unsigned = try await client.send("GET", [("echostr", "1")])
        #expect(unsigned.status == 403)
        #expect(await server.stop() == 0)
    }

    @Test func textMessageGetsAPassiveXMLReplyInChinese() async throws {
        let server = try await WeChatProcess.start(["--token", Self.token])
        let client = WeChatClient(port: server.port, token: Self.token)
        let openID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"
        let reply = try await client.text("有没有电饭煲", from: openID)
        #expect(reply.status == 200)
        #expect(reply.fields["ToUserName"] == openID)
        #expect(reply.fields["FromUserName"] == client.account)
        #expect(reply.fields["MsgType"] == "text")
        #expect(Int64(reply.fields["CreateTime"] ?? "").map { $0 > 1_700_000_000 } == true)
        #expect(reply.content.contains("电饭煲"))
        #expect(reply.content.contains("回复数字："))
        // English in, English out.
        let english = try await client.text("search rice cooker", from: openID)
        #expect(english.content.contains("Rice Cooker") || english.content.contains("rice cooker"))
        #expect(english.content.contains("Reply with a number:"))
        #expect(await server.stop() == 0)
    }

    @Test func badRequestsAreRefusedAndChangeNothing() async throws {
        let server = try await WeChatProcess.start(["--token", Self.token])
        let client = WeChatClient(port: server.port, token: Self.token)
        let openID = "oBadInput0000000000000000000"
        let add = WeChatClient.textXML("加购P1001", from: openID, to: client.account, msgID: 77)
        // A bad signature: 403, and the message is not taken.
        let forged = try await client.post(add, badSignature: true)
        #expect(forged.status == 403)
        // Not XML, and XML that isn't WeChat's: 400.
        #expect(try await client.post("<xml><ToUserName>gh</ToUserName").status == 400)
        #expect(try await client.post("{\"text\": \"加购P1001\"}").status == 400)
        #expect(try await client.post("<message><Content>加购P1001</Content></message>").status == 400)
        // Fields missing or out of range: 400.
        #expect(try await client.post(add.replacingOccurrences(of: "<MsgId>77</MsgId>", with: "")).status == 400)
        #expect(try await client.post(add.replacingOccurrences(of: "<MsgId>77</MsgId>", with: "<MsgId>-1</MsgId>")).status == 400)
        let noSender = add.replacingOccurrences(of: "<FromUserName><![CDATA[\(openID)]]></FromUserName>", with: "")
        #expect(try await client.post(noSender).status == 400)
        // Over 64 KiB: 413.
        let huge = WeChatClient.textXML("加购P1001" + String(repeating: "啊", count: 30_000), from: openID, to: client.account, msgID: 78)
        #expect(try await client.post(huge).status == 413)
        // None of them reached the store: the cart is empty, and msg 77 was never seen.
        let cart = try await client.text("看看购物车", from: openID)
        #expect(cart.content.contains("空"))
        let first = try await client.reply(to: add)
        #expect(first.content.contains("购物车"))
        #expect(await server.stop() == 0)
    }

    @Test func operatorCommandsFromWeChatAreRefused() async throws {
        let server = try await WeChatProcess.start(["--token", Self.token])
        let client = WeChatClient(port: server.port, token: Self.token)
        let openID = "oOperatorWannabe000000000000"
        let refused = try await client.text("/stock P1001 0", from: openID)
        #expect(refused.content.contains("没有权限"))
        let wallet = try await client.text("/wallet \(WeChatUserName.of(openID: openID)) 100000000", from: openID)
        #expect(wallet.content.contains("没有权限"))
        let english = try await client.text("/give \(WeChatUserName.of(openID: openID)) WELCOME10 please", from: openID)
        #expect(english.content.contains("for the operator only"))
        // Stock is untouched: the product can still be bought.
        let add = try await client.text("加购P1001", from: openID)
        #expect(add.content.contains("已加入购物车") || add.content.contains("购物车"))
        #expect(!add.content.contains("缺货"))
        #expect(await server.stop() == 0)
    }

    @Test func aBadMenuFileStopsTheServerWithTheLine() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("menu-\(UUID().uuidString).txt").path
        try "# menu\nCART = 看看购物车\nBROKEN LINE\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { unlink(path) }
        let error = await #expect(throws: WeChatProcess.Failure.self) {
            try await WeChatProcess.start(["--token", Self.token, "--menu", path])
        }
        #expect(error?.description.contains(":3: expected KEY = utterance") == true)
    }
}
