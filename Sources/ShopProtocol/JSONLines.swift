import ShopConversation
import ShopIntents

/// The JSON Lines protocol of PROTOCOL.md §3: one request object per line in, one reply per line
/// out. Framing (splitting bytes into lines) belongs to the front; this only gives lines meaning.
public enum JSONLines {
    /// The default longest line accepted, in bytes, without its newline.
    public static let defaultLineLimit = 64 * 1024

    /// A decoded line: a request, a hello, or the error to answer with (and the id, if one could
    /// be read).
    public enum Decoded: Sendable, Equatable {
        case request(Request)
        case hello(JSONValue, id: RequestID?)
        case failure(ProtocolError, id: RequestID?)
    }

    public static func decode(_ line: some Collection<UInt8>, limit: Int = defaultLineLimit) -> Decoded {
        var bytes = Array(line)
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        guard bytes.count <= limit else { return .failure(.lineTooLong, id: nil) }
        guard String(validating: bytes, as: UTF8.self) != nil else { return .failure(.badUTF8, id: nil) }
        guard let (object, writtenID) = try? JSONValue.parse(bytes, keepingWritten: "id"), case .object = object else {
            return .failure(.badJSON, id: nil)
        }
        var id: RequestID?
        if let value = object["id"] {
            switch value {
            case .string, .int, .double: id = writtenID.flatMap(RequestID.init(written:))
            default: return .failure(.badJSON, id: nil)
            }
        }
        if let hello = object["hello"], object["text"] == nil {
            guard case .object = hello else { return .failure(.badJSON, id: id) }
            return .hello(hello, id: id)
        }
        guard case .string(let text)? = object["text"] else { return .failure(.missingText, id: id) }
        var user: String?
        if let value = object["user"] {
            guard case .string(let name) = value else { return .failure(.badUser, id: id) }
            // Normalised here, once: the store, the rate limiter and the push registry then all
            // see the same name.
            guard let normal = Conversation.normalizedUser(name) else { return .failure(.badUser, id: id) }
            user = normal
        }
        var lang: Language?
        if let value = object["lang"] {
            // Only the two languages the shop writes; anything else would be answered in a
            // language the gateway didn't ask for.
            guard case .string(let name) = value, let named = Language(named: name) else { return .failure(.badJSON, id: id) }
            lang = named
        }
        return .request(Request(text: text, user: user, id: id, lang: lang))
    }

    public static func encode(_ reply: Reply, id: RequestID?) -> String {
        var members: [JSONValue.Member] = []
        if let error = reply.error {
            members.append(.init("ok", .bool(false)))
            if !reply.user.isEmpty { members.append(.init("user", .string(reply.user))) }
            members.append(.init("error", encode(error)))
            return withID(id, JSONValue.object(members).jsonText)
        }
        members.append(.init("user", .string(reply.user)))
        members.append(.init("ok", .bool(true)))
        if let intent = reply.intent { members.append(.init("intent", encode(intent))) }
        members.append(.init("reply", .string(reply.text)))
        members.append(.init("lang", .string(reply.lang.rawValue)))
        members.append(.init("data", reply.data))
        if !reply.suggestions.isEmpty { members.append(.init("suggestions", .array(reply.suggestions.map(JSONValue.string)))) }
        return withID(id, JSONValue.object(members).jsonText)
    }

    public static func encode(_ error: ProtocolError, id: RequestID?) -> String {
        let members: [JSONValue.Member] = [
            .init("ok", .bool(false)),
            .init("error", .object(["code": .string(error.rawValue), "message": .string(error.message)])),
        ]
        return withID(id, JSONValue.object(members).jsonText)
    }

    /// The reply to a hello: whether this connection is the operator.
    public static func encodeHello(operator isOperator: Bool, id: RequestID?) -> String {
        withID(id, JSONValue.object(["ok": true, "hello": .object(["operator": .bool(isOperator)])]).jsonText)
    }

    public static func encode(_ event: ShopEvent) -> String {
        JSONValue.object([
            "event": .string(event.name), "user": .string(event.user), "data": event.data, "text": .string(event.text),
            "lang": .string(event.lang.rawValue),
        ]).jsonText
    }

    static func encode(_ error: ReplyError) -> JSONValue {
        var members: [JSONValue.Member] = [.init("code", .string(error.code)), .init("message", .string(error.message))]
        if let reference = error.reference { members.append(.init("reference", .string(reference))) }
        return .object(members)
    }

    /// `{"id": <as written>, …}`: the id's bytes go in untouched, ahead of the other members.
    private static func withID(_ id: RequestID?, _ object: String) -> String {
        guard let id else { return object }
        return "{\"id\":" + id.json + "," + object.dropFirst()
    }

    /// `{"name": …, "confidence": …, "slots": {…}}`, slots in name order for repeatable output.
    public static func encode(_ parse: Parse) -> JSONValue {
        .object([
            "name": .string(parse.intent.rawValue),
            "confidence": .double((parse.confidence * 100).rounded() / 100),
            "slots": .object(parse.slots.keys.sorted().map { JSONValue.Member($0.rawValue, encode(parse.slots[$0]!)) }),
        ])
    }

    public static func encode(_ slot: SlotValue) -> JSONValue {
        switch slot {
        case .int(let value): .int(value)
        case .string(let value): .string(value)
        case .list(let values): .array(values.map(encode))
        }
    }

    /// One `shopchat parse` line: `{"text": …, "intent": {…}}`.
    public static func encodeParse(text: String, parse: Parse) -> String {
        JSONValue.object(["text": .string(text), "intent": encode(parse)]).jsonText
    }
}
