import Foundation
import ShopChat
import ShopWeChat
import Testing

/// Shopping through WeChat end to end: the real binary, real HTTP, a real SQLite store.
@Suite struct WeChatShoppingTests {
    static let token = "shop-token"

    @Test func aRetriedConfirmPlacesOneOrderAndGetsTheSameReply() async throws {
        let server = try await WeChatProcess.start(["--token", Self.token])
        let client = WeChatClient(port: server.port, token: Self.token)
        let openID = "oRetry0000000000000000000001"
        _ = try await client.text("搜索电饭煲", from: openID)
        _ = try await client.text("把第一个加入购物车", from: openID)
        // A first order: where it goes is asked first.
        let asked = try await client.text("结账", from: openID)
        #expect(asked.content.contains("寄到哪里"))
        let preview = try await client.text("北京市朝阳区建国路88号 张三 13800138000", from: openID)
        #expect(preview.content.contains("确认") && preview.content.contains("138****8000"), "\(preview.content)")
        // WeChat's retries: the same MsgId, twice at once and once more after.
        let yes = WeChatClient.textXML("好的", from: openID, to: client.account, msgID: 9_000_001)
        async let first = client.reply(to: yes)
        async let second = client.reply(to: yes)
        let (a, b) = try await (first, second)
        let third = try await client.reply(to: yes)
        #expect(a.content.contains("订单"))
        #expect(a.content == b.content)
        #expect(a.content == third.content)
        let orders = try await client.text("我的订单", from: openID)
        #expect(await server.stop() == 0)
        // Exactly one order in the store.
        let database = try SQLiteDatabase(path: server.database)
        let user = WeChatUserName.of(openID: openID)
        let placed = try database.read { tx in try Commerce(tx, now: Date()).orders(of: user) }
        #expect(placed.count == 1, "orders: \(orders.content)")
    }

    @Test func subscribeGreetsAndGrantsTheWelcomeCoupon() async throws {
        let server = try await WeChatProcess.start(["--token", Self.token])
        let client = WeChatClient(port: server.port, token: Self.token)
        let openID = "oNewFollower0000000000000001"
        let time = Int(Date().timeIntervalSince1970)
        let welcome = try await client.event("subscribe", from: openID, time: time)
        #expect(welcome.content.contains("欢迎"))
        // The retry of the same event does not greet twice as a first visit.
        let retry = try await client.event("subscribe", from: openID, time: time)
        #expect(retry.content == welcome.content)
        let coupons = try await client.text("我的优惠券", from: openID)
        #expect(coupons.content.contains("WELCOME10"))
        // Unsubscribing is answered `success` and mutes marketing in the store.
        let bye = try await client.event("unsubscribe", from: openID)
        #expect(bye.status == 200 && bye.raw == "success")
        #expect(await server.stop() == 0)
        let database = try SQLiteDatabase(path: server.database)
        let muted = try database.read { tx in try Commerce(tx, now: Date()).isMuted(WeChatUserName.of(openID: openID)) }
        #expect(muted)
    }

    @Test func menuClicksSpeakTheirUtterance() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("menu-\(UUID().uuidString).txt").path
        try "# the account's custom menu\nMY_COUPONS = 我的优惠券\nDEALS = 今天有什么优惠\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { unlink(path) }
        let server = try await WeChatProcess.start(["--token", Self.token, "--menu", path])
        let client = WeChatClient(port: server.port, token: Self.token)
        let openID = "oMenuClicker0000000000000001"
        _ = try await client.event("subscribe", from: openID)
        let clicked = try await client.event("CLICK", key: "MY_COUPONS", from: openID)
        #expect(clicked.content.contains("WELCOME10"))
        let unknown = try await client.event("CLICK", key: "NOT_THERE", from: openID)
        #expect(unknown.content.contains("菜单项"))
        // A VIEW (a link button) needs no words.
        let view = try await client.event("VIEW", key: "https://shop.example.com", from: openID)
        #expect(view.raw == "success")
        // Other message types get a polite word, not an error.
        let image = """
            <xml><ToUserName><![CDATA[\(client.account)]]></ToUserName><FromUserName><![CDATA[\(openID)]]></FromUserName>\
            <CreateTime>1767229200</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://x/y.jpg]]></PicUrl>\
            <MediaId><![CDATA[m1]]></MediaId><MsgId>4242</MsgId></xml>
            """
        let polite = try await client.reply(to: image)
        #expect(polite.status == 200)
        #expect(polite.content.contains("文字"))
        // Voice with WeChat's speech recognition is taken as the recognised words.
        let voice = """
            <xml><ToUserName><![CDATA[\(client.account)]]></ToUserName><FromUserName><![CDATA[\(openID)]]></FromUserName>\
            <CreateTime>1767229200</CreateTime><MsgType><![CDATA[voice]]></MsgType><MediaId><![CDATA[m2]]></MediaId>\
            <Format><![CDATA[amr]]></Format><Recognition><![CDATA[我的优惠券]]></Recognition><MsgId>4243</MsgId></xml>
            """
        #expect(try await client.reply(to: voice).content.contains("WELCOME10"))
        #expect(await server.stop() == 0)
    }

    @Test func aDigitAnswersTheLastNumberedMenu() async throws {
        let server = try await WeChatProcess.start(["--token", Self.token])
        let client = WeChatClient(port: server.port, token: Self.token)
        let hello = try await client.text("你好", from: "oDigits000000000000000000001")
        let menu = try #require(hello.content.components(separatedBy: "回复数字：\n").last)
        let firstLine = try #require(menu.split(separator: "\n").first)
        #expect(firstLine.hasPrefix("1 "))
        let suggestion = String(firstLine.dropFirst(2))
        // "1" says what the first line says: the same reply as typing it out.
        let byDigit = try await client.text("1", from: "oDigits000000000000000000001")
        let typed = try await client.text(suggestion, from: "oDigitsTyped0000000000000001")
        #expect(byDigit.content == typed.content)
        #expect(!byDigit.content.isEmpty)
        #expect(await server.stop() == 0)
    }

    @Test func aRedEnvelopeForAFriendIsShownOnTheirNextMessage() async throws {
        let server = try await WeChatProcess.start(["--token", Self.token])
        let client = WeChatClient(port: server.port, token: Self.token)
        let alice = "oAlice00000000000000000000001"
        let bob = "oBob0000000000000000000000001"
        _ = try await client.text("你好", from: bob)
        let befriended = try await client.text("加@\(WeChatUserName.of(openID: bob))为好友", from: alice)
        #expect(befriended.content.contains("好友"))
        let preview = try await client.text("给朋友发个20块的红包分2个", from: alice)
        #expect(preview.content.contains("20"))
        let sent = try await client.text("好的", from: alice)
        #expect(sent.content.contains("红包"))
        #expect(!sent.content.contains("新消息"))
        let next = try await client.text("你好", from: bob)
        #expect(next.content.hasPrefix("你有1条新消息："))
        #expect(next.content.contains("红包"))
        // Shown once.
        let after = try await client.text("你好", from: bob)
        #expect(!after.content.contains("新消息"))
        #expect(await server.stop() == 0)
    }

    @Test func aTurnOverTheWindowIsAnsweredSuccess() async throws {
        // A window so short no turn should fit: the message is answered `success` at once (the
        // reply then waits for the next message; see WeChatFrontTests for that part). A fast turn
        // can still beat the window's timer (seen in CI: ten of ten within 1 ms; locally most
        // within 1 µs), so of sixty users' first messages, some must be answered so.
        let server = try await WeChatProcess.start(["--token", Self.token, "--reply-timeout", "0.000001"])
        let client = WeChatClient(port: server.port, token: Self.token)
        var answeredSuccess = 0
        for number in 0..<60 {
            let first = try await client.text("搜索电饭煲", from: "oSlowReply0000000000000000\(number + 10)")
            #expect(first.status == 200)
            if first.raw == "success" { answeredSuccess += 1 }
        }
        #expect(answeredSuccess > 0)
        #expect(await server.stop() == 0)
    }
}
