import ArgumentParser
import Dispatch
import Foundation
import Logging
import ShopAdmin
import ShopChat

/// `shopchat serve`: JSON Lines over TCP for bot gateways, many users at once.
struct ServeCommand: ParsableCommand {
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

    @Option(help: "Threads for operator commands, which may block (turns are handed to the store and hold no thread).")
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

    func run() throws {
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
        // Listening for SIGTERM before anyone can know the port: a supervisor that stops the
        // server right after its first answer must get a graceful shutdown, not a killed process.
        let stop = DispatchSemaphore(value: 0)
        signal(SIGTERM, SIG_IGN)
        signal(SIGINT, SIG_IGN)
        let sources = [SIGTERM, SIGINT].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stop.signal() }
            source.resume()
            return source
        }
        let bound = try server.start()
        let admin = try registry.map { registry in
            let port = try AdminPort(
                host: adminHost, port: adminPort ?? 0, token: operatorToken, database: first.database, registry: registry,
                logger: Logger(label: "shopchat.admin"))
            return (port, try Blocking.await { try await port.start() })
        }
        // Written straight to the descriptor so a parent process reads it at once.
        Terminal.write("shopchat serving on \(host):\(bound)\n")
        if let admin { Terminal.write("shopchat admin on \(adminHost):\(admin.1)\n") }
        stop.wait()
        if let admin { try? Blocking.await { await admin.0.stop() } }
        server.shutdown()
        for source in sources { source.cancel() }
    }
}
