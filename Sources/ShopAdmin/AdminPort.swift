import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import Prometheus
import ShopChat
import Synchronization

/// `shopchat serve --admin-port P`: `/healthz`, `/readyz` and `/metrics` (Prometheus text) for
/// the operator's monitoring. Off loopback every request must carry the operator token as
/// `Authorization: Bearer …`, as the gateway port needs its token off loopback.
public final class AdminPort: Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case tokenRequired(String)
        case didNotStart(String)

        public var description: String {
            switch self {
            case .tokenRequired(let host): "binding the admin port to \(host) needs --operator-token: only loopback may go without one"
            case .didNotStart(let why): "the admin port did not start: \(why)"
            }
        }
    }

    private let host: String
    private let port: Int
    private let token: String?
    private let database: any ShopDatabase
    private let registry: PrometheusCollectorRegistry
    private let logger: Logger
    private let running = Mutex<Task<Void, any Error>?>(nil)

    public init(host: String, port: Int, token: String?, database: any ShopDatabase, registry: PrometheusCollectorRegistry, logger: Logger)
        throws
    {
        guard token != nil || ServerConfiguration.isLoopback(host) else { throw Failure.tokenRequired(host) }
        self.host = host
        self.port = port
        self.token = token
        self.database = database
        self.registry = registry
        self.logger = logger
    }

    /// Starts serving in the background; returns the bound port once it listens.
    public func start() async throws -> Int {
        let (bound, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: AdminRoutes(
                token: token, database: database, store: StoreMetrics(database: database, registry: registry), registry: registry
            ).router,
            configuration: .init(address: .hostname(host, port: port), serverName: "shopchat-admin"),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            },
            logger: logger)
        let task = Task {
            defer { continuation.finish() }
            try await app.runService(gracefulShutdownSignals: [])
        }
        running.withLock { $0 = task }
        for await port in bound { return port }
        // The stream ended without a port: the server failed to bind.
        switch await task.result {
        case .failure(let error): throw Failure.didNotStart("\(error)")
        case .success: throw Failure.didNotStart("it stopped at once")
        }
    }

    /// Stops serving (the process is shutting down).
    public func stop() async {
        let task = running.withLock { $0 }
        task?.cancel()
        _ = await task?.result
    }
}
