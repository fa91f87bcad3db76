import Foundation

/// How `shopchat serve` listens and what it allows.
public struct ServerConfiguration: Sendable {
    /// The address to bind; anything but loopback requires `token`.
    public var host: String
    /// The TCP port; 0 picks a free one (``ShopServer/start()`` returns it).
    public var port: Int
    /// Required on every connection's first line when set (`{"hello": {"token": …}}`).
    public var token: String?
    /// Longest line in bytes; longer ones are answered `line_too_long` and skipped.
    public var lineLimit: Int
    /// Connections past this are refused with a reason and closed.
    public var maximumConnections: Int
    /// Turns a user may take per second, sustained, and in a burst.
    public var turnsPerSecond: Double
    /// Turns a user may take at once before `rate_limited` (the token bucket's size).
    public var burst: Double
    /// Threads for turns that may block: every turn on a store that cannot queue writes
    /// (PostgreSQL: a turn waits on the network), and operator commands. On SQLite, utterances
    /// start on the event loops and wait for their commit without a thread.
    public var workers: Int

    /// Enough turns waiting at once to fill PostgreSQL's pool, few enough to switch between
    /// cheaply.
    public static let defaultWorkers = 16

    public init(
        host: String = "127.0.0.1", port: Int = 7700, token: String? = nil, lineLimit: Int = 64 * 1024,
        maximumConnections: Int = 4096, turnsPerSecond: Double = 20, burst: Double = 40,
        workers: Int = ServerConfiguration.defaultWorkers
    ) {
        self.workers = max(1, workers)
        self.host = host
        self.port = port
        self.token = token
        self.lineLimit = lineLimit
        self.maximumConnections = maximumConnections
        self.turnsPerSecond = turnsPerSecond
        self.burst = burst
    }

    /// Loopback addresses may go without a token; anything else may not.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
