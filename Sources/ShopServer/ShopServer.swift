import Foundation
import Logging
import NIOCore
import NIOPosix
import ShopConversation
import ShopProtocol
import Synchronization

/// `shopchat serve`: the JSON Lines protocol over TCP for bot gateways (PROTOCOL.md §3).
public final class ShopServer: Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case tokenRequired(String)

        public var description: String {
            switch self {
            case .tokenRequired(let host): "binding to \(host) needs --token: only loopback may go without one"
            }
        }
    }

    /// The swift-metrics label of the turn latency histogram (its buckets are set at bootstrap).
    public static let turnLatencyLabel = ServerMetrics.turnLatency

    private let shared: ServerState
    private let makeConversation: @Sendable () -> Conversation
    private let group: MultiThreadedEventLoopGroup
    /// The listening socket, once bound.
    private let channel = Mutex<(any Channel)?>(nil)

    /// `makeConversation` opens one conversation per connection (sharing the store and engine).
    public init(configuration: ServerConfiguration, logger: Logger, makeConversation: @escaping @Sendable () -> Conversation) throws {
        guard configuration.token != nil || configuration.isLoopback else { throw Failure.tokenRequired(configuration.host) }
        self.shared = ServerState(configuration: configuration, logger: logger)
        self.makeConversation = makeConversation
        self.group = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)
    }

    /// Binds and starts accepting; returns the bound port (useful with port 0).
    @discardableResult
    public func start() throws -> Int {
        let shared = self.shared
        let makeConversation = self.makeConversation
        let configuration = shared.configuration
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 1024)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            // A client that half-closes after its last line still gets the reply to it.
            .childChannelOption(ChannelOptions.allowRemoteHalfClosure, value: true)
            // Past the high mark the socket reports itself unwritable and the session stops
            // reading: a client that doesn't read its replies is not buffered for without end.
            .childChannelOption(
                ChannelOptions.writeBufferWaterMark,
                value: .init(low: configuration.readResumesBelow, high: configuration.readPausesAbove)
            )
            .childChannelInitializer { channel in
                switch shared.admit(channel) {
                case .failure(let refusal):
                    shared.metrics.error(code: ProtocolError.rateLimited.rawValue)
                    shared.logger.warning(
                        "refusing a connection", metadata: ["why": "\(refusal == .full ? "server full" : "address at its share")"])
                    return channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(RefusalHandler(line: JSONLines.encode(.rateLimited, id: nil)))
                    }
                case .success(let number):
                    let conversation = makeConversation()
                    // Share codes drawn on this connection differ from every other connection's,
                    // in this process and any other sharing the store.
                    conversation.reseed(mixing: shared.processSalt ^ (number &* 0x9E37_79B9_7F4A_7C15))
                    let session = ConnectionSession(channel: channel, shared: shared, conversation: conversation)
                    return channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(
                            ByteToMessageHandler(LineFrameDecoder(limit: configuration.lineLimit)))
                        try channel.pipeline.syncOperations.addHandler(ConnectionHandler(session: session, shared: shared))
                        // Lines wait here for the connection's task: past `highWater` of them
                        // the channel stops reading.
                        let connection = try NIOAsyncChannel<LineFrameDecoder.Frame, ByteBuffer>(
                            wrappingChannelSynchronously: channel,
                            configuration: .init(
                                backPressureStrategy: .init(
                                    lowWatermark: ConnectionSession.lowWater, highWatermark: ConnectionSession.highWater)
                            ))
                        Task(executorPreference: EventLoopExecutor(channel.eventLoop)) { await session.run(connection) }
                    }
                }
            }
        let channel = try bootstrap.bind(host: shared.configuration.host, port: shared.configuration.port).wait()
        self.channel.withLock { $0 = channel }
        let port = channel.localAddress?.port ?? shared.configuration.port
        shared.logger.info("listening", metadata: ["host": "\(shared.configuration.host)", "port": "\(port)"])
        return port
    }

    /// Stops accepting, lets turns in flight finish and answer, then closes every connection.
    public func shutdown() {
        shared.logger.info("shutting down: no new connections, finishing turns in flight")
        try? channel.withLock { $0 }?.close().wait()
        shared.inFlight.wait()
        for connection in shared.openConnections {
            try? connection.close().wait()
        }
        try? group.syncShutdownGracefully()
        shared.logger.info("stopped")
    }
}
