import Foundation
import Logging
import NIOCore
import NIOPosix
import ShopChat
import Synchronization

/// Drives a server with many concurrent connections, each sending its next request as soon as
/// the previous reply arrives (a closed loop), and reports turns/s and latency percentiles.
enum LoadBenchmark {
    struct Result {
        var turns: Int
        var seconds: Double
        /// CPU time of this whole process (server and client) while it ran.
        var cpuSeconds: Double
        var latencies: [UInt64]

        var perSecond: Double { Double(turns) / seconds }

        func percentile(_ p: Double) -> Double {
            guard !latencies.isEmpty else { return 0 }
            let index = min(latencies.count - 1, Int(Double(latencies.count) * p))
            return Double(latencies[index]) / 1e6
        }

        var summary: String {
            String(
                format: "%d turns in %.2f s = %.0f turns/s, p50 %.2f ms, p99 %.2f ms, CPU %.0f µs/turn (server and client)", turns, seconds,
                perSecond, percentile(0.5), percentile(0.99), cpuSeconds / Double(turns) * 1e6)
        }
    }

    /// User and system CPU time of this process so far: comparable across runs where turns/s
    /// at saturation is not, as this machine's speed drifts.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// `connections` clients each send `perConnection` lines made by `line(connection, index)`.
    static func run(port: Int, connections: Int, perConnection: Int, line: @escaping @Sendable (Int, Int) -> String) throws -> Result {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let recorder = LatencyRecorder(expected: connections * perConnection)
        let done = DispatchGroup()
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuBefore = Self.processCPUSeconds()
        var channels: [any Channel] = []
        for connection in 0..<connections {
            done.enter()
            let client = ClosedLoopClient(connection: connection, count: perConnection, line: line, recorder: recorder) { done.leave() }
            let channel = try ClientBootstrap(group: group)
                .channelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(client) }
                }
                .connect(host: "127.0.0.1", port: port).wait()
            channels.append(channel)
        }
        done.wait()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = Self.processCPUSeconds() - cpuBefore
        for channel in channels { try? channel.close().wait() }
        return Result(turns: connections * perConnection, seconds: seconds, cpuSeconds: cpu, latencies: recorder.sorted())
    }

    /// `connections` clients together send `rate` lines per second, `perConnection` each, on a
    /// fixed schedule (an open loop); latency counts from when each line was due.
    static func runOpen(
        port: Int, connections: Int, perConnection: Int, rate: Double, line: @escaping @Sendable (Int, Int) -> String
    ) throws -> Result {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let recorder = LatencyRecorder(expected: connections * perConnection)
        let done = DispatchGroup()
        var channels: [any Channel] = []
        for _ in 0..<connections {
            let channel = try ClientBootstrap(group: group)
                .channelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
                .connect(host: "127.0.0.1", port: port).wait()
            channels.append(channel)
        }
        // Connected first, then started together.
        var clients: [OpenLoopClient] = []
        for (connection, channel) in channels.enumerated() {
            done.enter()
            let client = OpenLoopClient(connection: connection, count: perConnection, line: line, recorder: recorder) { done.leave() }
            try channel.pipeline.addHandler(client).wait()
            clients.append(client)
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuBefore = Self.processCPUSeconds()
        OpenLoopPacer(clients: clients, perConnection: perConnection, rate: rate, eventLoop: group.next()).begin()
        done.wait()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = Self.processCPUSeconds() - cpuBefore
        for channel in channels { try? channel.close().wait() }
        return Result(turns: connections * perConnection, seconds: seconds, cpuSeconds: cpu, latencies: recorder.sorted())
    }

    /// A bare SwiftNIO server that echoes every byte: the ceiling for any line protocol here.
    static func startEchoServer(group: MultiThreadedEventLoopGroup) throws -> (any Channel, Int) {
        let channel = try ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 1024)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(EchoHandler()) }
            }
            .bind(host: "127.0.0.1", port: 0).wait()
        return (channel, channel.localAddress?.port ?? 0)
    }
}

final class EchoHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        context.writeAndFlush(data, promise: nil)
    }
}

/// The line framing both load clients share: replies are counted line by line, requests sent whole.
struct LoadLines {
    private var pending = ByteBuffer()

    /// Takes in what arrived; returns how many reply lines it completed.
    mutating func received(_ bytes: inout ByteBuffer) -> Int {
        pending.writeBuffer(&bytes)
        var lines = 0
        while let newline = pending.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) {
            pending.moveReaderIndex(to: newline + 1)
            lines += 1
        }
        pending.discardReadBytes()
        return lines
    }

    static func send(_ line: String, on context: ChannelHandlerContext) {
        var buffer = context.channel.allocator.buffer(capacity: line.utf8.count + 1)
        buffer.writeString(line)
        buffer.writeInteger(UInt8(ascii: "\n"))
        context.writeAndFlush(NIOAny(buffer), promise: nil)
    }
}

/// Latencies recorded from the load's event loops, sorted at the end for percentiles.
final class LatencyRecorder: Sendable {
    private let values: Mutex<[UInt64]>

    init(expected: Int) {
        var values: [UInt64] = []
        values.reserveCapacity(expected)
        self.values = Mutex(values)
    }

    func record(_ nanoseconds: UInt64) {
        values.withLock { $0.append(nanoseconds) }
    }

    var count: Int { values.withLock { $0.count } }

    func sorted() -> [UInt64] {
        values.withLock { $0.sorted() }
    }
}

/// One connection of the load: send, wait for the reply line, record, send the next.
final class ClosedLoopClient: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let connection: Int
    private let count: Int
    private let line: @Sendable (Int, Int) -> String
    private let recorder: LatencyRecorder
    private let finished: @Sendable () -> Void
    private var sent = 0
    private var sentAt: UInt64 = 0
    private var lines = LoadLines()

    init(
        connection: Int, count: Int, line: @escaping @Sendable (Int, Int) -> String, recorder: LatencyRecorder,
        finished: @escaping @Sendable () -> Void
    ) {
        self.connection = connection
        self.count = count
        self.line = line
        self.recorder = recorder
        self.finished = finished
    }

    func channelActive(context: ChannelHandlerContext) {
        sendNext(context: context)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        for _ in 0..<lines.received(&buffer) {
            recorder.record(DispatchTime.now().uptimeNanoseconds - sentAt)
            if sent == count {
                finished()
                return
            }
            sendNext(context: context)
        }
    }

    private func sendNext(context: ChannelHandlerContext) {
        let text = line(connection, sent)
        sent += 1
        sentAt = DispatchTime.now().uptimeNanoseconds
        LoadLines.send(text, on: context)
    }
}
