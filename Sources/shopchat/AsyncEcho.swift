import NIOCore
import NIOPosix
import ShopChat

/// The bench's echo ceiling written as `serve` is: a `NIOAsyncChannel` per connection served by
/// a task of its own, on Swift's cooperative threads or (`onEventLoop`, as `serve` does) with the
/// connection's event loop as the task's executor. What the async style costs per line.
enum AsyncEcho {
    /// Starts the server in the background; returns the bound port and a way to stop it.
    static func start(group: MultiThreadedEventLoopGroup, onEventLoop: Bool) throws -> (port: Int, stop: @Sendable () -> Void) {
        let server = try Blocking.await {
            try await ServerBootstrap(group: group)
                .serverChannelOption(ChannelOptions.backlog, value: 1024)
                .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
                .bind(host: "127.0.0.1", port: 0) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        }
        let port = server.channel.localAddress?.port ?? 0
        Task.detached {
            try? await withThrowingDiscardingTaskGroup { tasks in
                try await server.executeThenClose { connections in
                    for try await connection in connections {
                        let preference: (any TaskExecutor)? = onEventLoop ? EventLoopExecutor(connection.channel.eventLoop) : nil
                        tasks.addTask(executorPreference: preference) {
                            try? await connection.executeThenClose { input, output in
                                for try await bytes in input { try await output.write(bytes) }
                            }
                        }
                    }
                }
            }
        }
        return (port, { server.channel.close(promise: nil) })
    }
}
