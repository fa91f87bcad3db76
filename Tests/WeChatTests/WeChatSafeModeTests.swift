import Foundation
import ShopWeChat
import Testing

/// Safe mode (AES): Tencent's published sample vector, round trips, tampering, and the binary.
@Suite struct WeChatSafeModeTests {
    /// The vector of Tencent's WXBizMsgCrypt sample (Sample.cs / Sample.java of its SDK; found
    /// as published in e.g. github.com/2830499544/VipCard, Chain.Wechat/Tencent/Sample.cs).
    enum Published {
        static let token = "QDG6eK"
        static let appID = "wx5823bf96d3bd56c7"
        static let key = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"
        static let msgSignature = "477715d11cdb4164915debcba66cb864d751f3e6"
        static let timestamp = "1409659813"
        static let nonce = "1372623149"
        static let encrypt =
            "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q=="
    }

    @Test func thePublishedVectorVerifiesAndDecrypts() throws {
        #expect(
            WeChatSignature.verify(
                Published.msgSignature, parts: [Published.token, Published.timestamp, Published.nonce, Published.encrypt]))
        #expect(
            !WeChatSignature.verify(Published.msgSignature, parts: [Published.token, Published.timestamp, "1372623148", Published.encrypt]))
        let cipher = try WeChatCipher(encodingAESKey: Published.key, appID: Published.appID)
        let xml = try cipher.decrypt(Published.encrypt)
        let fields = try WeChatXML.fields(of: Data(xml.utf8))
        #expect(fields["FromUserName"] == "mycreate")
        #expect(fields["Content"] == "hello")
        #expect(fields["MsgId"] == "4561255354251345929")
    }

    /// Plain mode's signature, worked by hand: sha1("1409659813" + "1372623149" + "QDG6eK"),
    /// the three sorted as bytes (also what `printf … | sort | tr -d '\n' | sha1sum` gives).
    @Test func plainSignatureSortsThenHashes() {
        let byHand = "d2157f2f9079f4d6257b45edf665c43c62e60a0a"
        #expect(WeChatSignature.sign(["QDG6eK", "1409659813", "1372623149"]) == byHand)
        #expect(WeChatSignature.verify(byHand.uppercased(), parts: ["1409659813", "QDG6eK", "1372623149"]))
        #expect(!WeChatSignature.verify(String(byHand.dropLast()), parts: ["1409659813", "QDG6eK", "1372623149"]))
    }

    @Test func encryptionRoundTripsAndIsFreshEachTime() throws {
        let cipher = try WeChatCipher(encodingAESKey: Published.key, appID: Published.appID)
        for message in ["", "hello", "<xml><Content><![CDATA[电饭煲 ¥299]]></Content></xml>", String(repeating: "长", count: 5000)] {
            let sealed = try cipher.encrypt(message)
            #expect(try cipher.decrypt(sealed) == message)
            #expect(try cipher.encrypt(message) != sealed)
            // Padded to 32-byte blocks: the ciphertext is a multiple of 32 bytes.
            #expect(Data(base64Encoded: sealed)!.count % 32 == 0)
        }
        // A derived vector with fixed random bytes, so the layout is pinned down too.
        let fixed = try cipher.encrypt("hi", random: Array(repeating: 0x61, count: 16))
        #expect(try cipher.decrypt(fixed) == "hi")
        #expect(try cipher.encrypt("hi", random: Array(repeating: 0x61, count: 16)) == fixed)
    }

    @Test func tamperingIsRefused() throws {
        let cipher = try WeChatCipher(encodingAESKey: Published.key, appID: Published.appID)
        var bytes = [UInt8](Data(base64Encoded: Published.encrypt)!)
        // A flipped bit in the last block ruins the padding or the AppID.
        bytes[bytes.count - 5] ^= 0x01
        #expect(throws: WeChatCipher.Failure.self) { try cipher.decrypt(Data(bytes).base64EncodedString()) }
        #expect(throws: WeChatCipher.Failure.self) { try cipher.decrypt(String(Published.encrypt.dropLast(4))) }
        #expect(throws: WeChatCipher.Failure.badBase64) { try cipher.decrypt("not base64 at all!") }
        // Another account's AppID.
        let other = try WeChatCipher(encodingAESKey: Published.key, appID: "wx0000000000000000")
        #expect(throws: WeChatCipher.Failure.wrongAppID) { try other.decrypt(Published.encrypt) }
        #expect(throws: WeChatCipher.Failure.badKey) { try WeChatCipher(encodingAESKey: "short", appID: "wx") }
    }

    @Test func safeModeThroughTheBinary() async throws {
        let server = try await WeChatProcess.start([
            "--token", Published.token, "--encoding-aes-key", Published.key, "--app-id", Published.appID,
        ])
        let cipher = try WeChatCipher(encodingAESKey: Published.key, appID: Published.appID)
        // Tencent's own request, as published: decrypted, answered, encrypted back.
        let plain = WeChatClient(port: server.port, token: Published.token)
        let body = Data(
            "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA[\(Published.encrypt)]]></Encrypt></xml>".utf8)
        let query = [
            ("msg_signature", Published.msgSignature), ("timestamp", Published.timestamp), ("nonce", Published.nonce),
            ("encrypt_type", "aes"),
        ]
        let published = try await plain.send("POST", query, body: body)
        #expect(published.status == 200)
        let outer = try WeChatXML.fields(of: Data(published.body.utf8))
        let encrypted = try #require(outer["Encrypt"])
        #expect(
            outer["MsgSignature"] == WeChatSignature.sign([Published.token, outer["TimeStamp"] ?? "", outer["Nonce"] ?? "", encrypted]))
        let inner = try WeChatXML.fields(of: Data(try cipher.decrypt(encrypted).utf8))
        #expect(inner["ToUserName"] == "mycreate")
        #expect(inner["FromUserName"] == "wx5823bf96d3bd56c7")
        #expect(inner["MsgType"] == "text")
        #expect(!(inner["Content"] ?? "").isEmpty)

        // Our own encrypted messages round-trip through the binary.
        let client = WeChatClient(port: server.port, token: Published.token, cipher: cipher)
        let reply = try await client.text("搜索电饭煲", from: "oSafe000000000000000000000001")
        #expect(reply.content.contains("电饭煲"))
        // A forged signature: 403. A ciphertext changed and signed again (only the token holder
        // could): it does not decrypt, 400. Plain messages are not taken in safe mode: 403.
        let xml = WeChatClient.textXML("你好", from: "oSafe000000000000000000000001", to: client.account, msgID: 5)
        #expect(try await client.post(xml, badSignature: true).status == 403)
        var bytes = [UInt8](Data(base64Encoded: try cipher.encrypt(xml))!)
        bytes[bytes.count - 3] ^= 0x40
        let tampered = Data(bytes).base64EncodedString()
        let signature = WeChatSignature.sign([Published.token, "1767229200", "42", tampered])
        let forged = try await plain.send(
            "POST", [("msg_signature", signature), ("timestamp", "1767229200"), ("nonce", "42"), ("encrypt_type", "aes")],
            body: Data("<xml><Encrypt><![CDATA[\(tampered)]]></Encrypt></xml>".utf8))
        #expect(forged.status == 400)
        #expect(try await plain.post(xml).status == 403)
        #expect(await server.stop() == 0)
    }
}
