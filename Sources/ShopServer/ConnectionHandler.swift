import Logging
import NIOCore

/// Hands each framed line of a connection to its session; cleans up when the connection goes.
final class ConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = LineFrameDecoder.Frame

    private let session: ConnectionSession
    private let shared: ServerState

    init(session: ConnectionSession, shared: ServerState) {
        self.session = session
        self.shared = shared
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        session.receive(unwrapInboundIn(data))
    }

    func channelInactive(context: ChannelHandlerContext) {
        shared.remove(context.channel)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // A vanished or misbehaving client closes its own connection only.
        shared.logger.debug("connection error", metadata: ["error": "\(error)"])
        context.close(promise: nil)
    }
}
