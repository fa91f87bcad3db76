import Foundation
import NIOCore

/// One connection of an open-loop load: it sends on a fixed schedule whether or not replies have
/// come (as independent users would), and measures each reply from when its request was due, so
/// a server that falls behind shows it in the latency rather than by slowing the load down.
final class OpenLoopClient: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let connection: Int
    private let count: Int
    private let interval: TimeAmount
    private let offset: TimeAmount
    private let line: @Sendable (Int, Int) -> String
    private let recorder: LatencyRecorder
    private let finished: @Sendable () -> Void
    // Touched only on the channel's event loop.
    private var sent = 0
    private var received = 0
    private var dueTimes: [UInt64] = []
    private var lines = LoadLines()
    private var start: UInt64 = 0

    init(
        connection: Int, count: Int, interval: TimeAmount, offset: TimeAmount, line: @escaping @Sendable (Int, Int) -> String,
        recorder: LatencyRecorder, finished: @escaping @Sendable () -> Void
    ) {
        self.connection = connection
        self.count = count
        self.interval = interval
        self.offset = offset
        self.line = line
        self.recorder = recorder
        self.finished = finished
    }

    // Added to a connected channel: the schedule starts now.
    func handlerAdded(context: ChannelHandlerContext) {
        start = DispatchTime.now().uptimeNanoseconds + UInt64(offset.nanoseconds)
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.eventLoop.scheduleRepeatedTask(initialDelay: offset, delay: interval) { [self] task in
            self.sendNext(context: bound.value)
            if self.sent == self.count { task.cancel() }
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        for _ in 0..<lines.received(&buffer) {
            recorder.record(DispatchTime.now().uptimeNanoseconds - dueTimes[received])
            received += 1
            if received == count { finished() }
        }
    }

    private func sendNext(context: ChannelHandlerContext) {
        // Due on the schedule, not when the timer happened to fire.
        dueTimes.append(start + UInt64(sent) * UInt64(interval.nanoseconds))
        let text = line(connection, sent)
        sent += 1
        LoadLines.send(text, on: context)
    }
}
