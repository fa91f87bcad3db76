/// How `shopchat serve` listens and what it allows.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Required on every connection's first line when set (`{"hello": {"token": …}}`).
    public var token: String?
    public var lineLimit: Int
    public var maximumConnections: Int
    /// Turns a user may take per second, sustained, and in a burst.
    public var turnsPerSecond: Double
    public var burst: Double

    public init(
        host: String = "127.0.0.1", port: Int = 7700, token: String? = nil, lineLimit: Int = 64 * 1024,
        maximumConnections: Int = 4096, turnsPerSecond: Double = 20, burst: Double = 40
    ) {
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
