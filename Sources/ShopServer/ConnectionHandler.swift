import Logging
import NIOCore

/// Hands each framed line of a connection to its session, and tells it what the socket does:
/// up, writable or not, half-closed, gone.
final class ConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = LineFrameDecoder.Frame

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
        session.receive(unwrapInboundIn(data))
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        session.writabilityChanged(context.channel.isWritable)
        context.fireChannelWritabilityChanged()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        // The line decoder has already passed on a last line without its newline.
        if case ChannelEvent.inputClosed = event { session.inputClosed() }
        context.fireUserInboundEventTriggered(event)
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
