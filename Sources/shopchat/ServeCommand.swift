import ArgumentParser
import Foundation
import Logging
import ServiceLifecycle
import ShopAdmin
import ShopChat
import UnixSignals

/// `shopchat serve`: JSON Lines over TCP for bot gateways, many users at once.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Serve the JSON Lines protocol over TCP.")

    @OptionGroup var options: CommonOptions

    @Option(help: "Address to bind; anything but loopback needs --token.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0: any free port, printed at start).")
    var port = 7700

    @Option(help: "Shared secret: each connection's first line must be {\"hello\": {\"token\": …}}.")
    var token: String?

    @Option(
        help:
            "Secret that makes a connection the operator's: {\"hello\": {\"operator_token\": …}}. Without it no connection may run operator commands."
    )
    var operatorToken: String?

    @Option(help: "Most open connections.")
    var maxConnections = 4096

    @Option(help: "Most open connections from one remote address.")
    var maxPerAddress = 1024

    @Option(help: "Seconds a connection has to say hello when a token is required.")
    var helloTimeout: Double = 10

    @Option(help: "Users one connection may introduce per second (a burst of ten times that).")
    var newUsersRate: Double = 50

    @Option(help: "Turns per second one user may take (sustained; twice that in a burst).")
    var rate: Double = 20

    @Option(help: "Accepted for compatibility, unused: turns hold no thread and each operator command gets a thread of its own.")
    var workers = ServerConfiguration.defaultWorkers

    @Option(
        help: "Port of the operator's HTTP endpoints /healthz, /readyz and /metrics (0: any free port, printed at start); none without it.")
    var adminPort: Int?

    @Option(help: "Address the admin port binds; anything but loopback needs --operator-token, shown as Authorization: Bearer.")
    var adminHost = "127.0.0.1"

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel = "info"

    func validate() throws {
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level \(logLevel)") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard (1...1_000_000).contains(maxConnections), (1...1_000_000).contains(maxPerAddress) else {
            throw ValidationError("--max-connections and --max-per-address must be 1 to 1000000")
        }
        guard helloTimeout > 0, helloTimeout <= 3600 else {
            throw ValidationError("--hello-timeout must be over 0 and at most 3600 seconds")
        }
        guard rate > 0, rate <= 1_000_000, newUsersRate > 0, newUsersRate <= 1_000_000 else {
            throw ValidationError("--rate and --new-users-rate must be over 0 and at most 1000000")
        }
        if let adminPort {
            guard (0...65535).contains(adminPort) else { throw ValidationError("--admin-port must be 0 to 65535") }
            guard operatorToken != nil || ServerConfiguration.isLoopback(adminHost) else {
                throw ValidationError("--admin-host \(adminHost) needs --operator-token: only loopback may go without one")
            }
        }
        guard (1...1024).contains(workers) else { throw ValidationError("--workers must be 1 to 1024") }
        if let token, token.isEmpty { throw ValidationError("--token must not be empty") }
        if let operatorToken, operatorToken.isEmpty || operatorToken == token {
            throw ValidationError("--operator-token must be non-empty and differ from --token")
        }
    }

    func run() async throws {
        Logs.start(level: Logger.Level(rawValue: logLevel) ?? .info)
        let logger = Logger(label: "shopchat.serve")
        // Before the server makes its metrics: those made earlier stay no-ops.
        let registry = adminPort == nil ? nil : AdminMetrics.bootstrap()
        let first = try options.openConversation()
        let configuration = ServerConfiguration(
            host: host, port: port, token: token, operatorToken: operatorToken, maximumConnections: maxConnections,
            maximumPerAddress: maxPerAddress, helloTimeoutSeconds: helloTimeout, turnsPerSecond: rate, burst: rate * 2,
            newUsersPerSecond: newUsersRate, workers: workers)
        // Every connection shares the store and the engine: an /import on one is understood on all.
        let template = first.template
        let server: ShopServer
        do {
            server = try ShopServer(configuration: configuration, logger: logger) {
                template.make()
            }
        } catch {
            throw ValidationError("\(error)")
        }
        let admin = try registry.map { registry in
            try AdminPort(
                host: adminHost, port: adminPort ?? 0, token: operatorToken, database: first.database, registry: registry,
                logger: Logger(label: "shopchat.admin"))
        }
        let serving = Serving(server: server, admin: admin, host: host, adminHost: adminHost)
        // SIGTERM and SIGINT are trapped before the service starts, so before anyone can know
        // the port: a supervisor that stops the server right after its first answer gets a
        // graceful shutdown, not a killed process.
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: serving, successTerminationBehavior: .gracefullyShutdownGroup)],
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}

/// The running server as a service of the command's `ServiceGroup`: it starts the server (and
/// the admin port), says where they listen, and on graceful shutdown lets the turns in flight
/// finish and answer before it returns.
private struct Serving: Service {
    let server: ShopServer
    let admin: AdminPort?
    let host: String
    let adminHost: String

    func run() async throws {
        let bound = try server.start()
        let adminBound = try await admin?.start()
        // Written straight to the descriptor so a parent process reads it at once.
        Terminal.write("shopchat serving on \(host):\(bound)\n")
        if let adminBound { Terminal.write("shopchat admin on \(adminHost):\(adminBound)\n") }
        // Cancelled (a second signal, a failing group) ends the wait too: shut down either way.
        try? await gracefulShutdown()
        await admin?.stop()
        // Waiting for turns in flight blocks: a thread of its own, not one of Swift's few.
        let server = server
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            let thread = Thread {
                server.shutdown()
                done.resume()
            }
            thread.name = "shopchat.shutdown"
            thread.start()
        }
    }
}
