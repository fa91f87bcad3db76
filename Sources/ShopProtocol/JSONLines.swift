import ShopConversation
import ShopIntents

/// The JSON Lines protocol of PROTOCOL.md §3: one request object per line in, one reply per line
/// out. Framing (splitting bytes into lines) belongs to the front; this only gives lines meaning.
public enum JSONLines {
    /// The default longest line accepted, in bytes, without its newline.
    public static let defaultLineLimit = 64 * 1024

    /// A decoded line: a request, or the error to answer with (and the id, if one could be read).
    public enum Decoded: Sendable, Equatable {
        case request(Request)
        case hello(JSONValue)
        case failure(ProtocolError, id: JSONValue?)
    }

    public static func decode(_ line: some Collection<UInt8>, limit: Int = defaultLineLimit) -> Decoded {
        var bytes = Array(line)
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        guard bytes.count <= limit else { return .failure(.lineTooLong, id: nil) }
        guard String(validating: bytes, as: UTF8.self) != nil else { return .failure(.badUTF8, id: nil) }
        guard let object = try? JSONValue.parse(bytes), case .object = object else {
            return .failure(.badJSON, id: nil)
        }
        let id = object["id"].flatMap { value -> JSONValue? in
            switch value {
            case .string, .int, .double: value
            default: nil
            }
        }
        if let hello = object["hello"], object["text"] == nil { return .hello(hello) }
        guard case .string(let text)? = object["text"] else { return .failure(.missingText, id: id) }
        var user: String?
        if let value = object["user"] {
            guard case .string(let name) = value else { return .failure(.badJSON, id: id) }
            user = name
        }
        return .request(Request(text: text, user: user, id: id))
    }

    public static func encode(_ reply: Reply, id: JSONValue?) -> String {
        var members: [JSONValue.Member] = []
        if let id { members.append(.init("id", id)) }
        members.append(.init("user", .string(reply.user)))
        members.append(.init("ok", .bool(true)))
        if let intent = reply.intent { members.append(.init("intent", encode(intent))) }
        members.append(.init("reply", .string(reply.text)))
        members.append(.init("data", reply.data))
        return JSONValue.object(members).jsonText
    }

    public static func encode(_ error: ProtocolError, id: JSONValue?) -> String {
        var members: [JSONValue.Member] = []
        if let id { members.append(.init("id", id)) }
        members.append(.init("ok", .bool(false)))
        members.append(.init("error", .object(["code": .string(error.rawValue), "message": .string(error.message)])))
        return JSONValue.object(members).jsonText
    }

    public static func encode(_ event: ShopEvent) -> String {
        JSONValue.object(["event": .string(event.name), "user": .string(event.user), "data": event.data]).jsonText
    }

    /// `{"name": …, "confidence": …, "slots": {…}}`, slots in name order for repeatable output.
    public static func encode(_ parse: Parse) -> JSONValue {
        .object([
            "name": .string(parse.intent.rawValue),
            "confidence": .double((parse.confidence * 100).rounded() / 100),
            "slots": .object(parse.slots.keys.sorted().map { JSONValue.Member($0, encode(parse.slots[$0]!)) }),
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
