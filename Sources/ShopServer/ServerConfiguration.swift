import Foundation

/// How `shopchat serve` listens and what it allows (PROTOCOL.md §1, "Who may do what").
public struct ServerConfiguration: Sendable {
    /// The address to bind; anything but loopback requires `token`.
    public var host: String
    /// The TCP port; 0 picks a free one (``ShopServer/start()`` returns it).
    public var port: Int
    /// Required on every connection's first line when set (`{"hello": {"token": …}}`): the
    /// connection is then a gateway, trusted to say who speaks.
    public var token: String?
    /// A hello carrying this (`{"hello": {"operator_token": …}}`) makes the connection the
    /// operator's: operator commands run there. Without it no connection may run them.
    public var operatorToken: String?
    /// Longest line in bytes; longer ones are answered `line_too_long` and skipped.
    public var lineLimit: Int
    /// Connections past this are refused with a reason and closed.
    public var maximumConnections: Int
    /// Connections one remote address may hold at once, so one client can't take them all.
    public var maximumPerAddress: Int
    /// With a token required: a connection without a valid hello by then is closed.
    public var helloTimeoutSeconds: Double
    /// Turns a user may take per second, sustained, and in a burst.
    public var turnsPerSecond: Double
    /// Turns a user may take at once before `rate_limited` (the token bucket's size).
    public var burst: Double
    /// Users one connection may introduce per second (a burst of ten times that).
    public var newUsersPerSecond: Double
    /// Kept for compatibility (`serve --workers`), unused: every turn is a task that holds no
    /// thread while the store works, and an operator command gets a thread of its own.
    public var workers: Int
    /// Unread output (replies and pushes) past which a connection stops being read; it is read
    /// again once the client has taken all but `readResumesBelow`.
    public var readPausesAbove = 256 * 1024
    public var readResumesBelow = 64 * 1024
    /// Unread pushes past this close the connection: a client that never reads can't hold the
    /// server's memory.
    public var maximumUnreadPushes = 4 * 1024 * 1024

    /// Enough turns waiting at once to fill PostgreSQL's pool, few enough to switch between
    /// cheaply.
    public static let defaultWorkers = 16

    public init(
        host: String = "127.0.0.1", port: Int = 7700, token: String? = nil, operatorToken: String? = nil, lineLimit: Int = 64 * 1024,
        maximumConnections: Int = 4096, maximumPerAddress: Int = 1024, helloTimeoutSeconds: Double = 10,
        turnsPerSecond: Double = 20, burst: Double = 40, newUsersPerSecond: Double = 50,
        workers: Int = ServerConfiguration.defaultWorkers
    ) {
        self.workers = max(1, workers)
        self.host = host
        self.port = port
        self.token = token
        self.operatorToken = operatorToken
        self.lineLimit = lineLimit
        self.maximumConnections = maximumConnections
        self.maximumPerAddress = maximumPerAddress
        self.helloTimeoutSeconds = helloTimeoutSeconds
        self.turnsPerSecond = turnsPerSecond
        self.burst = burst
        self.newUsersPerSecond = newUsersPerSecond
    }

    /// Loopback addresses may go without a token; anything else may not.
    public var isLoopback: Bool { Self.isLoopback(host) }

    /// Whether `host` is a loopback address (the admin port follows the same rule).
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
