import Foundation
import Logging
import NIOCore
import ShopConversation
import ShopIntents
import ShopProtocol

/// One TCP connection's conversation. Its turns run one at a time on one of the server's worker
/// lanes, off the event loop, so replies leave in request order and the event loop never blocks
/// on the store.
final class ConnectionSession: @unchecked Sendable {
    private let channel: any Channel
    private let shared: ServerState
    private let lane: WorkerLane
    // Touched only on `lane`.
    private let conversation: Conversation
    private var authorized: Bool
    private var closed = false
    // Touched only under `pendingLock`.
    private let pendingLock = NSLock()
    private var pending = 0

    /// Reading pauses above this many queued lines, so a flood is back-pressured, not buffered.
    static let highWater = 256
    static let lowWater = 64

    init(channel: any Channel, shared: ServerState, conversation: Conversation) {
        self.channel = channel
        self.shared = shared
        self.conversation = conversation
        self.authorized = shared.configuration.token == nil
        self.lane = shared.laneForConnection()
    }

    func receive(_ frame: LineFrameDecoder.Frame) {
        pendingLock.lock()
        pending += 1
        let pause = pending == Self.highWater
        pendingLock.unlock()
        if pause { channel.setOption(ChannelOptions.autoRead, value: false).whenComplete { _ in } }
        shared.inFlight.enter()
        lane.async {
            defer {
                self.shared.inFlight.leave()
                self.pendingLock.lock()
                self.pending -= 1
                let resume = self.pending == Self.lowWater
                self.pendingLock.unlock()
                if resume { self.channel.setOption(ChannelOptions.autoRead, value: true).whenComplete { _ in } }
            }
            guard !self.closed else { return }
            self.handle(frame)
        }
    }

    private func handle(_ frame: LineFrameDecoder.Frame) {
        guard case .line(let buffer) = frame else {
            send(JSONLines.encode(.lineTooLong, id: nil))
            return
        }
        let bytes = buffer.readableBytesView
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
        let decoded = JSONLines.decode(bytes, limit: shared.configuration.lineLimit)
        guard authorized else {
            if case .hello(let hello) = decoded, case .string(let token)? = hello["token"], token == shared.configuration.token {
                authorized = true
                if case .string(let user)? = hello["user"], let name = Conversation.normalizedUser(user) {
                    shared.registry.register(channel, for: name)
                }
                send(JSONValue.object(["ok": true, "hello": .object([])]).jsonText)
            } else {
                shared.logger.info("refused a connection without the token", metadata: ["remote": "\(channel.remoteAddress.map { "\($0)" } ?? "?")"])
                send(JSONLines.encode(.unauthorized, id: nil), thenClose: true)
            }
            return
        }
        switch decoded {
        case .failure(let error, let id):
            send(JSONLines.encode(error, id: id))
        case .hello(let hello):
            if case .string(let user)? = hello["user"], let name = Conversation.normalizedUser(user) {
                shared.registry.register(channel, for: name)
            }
            send(JSONValue.object(["ok": true, "hello": .object([])]).jsonText)
        case .request(let request):
            let user = request.user.flatMap(Conversation.normalizedUser) ?? conversation.currentUser
            guard shared.limiter.allow(user) else {
                send(JSONLines.encode(.rateLimited, id: request.id))
                return
            }
            let started = DispatchTime.now().uptimeNanoseconds
            let reply = shared.userLocks.withLock(user) { conversation.handle(request) }
            shared.registry.register(channel, for: reply.user)
            send(JSONLines.encode(reply, id: request.id), thenClose: reply.quit)
            for event in reply.events {
                let line = JSONLines.encode(event)
                // The speaker's own connection has the reply; their other connections hear it.
                for target in shared.registry.channels(of: event.user) where !(event.user == reply.user && target === channel) {
                    Self.write(line, to: target)
                }
            }
            shared.logger.debug(
                "turn", metadata: ["user": "\(reply.user)", "intent": "\(reply.intent?.intent.rawValue ?? "command")",
                    "µs": "\((DispatchTime.now().uptimeNanoseconds - started) / 1000)"])
        }
    }

    private func send(_ line: String, thenClose: Bool = false) {
        Self.write(line, to: channel)
        if thenClose {
            closed = true
            channel.close(promise: nil)
        }
    }

    static func write(_ line: String, to channel: any Channel) {
        var buffer = channel.allocator.buffer(capacity: line.utf8.count + 1)
        buffer.writeString(line)
        buffer.writeInteger(UInt8(ascii: "\n"))
        channel.writeAndFlush(buffer, promise: nil)
    }
}
