import Logging
import NIOCore

/// Sits before a connection's `NIOAsyncChannel`: counts each framed line in flight as it is read
/// (a graceful shutdown answers it), and tells the session what the socket does: up, writable
/// again, gone.
final class ConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = LineFrameDecoder.Frame
    typealias InboundOut = LineFrameDecoder.Frame

    private let session: ConnectionSession
    private let shared: ServerState

    init(session: ConnectionSession, shared: ServerState) {
        self.session = session
        self.shared = shared
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { session.started() }
    }

    func channelActive(context: ChannelHandlerContext) {
        session.started()
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        // Lines read after the session stopped taking them are dropped, uncounted.
        if session.counted() { context.fireChannelRead(data) }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { session.writable() }
        context.fireChannelWritabilityChanged()
    }

    func channelInactive(context: ChannelHandlerContext) {
        shared.remove(context.channel, session: session)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // A vanished or misbehaving client closes its own connection only.
        shared.logger.debug("connection error", metadata: ["error": "\(error)"])
        context.close(promise: nil)
    }
}
