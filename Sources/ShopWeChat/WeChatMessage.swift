/// One message WeChat pushes to the Official Account's server, from its XML fields.
public struct WeChatMessage: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `MsgType` text: what the user typed.
        case text(String)
        /// `MsgType` event: `Event` (subscribe, unsubscribe, CLICK, …) and its `EventKey`.
        case event(String, key: String)
        /// `MsgType` voice, with WeChat's speech recognition when the account has it on.
        case voice(recognition: String?)
        /// Anything else (image, video, location, link, …), answered politely.
        case other(String)
    }

    /// A field is missing or out of range: answered 400, nothing changes.
    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    /// The Official Account (its original ID, gh_…).
    public var account: String
    /// The sender's OpenID: case-sensitive, unique to this account.
    public var openID: String
    /// Seconds since 1970, as WeChat stamped it.
    public var createTime: Int64
    /// WeChat's id of a user message; events have none.
    public var msgID: UInt64?
    public var kind: Kind

    /// Latest CreateTime taken: the year 2100. Earliest: 0.
    static let latestTime: Int64 = 4_102_444_800

    public init(account: String, openID: String, createTime: Int64, msgID: UInt64?, kind: Kind) {
        self.account = account
        self.openID = openID
        self.createTime = createTime
        self.msgID = msgID
        self.kind = kind
    }

    /// Reads and checks the fields of a plain (decrypted) message.
    public init(fields: [String: String]) throws {
        func required(_ name: String) throws -> String {
            guard let value = fields[name], !value.isEmpty else { throw Invalid(description: "the message has no \(name)") }
            return value
        }
        account = try required("ToUserName")
        openID = try required("FromUserName")
        guard account.utf8.count <= 64, Self.isIDText(account) else { throw Invalid(description: "ToUserName is not an account id") }
        // OpenIDs are 28 characters of Base64url today; up to 64 leaves room without letting
        // anything else through.
        guard openID.utf8.count <= 64, Self.isIDText(openID) else { throw Invalid(description: "FromUserName is not an OpenID") }
        guard let time = Int64(try required("CreateTime")), (0...Self.latestTime).contains(time) else {
            throw Invalid(description: "CreateTime must be whole seconds from 0 to \(Self.latestTime)")
        }
        createTime = time
        if let id = fields["MsgId"], !id.isEmpty {
            guard id.utf8.count <= 20, let number = UInt64(id) else {
                throw Invalid(description: "MsgId must be a whole number below 2^64")
            }
            msgID = number
        }
        let type = try required("MsgType")
        switch type {
        case "text":
            kind = .text(try required("Content"))
            guard msgID != nil else { throw Invalid(description: "the text message has no MsgId") }
        case "event": kind = .event(try required("Event"), key: fields["EventKey"] ?? "")
        case "voice": kind = .voice(recognition: fields["Recognition"].flatMap { $0.isEmpty ? nil : $0 })
        default:
            guard type.utf8.count <= 32 else { throw Invalid(description: "MsgType is too long") }
            kind = .other(type)
        }
    }

    /// What WeChat's retries of this message have in common: its MsgId, or for an event (which
    /// has none) the sender and the time, and the event and its key (two menu clicks within a
    /// second are two events).
    public var retryKey: String {
        if let msgID { return "m\(msgID)" }
        if case .event(let name, let key) = kind { return "e\(openID)|\(createTime)|\(name)|\(key)" }
        return "t\(openID)|\(createTime)"
    }

    /// Letters, digits, `-` and `_`: what OpenIDs and account ids are made of.
    static func isIDText(_ text: String) -> Bool {
        text.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "_")
        }
    }
}
