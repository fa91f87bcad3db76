import Foundation
import Logging
import NIOCore
import NIOPosix
import ShopConversation
import ShopProtocol

/// `shopchat serve`: the JSON Lines protocol over TCP for bot gateways (PROTOCOL.md §3).
public final class ShopServer: @unchecked Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case tokenRequired(String)

        public var description: String {
            switch self {
            case .tokenRequired(let host): "binding to \(host) needs --token: only loopback may go without one"
            }
        }
    }

    private let shared: ServerState
    private let makeConversation: @Sendable () -> Conversation
    private let group: MultiThreadedEventLoopGroup
    private var channel: (any Channel)?

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
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 1024)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                guard shared.admit(channel) else {
                    shared.logger.warning("connection limit reached; refusing a connection")
                    return channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(RefusalHandler(line: JSONLines.encode(.rateLimited, id: nil)))
                    }
                }
                let session = ConnectionSession(channel: channel, shared: shared, conversation: makeConversation())
                return channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineFrameDecoder(limit: shared.configuration.lineLimit)))
                    try channel.pipeline.syncOperations.addHandler(ConnectionHandler(session: session, shared: shared))
                }
            }
        let channel = try bootstrap.bind(host: shared.configuration.host, port: shared.configuration.port).wait()
        self.channel = channel
        let port = channel.localAddress?.port ?? shared.configuration.port
        shared.logger.info("listening", metadata: ["host": "\(shared.configuration.host)", "port": "\(port)"])
        return port
    }

    /// Stops accepting, lets turns in flight finish and answer, then closes every connection.
    public func shutdown() {
        shared.logger.info("shutting down: no new connections, finishing turns in flight")
        try? channel?.close().wait()
        shared.inFlight.wait()
        for connection in shared.openConnections {
            try? connection.close().wait()
        }
        try? group.syncShutdownGracefully()
        shared.finishLanes()
        shared.logger.info("stopped")
    }
}
