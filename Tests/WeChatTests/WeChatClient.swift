import Foundation
import ShopWeChat

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Plays WeChat against a server: signed GETs and POSTs of real XML over real HTTP.
struct WeChatClient: Sendable {
    let port: Int
    let token: String
    var path = "/wechat"
    var account = "gh_3a1b2c3d4e5f"
    /// Safe mode: encrypts each message and checks and opens each reply.
    var cipher: WeChatCipher?

    struct Response: Sendable {
        let status: Int
        let body: String
    }

    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 30
        configuration.httpMaximumConnectionsPerHost = 64
        return URLSession(configuration: configuration)
    }()

    func url(_ query: [(String, String)]) -> URL {
        var components = URLComponents()
        components.scheme = "http"
        components.host = "127.0.0.1"
        components.port = port
        components.path = path
        components.queryItems = query.map { URLQueryItem(name: $0.0, value: $0.1) }
        // URLComponents leaves "+" alone, which a server reads as a space: encode it.
        components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        return components.url!
    }

    func send(_ method: String, _ query: [(String, String)], body: Data? = nil) async throws -> Response {
        var request = URLRequest(url: url(query))
        request.httpMethod = method
        if let body {
            request.httpBody = body
            request.setValue("text/xml", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await Self.session.data(for: request)
        return Response(status: (response as? HTTPURLResponse)?.statusCode ?? 0, body: String(decoding: data, as: UTF8.self))
    }

    /// The GET WeChat sends when the URL is configured.
    func verify(echo: String, signature: String? = nil) async throws -> Response {
        let timestamp = "1767229200"
        let nonce = "38291"
        let signed = signature ?? WeChatSignature.sign([token, timestamp, nonce])
        return try await send("GET", [("signature", signed), ("timestamp", timestamp), ("nonce", nonce), ("echostr", echo)])
    }

    /// POSTs `xml` signed as WeChat signs it (encrypted first in safe mode). `badSignature`
    /// sends a wrong one.
    func post(_ xml: String, badSignature: Bool = false) async throws -> Response {
        let timestamp = String(Int(Date().timeIntervalSince1970))
        let nonce = String(Int.random(in: 100_000...999_999_999))
        var signature = WeChatSignature.sign([token, timestamp, nonce])
        if badSignature { signature = String(signature.reversed()) }
        guard let cipher else {
            return try await send(
                "POST", [("signature", signature), ("timestamp", timestamp), ("nonce", nonce), ("openid", "x")], body: Data(xml.utf8))
        }
        let encrypted = try cipher.encrypt(xml)
        var messageSignature = WeChatSignature.sign([token, timestamp, nonce, encrypted])
        if badSignature { messageSignature = String(messageSignature.reversed()) }
        let outer = "<xml><ToUserName><![CDATA[\(account)]]></ToUserName><Encrypt><![CDATA[\(encrypted)]]></Encrypt></xml>"
        return try await send(
            "POST",
            [
                ("signature", signature), ("timestamp", timestamp), ("nonce", nonce), ("encrypt_type", "aes"),
                ("msg_signature", messageSignature),
            ],
            body: Data(outer.utf8))
    }

    /// A text message from `openID`, and the reply's fields (empty for `success`).
    func text(_ content: String, from openID: String, msgID: UInt64 = UInt64.random(in: 1...UInt64.max / 2)) async throws -> Reply {
        try await reply(to: Self.textXML(content, from: openID, to: account, msgID: msgID))
    }

    func event(_ event: String, key: String? = nil, from openID: String, time: Int = Int(Date().timeIntervalSince1970)) async throws
        -> Reply
    {
        let keyField = key.map { "<EventKey><![CDATA[\($0)]]></EventKey>" } ?? ""
        let xml = """
            <xml><ToUserName><![CDATA[\(account)]]></ToUserName><FromUserName><![CDATA[\(openID)]]></FromUserName>\
            <CreateTime>\(time)</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[\(event)]]></Event>\(keyField)</xml>
            """
        return try await reply(to: xml)
    }

    static func textXML(_ content: String, from openID: String, to account: String, msgID: UInt64) -> String {
        """
        <xml><ToUserName><![CDATA[\(account)]]></ToUserName><FromUserName><![CDATA[\(openID)]]></FromUserName>\
        <CreateTime>\(Int(Date().timeIntervalSince1970))</CreateTime><MsgType><![CDATA[text]]></MsgType>\
        <Content><![CDATA[\(content)]]></Content><MsgId>\(msgID)</MsgId></xml>
        """
    }

    /// A reply: the HTTP status, and the passive reply's fields (decrypted in safe mode).
    struct Reply: Sendable {
        let status: Int
        let raw: String
        let fields: [String: String]
        var content: String { fields["Content"] ?? "" }
    }

    func reply(to xml: String) async throws -> Reply {
        let response = try await post(xml)
        guard response.status == 200, response.body != "success" else {
            return Reply(status: response.status, raw: response.body, fields: [:])
        }
        var fields = try WeChatXML.fields(of: Data(response.body.utf8))
        if let cipher {
            let encrypted = fields["Encrypt"] ?? ""
            let signed = WeChatSignature.sign([token, fields["TimeStamp"] ?? "", fields["Nonce"] ?? "", encrypted])
            guard signed == fields["MsgSignature"] else { throw WeChatProcess.Failure(description: "the reply's MsgSignature is wrong") }
            fields = try WeChatXML.fields(of: Data(try cipher.decrypt(encrypted).utf8))
        }
        return Reply(status: response.status, raw: response.body, fields: fields)
    }
}
