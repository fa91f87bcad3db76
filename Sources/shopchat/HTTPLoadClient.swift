import Dispatch
import NIOCore
import NIOHTTP1
import NIOPosix

/// One keep-alive HTTP/1.1 connection of a load: POST, wait for the whole response, record its
/// latency, POST the next. SwiftNIO rather than URLSession: at a thousand connections libcurl's
/// bookkeeping cost more CPU than the server's turns and made the client the bottleneck.
final class HTTPLoadClient: ChannelInboundHandler, @unchecked Sendable {
    // @unchecked: all state is touched on the channel's event loop only.
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundOut = HTTPClientRequestPart

    /// A request: the path with its query, and the body.
    typealias Request = @Sendable (_ user: Int, _ index: Int) -> (uri: String, body: String)

    private let user: Int
    private let count: Int
    private let request: Request
    private let recorder: LatencyRecorder
    private let finished: @Sendable (_ failures: Int) -> Void
    private var sent = 0
    private var answered = 0
    private var sentAt: UInt64 = 0
    private var failures = 0
    private var done = false

    init(user: Int, count: Int, request: @escaping Request, recorder: LatencyRecorder, finished: @escaping @Sendable (Int) -> Void) {
        self.user = user
        self.count = count
        self.request = request
        self.recorder = recorder
        self.finished = finished
    }

    func channelActive(context: ChannelHandlerContext) {
        sendNext(context: context)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            if head.status != .ok { failures += 1 }
        case .body:
            break
        case .end:
            recorder.record(DispatchTime.now().uptimeNanoseconds - sentAt)
            answered += 1
            if answered == count {
                done = true
                finished(failures)
                return
            }
            sendNext(context: context)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        // Closed before its last answer: what is left counts as failed.
        guard !done else { return }
        done = true
        finished(failures + count - answered)
    }

    private func sendNext(context: ChannelHandlerContext) {
        let (uri, body) = request(user, sent)
        sent += 1
        var head = HTTPRequestHead(version: .http1_1, method: .POST, uri: uri)
        head.headers.add(name: "Host", value: "127.0.0.1")
        head.headers.add(name: "Content-Type", value: "text/xml")
        head.headers.add(name: "Content-Length", value: String(body.utf8.count))
        sentAt = DispatchTime.now().uptimeNanoseconds
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(string: body)))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}
