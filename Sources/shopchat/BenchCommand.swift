import ArgumentParser
import Foundation
import Logging
import NIOCore
import NIOPosix
import Prometheus
import ShopAdmin
import ShopChat

/// `shopchat bench`: prints throughput figures for BENCHMARKS.md. Not a test: it asserts nothing.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Measure turns/s and parses/s.")

    @Option(help: "How many conversation turns to run.")
    var turns = 100_000

    @Option(help: "How many utterances to parse.")
    var parses = 200_000

    @Option(name: .customLong("utterance"), help: "Parse this instead of the bench's own utterances; repeatable (to profile one kind).")
    var ownUtterances: [String] = []

    @Flag(help: "Also print what each utterance of the parse bench costs on its own.")
    var parseEach = false

    @Option(help: "Concurrent connections of the TCP load test (0 skips it).")
    var connections = 1_000

    @Option(help: "Requests each connection sends in the TCP load test.")
    var requestsPerConnection = 20

    @Option(
        help:
            ArgumentHelp(
                "A scratch PostgreSQL database to run on (postgres://…) instead of a fresh SQLite file; its data is replaced by the demo store. "
                    + "With --catalog, the bench makes a new database on that server and drops it after (kept with --keep).")
    )
    var postgres: String?

    @Option(help: "With --wechat: turns the front runs at once (see `shopchat wechat --workers`); the TCP load ignores it.")
    var workers = ServerConfiguration.defaultWorkers

    @Option(
        help:
            "What the TCP load says: browse (cart, search, coupons, points) or cart (search, add, look, empty: every turn but the look changes the cart)."
    )
    var mix = LoadMix.browse

    @Option(help: "Turns/s of an open-loop TCP load (fixed schedule); repeatable.")
    var openRate: [Double] = [2_000, 10_000]

    @Option(help: "How long each open-loop load lasts, in seconds.")
    var openSeconds = 5.0

    @Option(
        help:
            "Instead: generate a catalog of this many products and measure import, start-up, memory, search latency and accuracy with it and without (BENCHMARKS.md)."
    )
    var catalog: Int?

    @Option(help: "With --catalog: the generator's seed.")
    var catalogSeed: UInt64 = 1

    @Option(help: "With --catalog: searches timed in-process on each store.")
    var searches = 300

    @Option(help: "With --catalog: judged queries for search accuracy.")
    var judged = 400

    @Option(help: "With --catalog: keep the catalog, its judged queries and the store in this folder.")
    var keep: String?

    @Flag(help: "With --catalog: then run the TCP load (as without --catalog) on the store with the generated catalog.")
    var withLoad = false

    @Flag(help: "Collect the server's Prometheus metrics during the TCP load (as `serve --admin-port` does), to measure what they cost.")
    var metrics = false

    @Flag(help: "Instead: load `shopchat wechat` over HTTP with --users users sending signed text messages at once.")
    var wechat = false

    @Option(help: "With --wechat: users sending at once (1 to 100000), each --messages-per-user messages.")
    var users = 1_000

    @Option(help: "With --wechat: messages each user sends, one after another (1 to 10000).")
    var messagesPerUser = 6

    func validate() throws {
        if let catalog, !(1...CatalogGenerator.maximumCount).contains(catalog) {
            throw ValidationError("--catalog takes 1 to \(CatalogGenerator.maximumCount) products")
        }
        if catalog == nil && (keep != nil || withLoad) { throw ValidationError("--keep and --with-load go with --catalog") }
        guard (1...100_000).contains(users), (1...10_000).contains(messagesPerUser), (1...1024).contains(workers) else {
            throw ValidationError("--users must be 1 to 100000, --messages-per-user 1 to 10000, --workers 1 to 1024")
        }
    }

    /// A shopping session that leaves the store as it found it, so it can repeat forever.
    static let script = [
        "hi", "search rice cooker under 300", "tell me more about the second one", "add 2 of the first one",
        "what's in my cart", "search socks", "add it to my cart", "make it 3", "remove the socks",
        "check out", "yes", "show my orders", "where is my order", "search xiaomi phones", "compare the first two",
        "what's on sale today", "empty my cart", "thanks", "what's the weather", "show categories",
    ]

    static let utterances = [
        "search rice cooker under 300", "add 2 of the second one", "what's in my cart", "check out",
        "send a ¥20 red envelope to the family group split 5 ways", "搜索电饭煲", "share this with bob",
        "where is order 1024", "what's the weather", "使用优惠券 SAVE50", "compare the first two", "yes",
    ]

    /// 1,000 connections against `shopchat serve`'s server on this store, then against a bare
    /// echo server, for the ceiling.
    func runLoad(database: any ShopDatabase, engine: IntentEngine) throws {
        let clock = ShopClock.fixed(ClockArgument.date("2026-01-01T09:00:00+08:00")!)
        let server = try ShopServer(
            configuration: ServerConfiguration(
                port: 0, maximumConnections: connections + 16, maximumPerAddress: connections + 16, turnsPerSecond: 1e9, burst: 1e9,
                newUsersPerSecond: 1e9, workers: workers),
            logger: Logger(label: "bench")
        ) { Conversation(database: database, engine: engine, clock: clock) }
        let port = try server.start()
        let texts = mix.texts
        let request: @Sendable (Int, Int) -> String = { connection, index in
            #"{"id": \#(index), "user": "load\#(connection)", "text": "\#(texts[(connection + index) % texts.count])"}"#
        }
        var before = Self.writerUse(database)
        let served = try LoadBenchmark.run(port: port, connections: connections, perConnection: requestsPerConnection, line: request)
        print(
            "serve: \(connections) connections, closed loop, \(served.summary)\(Self.writerUse(database, since: &before, seconds: served.seconds))"
        )
        for rate in openRate where rate > 0 {
            let perConnection = max(1, Int(rate * openSeconds / Double(connections)))
            let open = try LoadBenchmark.runOpen(
                port: port, connections: connections, perConnection: perConnection, rate: rate, line: request)
            print(
                String(format: "serve: %d connections, open loop at %.0f turns/s, ", connections, rate) + open.summary
                    + Self.writerUse(database, since: &before, seconds: open.seconds))
        }
        server.shutdown()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)
        let (echo, echoPort) = try LoadBenchmark.startEchoServer(group: group)
        let echoed = try LoadBenchmark.run(port: echoPort, connections: connections, perConnection: requestsPerConnection, line: request)
        try echo.close().wait()
        print("echo: \(connections) connections, \(echoed.summary) (bare SwiftNIO line echo, the ceiling)")
        for onEventLoop in [false, true] {
            let (asyncPort, stop) = try AsyncEcho.start(group: group, onEventLoop: onEventLoop)
            let asyncEchoed = try LoadBenchmark.run(
                port: asyncPort, connections: connections, perConnection: requestsPerConnection, line: request)
            stop()
            let how = onEventLoop ? "a task per connection on its event loop" : "a task per connection"
            print("async echo: \(connections) connections, \(asyncEchoed.summary) (NIOAsyncChannel, \(how))")
        }
        try group.syncShutdownGracefully()
    }

    static func writerUse(_ database: any ShopDatabase) -> CommitStatistics {
        (database as? SQLiteDatabase)?.commitStatistics ?? CommitStatistics()
    }

    /// "; writer busy 80 %, 4.1 writes per commit, longest 3.2 ms" for SQLite since `before`,
    /// which it moves on (and whose longest commit it resets).
    static func writerUse(_ database: any ShopDatabase, since before: inout CommitStatistics, seconds: Double) -> String {
        let now = writerUse(database)
        defer {
            before = now
            (database as? SQLiteDatabase)?.resetLongestCommit()
        }
        let commits = now.commits - before.commits
        guard commits > 0 else { return "" }
        let busy = Double(now.busyNanoseconds - before.busyNanoseconds) / 1e9 / seconds * 100
        return String(
            format: "; writer busy %.0f %%, %.1f writes per commit, longest %.1f ms, %d checkpoints (the writer's part at most %.1f ms)",
            busy,
            Double(now.writes - before.writes) / Double(commits), Double(now.longestNanoseconds) / 1e6,
            now.checkpoints.copied - before.checkpoints.copied,
            Double(now.checkpoints.longestFinishNanoseconds) / 1e6)
    }

    /// On the main thread: the load benchmarks block their thread while clients run, which
    /// must never be one of Swift's few cooperative threads (the server's tasks run there).
    @MainActor func run() async throws {
        // Before any server exists: its metrics are bound to the backend when it is made.
        let registry = metrics ? AdminMetrics.bootstrap() : nil
        defer {
            if let registry {
                let turns = registry.emitToString().split(separator: "\n").filter { $0.hasPrefix("shopchat_turn_duration_seconds_count") }
                print("metrics: collected (\(turns.first ?? "no turns"))")
            }
        }
        if wechat { return try WeChatLoad(users: users, messagesPerUser: messagesPerUser, workers: workers).run() }
        if let catalog {
            Logs.start(level: .error)
            let benchmark = CatalogBenchmark(
                count: catalog, seed: catalogSeed, searches: searches, judged: judged, postgres: postgres, keep: keep)
            try await benchmark.run(load: withLoad ? { database, engine in try runLoad(database: database, engine: engine) } : nil)
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shopchat-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let database: any ShopDatabase =
            try postgres.map { try PostgresStore(url: $0) }
            ?? SQLiteDatabase(path: directory.appendingPathComponent("bench.sqlite").path)
        let store = postgres == nil ? "SQLite file, WAL" : "PostgreSQL"
        let conversation = try Conversation(
            database: database, user: "bench", clock: .fixed(ClockArgument.date("2026-01-01T09:00:00+08:00")!))
        if postgres != nil { _ = await conversation.handle(Request(text: "/reset")) }
        // The script checks out: the bench user has somewhere to ship to, as a returning shopper would.
        _ = await conversation.handle(Request(text: "/address bench 88 Jianguo Road, Chaoyang, Beijing"))

        let start = DispatchTime.now().uptimeNanoseconds
        var orders = 0
        for turn in 0..<turns {
            let text = Self.script[turn % Self.script.count]
            let reply = await conversation.handle(Request(text: text))
            if text == "yes", reply.data["order"] != nil {
                orders += 1
                // Cancel right away so stock never runs out however long the run.
                if let id = reply.data.value(at: "order.id")?.plainText {
                    _ = await conversation.handle(Request(text: "cancel order \(id)"))
                }
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(
            String(
                format: "turns: %d in %.2f s = %.0f turns/s (%.1f µs/turn; %d orders placed and cancelled, %@)", turns, seconds,
                Double(turns) / seconds, seconds * 1e6 / Double(turns), orders, store))

        let engine = conversation.engine
        var checksum = 0
        let parseStart = DispatchTime.now().uptimeNanoseconds
        let utterances = ownUtterances.isEmpty ? Self.utterances : ownUtterances
        for index in 0..<parses {
            checksum &+= engine.parse(utterances[index % utterances.count]).slots.count
        }
        let parseSeconds = Double(DispatchTime.now().uptimeNanoseconds - parseStart) / 1e9
        if parseEach {
            // Which kind of utterance costs what: the figure a change to one rule moves.
            let each = max(1, parses / utterances.count)
            for utterance in utterances {
                let start = DispatchTime.now().uptimeNanoseconds
                for _ in 0..<each { checksum &+= engine.parse(utterance).slots.count }
                let micros = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e3 / Double(each)
                print(String(format: "  %7.2f µs  %@", micros, utterance))
            }
        }
        if connections > 0 { try runLoad(database: database, engine: conversation.engine) }
        print(
            String(
                format: "parse: %d utterances in %.2f s = %.0f utterances/s (%.2f µs each, one core; checksum %d)", parses, parseSeconds,
                Double(parses) / parseSeconds, parseSeconds * 1e6 / Double(parses), checksum))
    }
}
