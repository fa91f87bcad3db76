import ArgumentParser
import Dispatch
import Foundation
import Logging
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

    @Option(help: "Most open connections.")
    var maxConnections = 4096

    @Option(help: "Turns per second one user may take (sustained; twice that in a burst).")
    var rate: Double = 20

    @Option(help: "Threads for turns that may block: every turn on PostgreSQL, operator commands on SQLite.")
    var workers = ServerConfiguration.defaultWorkers

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel = "info"

    func validate() throws {
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level \(logLevel)") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
    }

    func run() throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "shopchat.serve")
        let first = try options.openConversation()
        let database = first.database
        let engine = first.engine
        let clock = options.shopClock
        let seed = options.seed
        let user = options.user
        let configuration = ServerConfiguration(
            host: host, port: port, token: token, maximumConnections: maxConnections, turnsPerSecond: rate, burst: rate * 2,
            workers: workers)
        let server: ShopServer
        do {
            server = try ShopServer(configuration: configuration, logger: logger) {
                Conversation(database: database, engine: engine, user: user, clock: clock, seed: seed)
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
        // Written straight to the descriptor so a parent process reads it at once.
        Terminal.write("shopchat serving on \(host):\(bound)\n")
        stop.wait()
        server.shutdown()
        sources.forEach { $0.cancel() }
    }
}
