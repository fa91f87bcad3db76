import Foundation
import NIOCore

/// One connection of an open-loop load: it sends when ``OpenLoopPacer`` says its next line is
/// due, whether or not replies have come (as independent users would), and measures each reply
/// from when its request was due, so a server that falls behind shows it in the latency rather
/// than by slowing the load down.
final class OpenLoopClient: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let connection: Int
    private let count: Int
    private let line: @Sendable (Int, Int) -> String
    private let recorder: LatencyRecorder
    private let finished: @Sendable () -> Void
    // Touched only on the channel's event loop.
    private var context: ChannelHandlerContext?
    private var sent = 0
    private var received = 0
    private var dueTimes: [UInt64] = []
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

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        for _ in 0..<lines.received(&buffer) {
            recorder.record(DispatchTime.now().uptimeNanoseconds - dueTimes[received])
            received += 1
            if received == count { finished() }
        }
    }

    /// Sends the next line, due at `due` (on the schedule, not when the pacer got to it).
    func send(due: UInt64) {
        guard let context, sent < count else { return }
        dueTimes.append(due)
        let text = line(connection, sent)
        sent += 1
        LoadLines.send(text, on: context)
    }
}

/// The schedule of an open-loop load: line k of the whole load is due k / rate seconds after the
/// start and goes to connection k mod n. One timer on the clients' event loop sends whatever is
/// due and sleeps until the next, at least `tick` apart; a timer per connection would cost the
/// client more CPU than the server it measures, on the same two cores.
final class OpenLoopPacer: @unchecked Sendable {
    private let clients: [OpenLoopClient]
    private let total: Int
    private let start: UInt64
    private let interval: Double
    private let eventLoop: any EventLoop
    private let tick: UInt64 = 200_000
    // Touched only on `eventLoop`.
    private var next = 0

    init(clients: [OpenLoopClient], perConnection: Int, rate: Double, eventLoop: any EventLoop) {
        self.clients = clients
        total = clients.count * perConnection
        interval = 1e9 / rate
        self.eventLoop = eventLoop
        start = DispatchTime.now().uptimeNanoseconds
    }

    func begin() {
        eventLoop.execute { self.sendDue() }
    }

    private func due(_ index: Int) -> UInt64 { start + UInt64(Double(index) * interval) }

    private func sendDue() {
        let now = DispatchTime.now().uptimeNanoseconds
        while next < total, due(next) <= now {
            clients[next % clients.count].send(due: due(next))
            next += 1
        }
        guard next < total else { return }
        let wait = max(due(next) > now ? due(next) - now : 0, tick)
        eventLoop.scheduleTask(in: .nanoseconds(Int64(wait))) { self.sendDue() }
    }
}
