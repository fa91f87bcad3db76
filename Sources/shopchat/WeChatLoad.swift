import Foundation
import Logging
import ShopChat
import ShopWeChat
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `shopchat bench --wechat`: the WeChat front in this process on a fresh SQLite store, driven
/// over real HTTP by many users at once, each sending signed text messages one after another
/// (a closed loop). Prints requests/s and latency percentiles; asserts nothing.
struct WeChatLoad {
    let users: Int
    let messagesPerUser: Int
    let workers: Int

    static let token = "bench-token"
    /// A short shopping session, mostly Chinese, that only touches the user's own cart.
    static let script = ["你好", "搜索电饭煲", "把第一个加入购物车", "看看购物车", "search socks", "清空购物车"]

    func run() throws {
        Logs.start(level: .error)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shopchat-wechat-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteDatabase(path: directory.appendingPathComponent("bench.sqlite").path)
        let conversation = try Conversation(database: database, clock: .fixed(ClockArgument.date("2026-01-01T09:00:00+08:00")!))
        var logger = Logger(label: "bench.wechat")
        // Stopping the server by cancelling its task is logged as an error by Hummingbird.
        logger.logLevel = .critical
        let front = WeChatFront(
            template: conversation.template, workers: workers, salt: UInt64.random(in: 0...UInt64.max), menu: WeChatMenu(),
            replySeconds: WeChatConfiguration.defaultReplySeconds, language: .zh, logger: logger)
        let configuration = WeChatConfiguration(port: 0, token: Self.token, workers: workers)
        let ready = DispatchSemaphore(value: 0)
        let bound = Bound()
        let http = WeChatHTTP(configuration: configuration, front: front, logger: logger)
        let server = Task {
            try await http.run(stopOnSignals: false) { port in
                bound.port = port
                ready.signal()
            }
        }
        ready.wait()
        let port = bound.port
        let finished = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        Task {
            outcome.result = await drive(port: port)
            finished.signal()
        }
        finished.wait()
        server.cancel()
        front.finish()
        guard let result = outcome.result else { return }
        print(result)
    }

    /// Every user's session at once; the summary line.
    private func drive(port: Int) async -> String {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = users
        configuration.timeoutIntervalForRequest = 60
        let session = URLSession(configuration: configuration)
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = LoadBenchmark.processCPUSeconds()
        let perUser = await withTaskGroup(of: ([UInt64], Int).self) { group in
            for user in 0..<users {
                group.addTask { await shop(user: user, port: port, session: session) }
            }
            var all: ([UInt64], Int) = ([], 0)
            for await (latencies, failures) in group {
                all.0 += latencies
                all.1 += failures
            }
            return all
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = LoadBenchmark.processCPUSeconds() - cpuStart
        let result = LoadBenchmark.Result(turns: perUser.0.count, seconds: seconds, cpuSeconds: cpu, latencies: perUser.0.sorted())
        return "wechat: \(users) users × \(messagesPerUser) signed text messages over HTTP (URLSession, closed loop), \(workers) turn threads: "
            + result.summary.replacingOccurrences(of: "turns", with: "requests").replacingOccurrences(of: "/turn", with: "/request") + "; \(perUser.1) failed"
    }

    /// One user's messages, one after another; their latencies in nanoseconds and the failures.
    private func shop(user: Int, port: Int, session: URLSession) async -> ([UInt64], Int) {
        let openID = "oBench" + String(format: "%022d", user)
        var latencies: [UInt64] = []
        var failures = 0
        for index in 0..<messagesPerUser {
            let text = Self.script[index % Self.script.count]
            let xml = """
                <xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[\(openID)]]></FromUserName>\
                <CreateTime>\(Int(Date().timeIntervalSince1970))</CreateTime><MsgType><![CDATA[text]]></MsgType>\
                <Content><![CDATA[\(text)]]></Content><MsgId>\(user * 10_000 + index + 1)</MsgId></xml>
                """
            let timestamp = String(Int(Date().timeIntervalSince1970))
            let nonce = String(Int.random(in: 1...999_999_999))
            let signature = WeChatSignature.sign([Self.token, timestamp, nonce])
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/wechat?signature=\(signature)&timestamp=\(timestamp)&nonce=\(nonce)")!)
            request.httpMethod = "POST"
            request.httpBody = Data(xml.utf8)
            let sent = DispatchTime.now().uptimeNanoseconds
            do {
                let (data, response) = try await session.data(for: request)
                latencies.append(DispatchTime.now().uptimeNanoseconds - sent)
                let ok = (response as? HTTPURLResponse)?.statusCode == 200 && data.starts(with: Data("<xml>".utf8))
                if !ok { failures += 1 }
            } catch {
                failures += 1
            }
        }
        return (latencies, failures)
    }
}

/// Hand-offs between the benchmark's tasks and its blocking thread, each written once before
/// the semaphore that publishes it is signalled.
private final class Bound: @unchecked Sendable {
    // @unchecked: written before `ready.signal()`, read after `ready.wait()`.
    var port = 0
}

private final class Outcome: @unchecked Sendable {
    // @unchecked: written before `finished.signal()`, read after `finished.wait()`.
    var result: String?
}
