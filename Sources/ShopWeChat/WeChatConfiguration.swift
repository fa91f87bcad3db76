import ShopChat

/// How `shopchat wechat` listens and what it trusts (PROTOCOL.md, WeChat).
public struct WeChatConfiguration: Sendable {
    public var host: String
    /// 0: any free port, printed at start.
    public var port: Int
    /// Where WeChat sends its requests (the URL configured in the account's console).
    public var path: String
    /// The token configured in the console: it signs every request.
    public var token: String
    /// Safe mode's cipher (EncodingAESKey and AppID); nil: plain mode.
    public var cipher: WeChatCipher?
    public var menu: WeChatMenu
    /// Threads that run turns.
    public var workers: Int
    /// How long a message waits for its reply before `success` (WeChat waits 5 s).
    public var replySeconds: Double
    /// The largest request body taken; bigger ones get 413.
    public var bodyLimit: Int

    public static let defaultBodyLimit = 64 * 1024
    public static let defaultReplySeconds = 4.5

    public init(
        host: String = "127.0.0.1", port: Int = 0, path: String = "/wechat", token: String, cipher: WeChatCipher? = nil,
        menu: WeChatMenu = WeChatMenu(), workers: Int = 16, replySeconds: Double = defaultReplySeconds, bodyLimit: Int = defaultBodyLimit
    ) {
        self.host = host
        self.port = port
        self.path = path
        self.token = token
        self.cipher = cipher
        self.menu = menu
        self.workers = workers
        self.replySeconds = replySeconds
        self.bodyLimit = bodyLimit
    }
}
