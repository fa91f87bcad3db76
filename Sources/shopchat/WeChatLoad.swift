import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import ShopChat
import ShopWeChat
import Synchronization

/// `shopchat bench --wechat`: the WeChat front in this process on a fresh SQLite store, driven
/// over real HTTP by many users at once, each sending signed text messages one after another
/// (a closed loop), each on a keep-alive connection of its own. Prints requests/s and latency percentiles; asserts nothing.
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
        let result = drive(port: port)
        server.cancel()
        try Blocking.await { await front.finish() }
        print(result)
    }

    /// Every user's session at once, one keep-alive connection each; the summary line.
    private func drive(port: Int) -> String {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let recorder = LatencyRecorder(expected: users * messagesPerUser)
        let failures = Failures()
        let done = DispatchGroup()
        let request: HTTPLoadClient.Request = { user, index in Self.message(user: user, index: index) }
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = LoadBenchmark.processCPUSeconds()
        var channels: [any Channel] = []
        for user in 0..<users {
            done.enter()
            let client = HTTPLoadClient(user: user, count: messagesPerUser, request: request, recorder: recorder) { failed in
                failures.add(failed)
                done.leave()
            }
            let channel = try? ClientBootstrap(group: group)
                .channelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHTTPClientHandlers()
                        try channel.pipeline.syncOperations.addHandler(client)
                    }
                }
                .connect(host: "127.0.0.1", port: port).wait()
            if let channel {
                channels.append(channel)
            } else {
                failures.add(messagesPerUser)
                done.leave()
            }
        }
        done.wait()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = LoadBenchmark.processCPUSeconds() - cpuStart
        for channel in channels { try? channel.close().wait() }
        let result = LoadBenchmark.Result(turns: recorder.count, seconds: seconds, cpuSeconds: cpu, latencies: recorder.sorted())
        return
            "wechat: \(users) users × \(messagesPerUser) signed text messages over HTTP (SwiftNIO keep-alive, closed loop), \(workers) turn threads: "
            + result.summary.replacingOccurrences(of: "turns", with: "requests").replacingOccurrences(of: "/turn", with: "/request")
            + "; \(failures.total) failed"
    }

    /// A user's `index`th message: the signed URI and the XML body.
    static func message(user: Int, index: Int) -> (uri: String, body: String) {
        let openID = "oBench" + String(format: "%022d", user)
        let text = script[index % script.count]
        let now = Int(Date().timeIntervalSince1970)
        let xml = """
            <xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[\(openID)]]></FromUserName>\
            <CreateTime>\(now)</CreateTime><MsgType><![CDATA[text]]></MsgType>\
            <Content><![CDATA[\(text)]]></Content><MsgId>\(user * 10_000 + index + 1)</MsgId></xml>
            """
        let timestamp = String(now)
        let nonce = String(Int.random(in: 1...999_999_999))
        let signature = WeChatSignature.sign([token, timestamp, nonce])
        return ("/wechat?signature=\(signature)&timestamp=\(timestamp)&nonce=\(nonce)", xml)
    }
}

/// Failed requests, counted from the clients' event loop.
private final class Failures: Sendable {
    private let count = Mutex(0)
    func add(_ n: Int) { count.withLock { $0 += n } }
    var total: Int { count.withLock { $0 } }
}

/// The port the benchmark's server bound, handed from its task to the blocking thread.
private final class Bound: Sendable {
    private let value = Mutex(0)
    var port: Int {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}
