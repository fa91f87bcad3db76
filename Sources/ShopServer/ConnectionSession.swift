import Foundation
import Logging
import NIOCore
import ShopConversation
import ShopIntents
import ShopProtocol

/// One TCP connection's conversation. Its lines are handled one at a time and in order. On a
/// store that queues writes (SQLite's group commit) a turn starts on the connection's event loop
/// and waits for its commit holding no thread: the store calls back, and the reply is written
/// from the event loop. Otherwise, and for operator commands (`/import` may take a while), lines
/// are handled on one of the server's worker lanes, which may block.
final class ConnectionSession: @unchecked Sendable {
    private let channel: any Channel
    private let shared: ServerState
    private let lane: WorkerLane
    /// Turns start on the event loop (the store queues writes) rather than on `lane`.
    private let onEventLoop: Bool
    // Touched by one line at a time (on `lane`, then wherever its turn's reply comes).
    private let conversation: Conversation
    private var authorized: Bool
    // Guarded by `lock`.
    private let lock = NSLock()
    private var waiting: [LineFrameDecoder.Frame] = []
    private var handling = false
    private var closed = false

    /// Reading pauses above this many waiting lines, so a flood is back-pressured, not buffered.
    static let highWater = 256
    static let lowWater = 64

    init(channel: any Channel, shared: ServerState, conversation: Conversation) {
        self.channel = channel
        self.shared = shared
        self.conversation = conversation
        self.authorized = shared.configuration.token == nil
        self.lane = shared.laneForConnection()
        self.onEventLoop = conversation.queuesWrites
    }

    /// A line arrived (on the event loop): handled now if none is, else after the ones before.
    func receive(_ frame: LineFrameDecoder.Frame) {
        shared.inFlight.enter()
        lock.lock()
        waiting.append(frame)
        let pause = waiting.count == Self.highWater
        let start = !handling
        handling = true
        lock.unlock()
        if pause { channel.setOption(ChannelOptions.autoRead, value: false).whenComplete { _ in } }
        guard start else { return }
        if onEventLoop { handleNext() } else { lane.async { self.handleNext() } }
    }

    /// Handles the oldest waiting line, then the next, until none waits.
    private func handleNext() {
        lock.lock()
        let frame = waiting.removeFirst()
        let resume = waiting.count == Self.lowWater
        let closed = self.closed
        lock.unlock()
        if resume { channel.setOption(ChannelOptions.autoRead, value: true).whenComplete { _ in } }
        guard !closed else { return handled() }
        handle(frame, then: handled)
    }

    private func handled() {
        shared.inFlight.leave()
        lock.lock()
        handling = !waiting.isEmpty
        let more = handling
        lock.unlock()
        guard more else { return }
        if onEventLoop { channel.eventLoop.execute { self.handleNext() } } else { lane.async { self.handleNext() } }
    }

    private func handle(_ frame: LineFrameDecoder.Frame, then done: @escaping @Sendable () -> Void) {
        guard case .line(let buffer) = frame else {
            send(JSONLines.encode(.lineTooLong, id: nil))
            return done()
        }
        let bytes = buffer.readableBytesView
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return done() }
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
            return done()
        }
        switch decoded {
        case .failure(let error, let id):
            send(JSONLines.encode(error, id: id))
            done()
        case .hello(let hello):
            if case .string(let user)? = hello["user"], let name = Conversation.normalizedUser(user) {
                shared.registry.register(channel, for: name)
            }
            send(JSONValue.object(["ok": true, "hello": .object([])]).jsonText)
            done()
        case .request(let request):
            let user = request.user.flatMap(Conversation.normalizedUser) ?? conversation.currentUser
            guard shared.limiter.allow(user) else {
                send(JSONLines.encode(.rateLimited, id: request.id))
                return done()
            }
            let started = DispatchTime.now().uptimeNanoseconds
            let turn: @Sendable () -> Void = {
                self.shared.userLocks.acquire(user)
                self.conversation.handle(request) { reply in
                    self.shared.userLocks.release(user)
                    // Encoded and written on the event loop, not on the store's commit thread.
                    self.channel.eventLoop.execute {
                        self.deliver(reply, id: request.id, started: started)
                        done()
                    }
                }
            }
            if onEventLoop && request.isCommand { lane.async(turn) } else { turn() }
        }
    }

    /// The reply to this connection, and the turn's events to every other connection they concern.
    private func deliver(_ reply: Reply, id: JSONValue?, started: UInt64) {
        shared.registry.register(channel, for: reply.user)
        send(JSONLines.encode(reply, id: id), thenClose: reply.quit)
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

    private func send(_ line: String, thenClose: Bool = false) {
        Self.write(line, to: channel)
        if thenClose {
            lock.lock()
            closed = true
            lock.unlock()
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
