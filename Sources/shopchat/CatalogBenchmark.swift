import Foundation
import ShopChat

#if canImport(Glibc)
    import Glibc
#endif

/// `shopchat bench --catalog N`: what a catalog of N generated products costs, next to the demo
/// catalog on the same store, measured in one run: importing it, starting and answering a first
/// turn, the memory of a session, search latency and search accuracy. Import, start-up and
/// session memory are real `shopchat` processes (this executable), reaped with `wait4` for their
/// peak memory; latency and accuracy run in this process, through a ``Conversation``, as a
/// gateway embedding the engine would.
struct CatalogBenchmark {
    var count: Int
    var seed: UInt64
    var searches: Int
    var judged: Int
    var postgres: String?
    var keep: String?
    /// How many times start-up is measured; the median is shown.
    var starts = 3

    /// The figures of one store: the demo catalog alone, then with the generated one.
    struct Figures {
        var firstReply: [Double] = []
        var startToExit: [Double] = []
        var startPeakKiB: [Int] = []
        var sessionRSSKiB: Int?
        var sessionPeakKiB: Int?
        var open: Double = 0
        var openRSSKiB: Int?
        var firstSearch: Double = 0
        var latencies: [Double] = []
        /// Each timed search's query, by the index of its latency: the slowest are named.
        var queries: [String] = []
        var failedSearches = 0
        var emptySearches = 0
        var accuracy: SearchEval.Report?
        var judgedLatencies: [Double] = []
    }

    let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().path ?? CommandLine.arguments[0]
    let clock = ShopClock.fixed(ClockArgument.date(DialogSuite.defaultClock)!)

    nonisolated(nonsending) func run(load: ((any ShopDatabase, IntentEngine) throws -> Void)?) async throws {
        // A child that dies must not take the benchmark with it when its stdin is written.
        signal(SIGPIPE, SIG_IGN)
        let directory = URL(
            fileURLWithPath: keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("shopchat-catalog-\(getpid())").path)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { if keep == nil { try? FileManager.default.removeItem(at: directory) } }
        let path = { (name: String) in directory.appendingPathComponent(name).path }

        let generator = CatalogGenerator(count: count, seed: seed)
        progress("generating \(count) products")
        let start = DispatchTime.now().uptimeNanoseconds
        let bytes = try generator.write(to: path("catalog.csv"))
        let generated = seconds(since: start)
        let judgedLines = generator.judgedQueries(count: judged)
        try
            ("# \(judged) judged queries for the catalog of \(count) products, seed \(seed) (shopchat bench --catalog)\n"
            + judgedLines.joined(separator: "\n") + "\n").write(toFile: path("judged.tsv"), atomically: true, encoding: .utf8)
        let judgements = try SearchEval.parse(judgedLines.joined(separator: "\n"))
        let queries = generator.searchQueries(count: searches)

        let (store, dropStore) = try await prepareStore(at: path("shop.sqlite"))
        defer { if keep == nil { dropStore() } }
        let errors = path("stderr.txt")
        progress("measuring the demo catalog")
        let demo = try await measure(store: store, queries: queries, judgements: [], errors: errors)

        progress("importing")
        let importer = try MeasuredChild(executable, ["import", path("catalog.csv"), "--db", store], errors: errors)
        importer.read()
        let imported = importer.wait()
        let importSaid = importer.text.trimmingCharacters(in: .whitespacesAndNewlines)
        var big: Figures?
        if imported.status == 0 {
            progress("measuring the generated catalog")
            big = try await measure(store: store, queries: queries, judgements: judgements, errors: errors)
        }

        var table: [(String, String, String)] = []
        func row(_ label: String, _ figure: (Figures) -> String) {
            table.append((label, figure(demo), big.map(figure) ?? "—"))
        }
        row("start + first reply (pipe, \"hi\"; median of \(starts))") { ms(median($0.firstReply)) }
        row("  … and exit") { ms(median($0.startToExit)) }
        row("  peak RSS of that process") { mb(median($0.startPeakKiB)) }
        row("RSS of a pipe session after 7 turns") { mb($0.sessionRSSKiB) + " (peak " + mb($0.sessionPeakKiB) + ")" }
        row("in-process: open the store and train") { ms($0.open) + ", RSS " + mb($0.openRSSKiB) }
        row("first search (builds the search text)") { ms($0.firstSearch) }
        row("search latency, \(searches) searches") { percentiles($0.latencies) }
        row("  searches failed / showed nothing") { "\($0.failedSearches) / \($0.emptySearches)" }
        if big != nil {
            table.append(("judged queries' latency, \(judged)", "—", big.map { percentiles($0.judgedLatencies) } ?? "—"))
            for (label, chinese) in [("en", false), ("zh", true), ("all", nil)] as [(String, Bool?)] {
                let tally = big?.accuracy?.tally(chinese: chinese) ?? SearchEval.Tally()
                table.append(
                    (
                        "search accuracy, \(label) (\(tally.queries))", "—",
                        String(format: "top-1 %.1f %%, top-3 %.1f %%", tally.top1Rate * 100, tally.top3Rate * 100)
                    ))
            }
        }

        let backend = postgres == nil ? "SQLite file" : "PostgreSQL"
        print(
            String(
                format: "catalog: %d products (seed %llu), %.1f MB of CSV, generated in %.2f s", count, seed, Double(bytes) / 1e6, generated
            ))
        print(
            String(
                format: "import (shopchat import, %@): %.2f s, peak RSS %@, exit %d: ", backend, imported.seconds, mb(imported.peakKiB),
                imported.status)
                + importSaid.prefix(300))
        let widths = (table.map(\.0.count).max() ?? 0, max(table.map(\.1.count).max() ?? 0, 20))
        func line(_ cells: (String, String, String)) -> String {
            cells.0.padding(toLength: widths.0 + 2, withPad: " ", startingAt: 0)
                + cells.1.padding(toLength: widths.1 + 2, withPad: " ", startingAt: 0) + cells.2
        }
        print(line(("", "demo catalog", "demo + \(count) generated")))
        for cells in table { print(line(cells)) }
        for (label, figures) in [("demo catalog", demo), ("demo + \(count) generated", big)] {
            guard let figures else { continue }
            let slowest = figures.latencies.indices.sorted { figures.latencies[$0] > figures.latencies[$1] }.prefix(5)
            print(
                "slowest searches, \(label): "
                    + slowest.map { "\(ms(figures.latencies[$0])) \"\(figures.queries[$0])\"" }.joined(separator: ", "))
        }
        if keep != nil {
            print("kept in \(directory.path): catalog.csv, judged.tsv" + (postgres == nil ? ", shop.sqlite" : "; the store in \(store)"))
        }

        if let load, big != nil {
            let database = try StoreLocation(store).open()
            let conversation = try Conversation(database: database, user: "bench", clock: clock)
            try load(database, conversation.engine)
        }
    }

    /// A store holding the demo catalog only: a new SQLite file, or a new database on the
    /// PostgreSQL server (an old one reset held a million products' dead rows until vacuumed,
    /// and its demo searches took 28 ms instead of 3); and how to drop it.
    private nonisolated(nonsending) func prepareStore(at file: String) async throws -> (String, drop: () -> Void) {
        if let postgres {
            let server = try PostgresStore(url: postgres, size: 1)
            let name = "shopchat_bench_\(getpid())_\(UInt32.random(in: 0...UInt32.max))"
            try server.createDatabase(name)
            guard var url = URLComponents(string: postgres) else { throw PostgresStore.Failure.badURL(postgres) }
            url.path = "/" + name
            let store = url.string ?? postgres
            _ = try await Conversation(database: PostgresStore(url: store), user: "bench", clock: clock).handle(Request(text: "hi"))
            return (store, { try? server.dropDatabase(name) })
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) }
        // Made by a process of its own, so that no measured start-up makes the store.
        let maker = try MeasuredChild(executable, ["--db", file])
        maker.send(Array("hi\n".utf8))
        maker.closeInput()
        maker.read()
        guard maker.wait().status == 0 else { throw MeasuredChild.Failed(description: "can't make a store at \(file)") }
        return (file, {})
    }

    private nonisolated(nonsending) func measure(store: String, queries: [String], judgements: [SearchJudgement], errors: String)
        async throws -> Figures
    {
        var figures = Figures()
        for _ in 0..<starts {
            let child = try MeasuredChild(executable, ["--db", store], errors: errors)
            child.send(Array("hi\n".utf8))
            child.closeInput()
            child.read()
            let exit = child.wait()
            figures.firstReply.append(child.firstOutput ?? exit.seconds)
            figures.startToExit.append(exit.seconds)
            figures.startPeakKiB.append(exit.peakKiB)
        }
        try measureSession(store: store, queries: queries, errors: errors, into: &figures)
        try await measureInProcess(store: store, queries: queries, judgements: judgements, into: &figures)
        return figures
    }

    /// A pipe session a few turns in, read from /proc while it waits for the next line.
    private func measureSession(store: String, queries: [String], errors: String, into figures: inout Figures) throws {
        let session = try MeasuredChild(executable, ["--db", store], errors: errors)
        let turns = ["hi", "search rice cooker", "搜美的电饭煲"] + queries.suffix(2) + ["tell me more about the first one", "what's in my cart"]
        session.send(Array((turns.joined(separator: "\n") + "\n").utf8))
        // "/seed N" changes only this session's random source and its reply says N: once N is
        // back, every turn before it has been answered and the session waits for input.
        let marker = String(100_000_000 + DispatchTime.now().uptimeNanoseconds % 900_000_000)
        session.send(Array("/seed \(marker)\n".utf8))
        if session.read(until: marker, seconds: 600), let memory = session.memory() {
            figures.sessionRSSKiB = memory.rss
            figures.sessionPeakKiB = memory.peak
        }
        session.closeInput()
        session.read()
        _ = session.wait()
    }

    private nonisolated(nonsending) func measureInProcess(
        store: String, queries: [String], judgements: [SearchJudgement], into figures: inout Figures
    ) async throws {
        var start = DispatchTime.now().uptimeNanoseconds
        let conversation = try Conversation(database: try StoreLocation(store).open(), user: "bench", clock: clock)
        figures.open = seconds(since: start)
        figures.openRSSKiB = Self.ownRSS()
        // Names no earlier run used, so every search comes from a user with no history.
        let run = String(DispatchTime.now().uptimeNanoseconds % 2_176_782_336, radix: 36)
        start = DispatchTime.now().uptimeNanoseconds
        _ = await conversation.handle(Request(text: "search rice cooker", user: "warm-\(run)"))
        figures.firstSearch = seconds(since: start)
        for (number, query) in queries.enumerated() {
            start = DispatchTime.now().uptimeNanoseconds
            let reply = await conversation.handle(Request(text: query, user: "lat-\(run)-\(number)"))
            figures.latencies.append(seconds(since: start))
            figures.queries.append(query)
            if reply.error != nil {
                figures.failedSearches += 1
            } else if SearchEval.shown(reply).isEmpty {
                figures.emptySearches += 1
            }
        }
        if !judgements.isEmpty {
            figures.accuracy = await SearchEval.run(judgements, on: conversation) { figures.judgedLatencies.append($0) }
        }
    }

    // MARK: Figures

    private func progress(_ text: String) {
        FileHandle.standardError.write(Data("bench --catalog: \(text)…\n".utf8))
    }

    private func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    private func median<T: Comparable>(_ values: [T]) -> T? {
        values.isEmpty ? nil : values.sorted()[values.count / 2]
    }

    private func ms(_ seconds: Double?) -> String {
        guard let seconds else { return "—" }
        return seconds < 0.01 ? String(format: "%.2f ms", seconds * 1e3) : String(format: "%.0f ms", seconds * 1e3)
    }

    private func mb(_ kib: Int?) -> String {
        guard let kib else { return "—" }
        return String(format: "%.0f MB", Double(kib) / 1024)
    }

    /// "p50 0.41 ms, p99 1.2 ms, max 3.0 ms"
    private func percentiles(_ values: [Double]) -> String {
        guard !values.isEmpty else { return "—" }
        let sorted = values.sorted()
        func at(_ fraction: Double) -> Double { sorted[min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)] }
        return "p50 \(ms(at(0.5))), p99 \(ms(at(0.99))), max \(ms(sorted.last))"
    }

    /// This process's resident memory, in KiB.
    static func ownRSS() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
        else { return nil }
        return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
    }
}
