import Foundation
import Hummingbird
import Logging
import ShopChat

/// The HTTP side of `shopchat wechat`: WeChat's URL verification (GET) and message push (POST)
/// on one path, each request's signature checked before anything else is believed.
public struct WeChatHTTP: Sendable {
    let configuration: WeChatConfiguration
    let front: WeChatFront
    let logger: Logger

    public init(configuration: WeChatConfiguration, front: WeChatFront, logger: Logger) {
        self.configuration = configuration
        self.front = front
        self.logger = logger
    }

    /// A refusal: the status and a one-line reason for the sender. Nothing changed.
    struct Refusal: Error {
        let status: HTTPResponse.Status
        let reason: String
    }

    /// Serves until SIGTERM or SIGINT (with `stopOnSignals`) or until the task is cancelled:
    /// then no new requests are taken and those in flight are answered. `onRunning` gets the
    /// bound port.
    public func run(stopOnSignals: Bool = true, onRunning: @escaping @Sendable (Int) -> Void) async throws {
        let application = application(onRunning: onRunning)
        if stopOnSignals {
            try await application.runService()
        } else {
            try await application.runService(gracefulShutdownSignals: [])
        }
    }

    func application(onRunning: @escaping @Sendable (Int) -> Void) -> some ApplicationProtocol {
        let router = Router()
        let path = RouterPath(configuration.path)
        router.get(path) { request, _ in respond { try verifyURL(request) } }
        router.post(path) { request, _ in
            await respondAsync { try await receive(request) }
        }
        return Application(
            router: router, configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in onRunning(channel.localAddress?.port ?? configuration.port) }, logger: logger)
    }

    // MARK: GET: URL verification

    func verifyURL(_ request: Request) throws -> Response {
        let query = Self.query(request)
        let timestamp = try Self.parameter(query, "timestamp")
        let nonce = try Self.parameter(query, "nonce")
        let signature = try Self.parameter(query, "signature")
        guard WeChatSignature.verify(signature, parts: [configuration.token, timestamp, nonce]) else {
            throw Refusal(status: .forbidden, reason: "bad signature")
        }
        let echo = try Self.parameter(query, "echostr")
        return Self.plain(.ok, echo)
    }

    // MARK: POST: a message

    func receive(_ request: Request) async throws -> Response {
        let query = Self.query(request)
        let timestamp = try Self.parameter(query, "timestamp")
        let nonce = try Self.parameter(query, "nonce")
        let body = try await Self.body(of: request, limit: configuration.bodyLimit)
        let outer = try Self.fields(body)
        let message: WeChatMessage
        if let cipher = configuration.cipher {
            guard query["encrypt_type"] == "aes" else {
                throw Refusal(status: .forbidden, reason: "safe mode: requests must be encrypted (encrypt_type=aes)")
            }
            let signature = try Self.parameter(query, "msg_signature")
            guard let encrypted = outer["Encrypt"], !encrypted.isEmpty else {
                throw Refusal(status: .badRequest, reason: "the message has no Encrypt")
            }
            guard WeChatSignature.verify(signature, parts: [configuration.token, timestamp, nonce, encrypted]) else {
                throw Refusal(status: .forbidden, reason: "bad msg_signature")
            }
            let inner: String
            do {
                inner = try cipher.decrypt(encrypted)
            } catch {
                throw Refusal(status: .badRequest, reason: "\(error)")
            }
            message = try Self.message(try Self.fields(Data(inner.utf8)))
        } else {
            let signature = try Self.parameter(query, "signature")
            guard WeChatSignature.verify(signature, parts: [configuration.token, timestamp, nonce]) else {
                throw Refusal(status: .forbidden, reason: "bad signature")
            }
            message = try Self.message(outer)
        }
        guard case .text(let content) = await front.answer(message) else { return Self.plain(.ok, "success") }
        let xml = WeChatXML.document(
            [
                ("ToUserName", message.openID), ("FromUserName", message.account),
                ("CreateTime", String(Int64(Date().timeIntervalSince1970))),
                ("MsgType", "text"), ("Content", content),
            ], bare: ["CreateTime"])
        guard let cipher = configuration.cipher else { return Self.xml(xml) }
        return Self.xml(try Self.sealed(xml, cipher: cipher, token: configuration.token))
    }

    /// A reply in safe mode: the XML encrypted, signed with a fresh timestamp and nonce.
    static func sealed(_ xml: String, cipher: WeChatCipher, token: String) throws -> String {
        let encrypted = try cipher.encrypt(xml)
        let timestamp = String(Int64(Date().timeIntervalSince1970))
        let nonce = String(UInt32.random(in: 100_000_000...UInt32.max))
        let signature = WeChatSignature.sign([token, timestamp, encrypted, nonce])
        return WeChatXML.document(
            [("Encrypt", encrypted), ("MsgSignature", signature), ("TimeStamp", timestamp), ("Nonce", nonce)], bare: ["TimeStamp"])
    }

    // MARK: Pieces

    /// A query parameter WeChat always sends; without it the request can't be verified (403).
    /// The query's parameters, percent-decoded; of a name given twice, the first counts.
    static func query(_ request: Request) -> [String: String] {
        var parameters: [String: String] = [:]
        for (name, value) in request.uri.queryParameters where parameters[String(name)] == nil {
            parameters[String(name)] = String(value)
        }
        return parameters
    }

    static func parameter(_ query: [String: String], _ name: String) throws -> String {
        guard let value = query[name], !value.isEmpty else { throw Refusal(status: .forbidden, reason: "missing \(name)") }
        // Timestamps, nonces and signatures are short; anything long is not WeChat.
        guard value.utf8.count <= 256 else { throw Refusal(status: .badRequest, reason: "\(name) is too long") }
        return String(value)
    }

    static func body(of request: Request, limit: Int) async throws -> Data {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw Refusal(status: .contentTooLarge, reason: "the body is over \(limit) bytes")
        }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Data(buffer.readableBytesView)
        } catch {
            throw Refusal(status: .contentTooLarge, reason: "the body is over \(limit) bytes")
        }
    }

    static func fields(_ data: Data) throws -> [String: String] {
        do {
            return try WeChatXML.fields(of: data)
        } catch {
            throw Refusal(status: .badRequest, reason: "malformed XML: \(error)")
        }
    }

    static func message(_ fields: [String: String]) throws -> WeChatMessage {
        do {
            return try WeChatMessage(fields: fields)
        } catch {
            throw Refusal(status: .badRequest, reason: "\(error)")
        }
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func xml(_ text: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/xml; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text))
        )
    }

    func respond(_ body: () throws -> Response) -> Response {
        do {
            return try body()
        } catch {
            return refused(error)
        }
    }

    func respondAsync(_ body: () async throws -> Response) async -> Response {
        do {
            return try await body()
        } catch {
            return refused(error)
        }
    }

    /// Refusals are logged without what the sender wrote: only the status and why.
    func refused(_ error: any Error) -> Response {
        let refusal = error as? Refusal ?? Refusal(status: .internalServerError, reason: "internal error")
        logger.info("refused a request", metadata: ["status": "\(refusal.status.code)", "why": "\(refusal.reason)"])
        return Self.plain(refusal.status, refusal.reason + "\n")
    }
}
