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
///
/// Who the connection is (PROTOCOL.md §1): with a token, nothing but a hello is taken until the
/// hello proves it; the operator token also opens operator commands. Memory stays bounded
/// whatever the client does: reading pauses while many lines wait or while the client is not
/// reading its replies, and a client that lets pushes pile up is disconnected.
final class ConnectionSession: @unchecked Sendable {
    // @unchecked: `conversation`, `newUsers` and the hello state are touched by one line at a
    // time (lines are handled strictly in turn); everything else mutable is guarded by `lock`.
    private let channel: any Channel
    private let shared: ServerState
    private let lane: WorkerLane
    /// Turns start on the event loop (the store queues writes) rather than on `lane`.
    private let onEventLoop: Bool
    private let conversation: Conversation
    /// Users this connection may still introduce (rate-limited: no minting of users).
    private var newUsers: TokenBucket
    // Guarded by `lock`.
    private let lock = NSLock()
    private var authorized: Bool
    private var waiting: [LineFrameDecoder.Frame] = []
    private var handling = false
    private var closed = false
    private var inputEnded = false
    private var pausedForLines = false
    private var pausedForWrites = false
    private var unreadPushBytes = 0

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
        let perSecond = shared.configuration.newUsersPerSecond
        self.newUsers = TokenBucket(capacity: perSecond * 10, rate: perSecond, now: DispatchTime.now().uptimeNanoseconds)
        // A gateway's users speak through it: no switching users by words, no operator commands
        // until the operator token is shown.
        conversation.allowsUserSwitching = false
        conversation.allowsOperatorCommands = false
    }

    /// The connection is up (on the event loop): with a token required, it has a while to say hello.
    func started() {
        guard shared.configuration.token != nil else { return }
        let seconds = shared.configuration.helloTimeoutSeconds
        channel.eventLoop.scheduleTask(in: .nanoseconds(Int64(seconds * 1e9))) { [self] in
            guard !lock.withLock({ authorized }) else { return }
            shared.logger.info("closed a connection that did not say hello in time", metadata: ["remote": "\(remote)"])
            channel.close(promise: nil)
        }
    }

    private var remote: String { ServerState.address(of: channel) }

    // MARK: Reading, in order, with back-pressure

    /// A line arrived (on the event loop): handled now if none is, else after the ones before.
    func receive(_ frame: LineFrameDecoder.Frame) {
        shared.inFlight.enter()
        lock.lock()
        waiting.append(frame)
        let pause = waiting.count >= Self.highWater && !pausedForLines
        if pause { pausedForLines = true }
        let start = !handling
        handling = true
        lock.unlock()
        if pause { updateReading() }
        guard start else { return }
        if onEventLoop { handleNext() } else { lane.async { self.handleNext() } }
    }

    /// The client's side is shut (a half-close): the lines already read are answered, then the
    /// connection closes.
    func inputClosed() {
        lock.lock()
        inputEnded = true
        let idle = !handling
        lock.unlock()
        if idle { channel.close(promise: nil) }
    }

    /// The socket's send buffer passed its high mark or fell below its low mark (event loop).
    func writabilityChanged(_ writable: Bool) {
        lock.lock()
        pausedForWrites = !writable
        let read = writable ? unreadPushBytes : 0
        if writable { unreadPushBytes = 0 }
        lock.unlock()
        shared.unreadPushesChanged(by: -read)
        updateReading()
    }

    /// Reads while neither too many lines wait nor the client leaves its replies unread.
    private func updateReading() {
        let read = lock.withLock { !pausedForLines && !pausedForWrites }
        channel.setOption(ChannelOptions.autoRead, value: read).whenComplete { _ in }
        if read { channel.read() }
    }

    /// Handles the oldest waiting line, then the next, until none waits.
    private func handleNext() {
        lock.lock()
        let frame = waiting.removeFirst()
        let resume = pausedForLines && waiting.count <= Self.lowWater
        if resume { pausedForLines = false }
        let closed = self.closed
        lock.unlock()
        if resume { updateReading() }
        guard !closed else { return handled() }
        handle(frame, then: handled)
    }

    private func handled() {
        shared.inFlight.leave()
        lock.lock()
        handling = !waiting.isEmpty
        let more = handling
        let finish = !more && inputEnded
        lock.unlock()
        if finish { channel.close(promise: nil) }
        guard more else { return }
        if onEventLoop { channel.eventLoop.execute { self.handleNext() } } else { lane.async { self.handleNext() } }
    }

    // MARK: One line

    private func handle(_ frame: LineFrameDecoder.Frame, then done: @escaping @Sendable () -> Void) {
        guard case .line(let buffer) = frame else {
            refuse(.lineTooLong, id: nil)
            return done()
        }
        let bytes = buffer.readableBytesView
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return done() }
        let decoded = JSONLines.decode(bytes, limit: shared.configuration.lineLimit)
        guard lock.withLock({ authorized }) else {
            if case .hello(let hello, let id) = decoded, let isOperator = proves(hello, alreadyTrusted: false) {
                lock.withLock { authorized = true }
                greet(hello, operator: isOperator, id: id)
            } else {
                shared.logger.info("refused a connection without the token", metadata: ["remote": "\(remote)"])
                refuse(.unauthorized, id: nil, thenClose: true)
            }
            return done()
        }
        switch decoded {
        case .failure(let error, let id):
            refuse(error, id: id)
            done()
        case .hello(let hello, let id):
            // Already a gateway: a hello may subscribe to more users, or show the operator token.
            // A token it shows must be right.
            guard let isOperator = proves(hello, alreadyTrusted: true) else {
                refuse(.unauthorized, id: id, thenClose: true)
                return done()
            }
            greet(hello, operator: isOperator, id: id)
            done()
        case .request(let request):
            take(request, then: done)
        }
    }

    /// Whether a hello shows a token this server takes: nil if not, else whether it is the
    /// operator's. An already trusted connection needs no gateway token again, but one it shows
    /// must be right.
    private func proves(_ hello: JSONValue, alreadyTrusted: Bool) -> Bool? {
        let configuration = shared.configuration
        if case .string(let shown)? = hello["operator_token"] {
            guard let expected = configuration.operatorToken, Secret.same(shown, expected) else { return nil }
            return true
        }
        if hello["operator_token"] != nil { return nil }
        guard let expected = configuration.token else { return false }
        if case .string(let shown)? = hello["token"] { return Secret.same(shown, expected) ? false : nil }
        return alreadyTrusted ? false : nil
    }

    /// Answers an accepted hello: operator rights, and pushes for the user it names.
    private func greet(_ hello: JSONValue, operator isOperator: Bool, id: RequestID?) {
        if isOperator { conversation.allowsOperatorCommands = true }
        if case .string(let user)? = hello["user"], let name = Conversation.normalizedUser(user) {
            shared.registry.register(self, for: name)
        }
        send(JSONLines.encodeHello(operator: conversation.allowsOperatorCommands, id: id))
    }

    private func take(_ request: Request, then done: @escaping @Sendable () -> Void) {
        let user = request.user ?? conversation.currentUser
        switch shared.limiter.admit(user, newUsers: &newUsers) {
        case .allowed: break
        case .tooFast, .tooManyNewUsers:
            refuse(.rateLimited, id: request.id)
            return done()
        }
        let started = DispatchTime.now().uptimeNanoseconds
        let onLane = !onEventLoop || request.isCommand
        let turn: @Sendable () -> Void = {
            self.conversation.handle(request) { reply in
                self.shared.userLocks.release(user)
                // Encoded and written on the event loop, not on the store's commit thread.
                self.channel.eventLoop.execute {
                    self.deliver(reply, id: request.id, started: started)
                    done()
                }
            }
        }
        // One turn per user at a time. A turn queued behind another of its user's is started by
        // that one's release, on the store's thread: it hops back to where it belongs.
        let queued: @Sendable () -> Void = {
            if onLane { self.lane.async(turn) } else { self.channel.eventLoop.execute(turn) }
        }
        guard shared.userLocks.acquire(user, orQueue: queued) else { return }
        if onLane && onEventLoop { lane.async(turn) } else { turn() }
    }

    // MARK: Writing

    /// The reply to this connection, and the turn's events to every other connection they concern.
    private func deliver(_ reply: Reply, id: RequestID?, started: UInt64) {
        if reply.error == nil, !reply.user.isEmpty { shared.registry.register(self, for: reply.user) }
        send(JSONLines.encode(reply, id: id), thenClose: reply.quit)
        shared.metrics.turn(intent: reply.intent?.intent.rawValue ?? "command", failed: reply.error != nil, started: started)
        if let code = reply.error?.code { shared.metrics.error(code: code) }
        for event in reply.events {
            let line = JSONLines.encode(event)
            // The speaker's own connection has the reply; their other connections hear it.
            for target in shared.registry.sessions(of: event.user) where !(event.user == reply.user && target === self) {
                target.push(line)
            }
        }
        shared.logger.debug(
            "turn",
            metadata: [
                "user": "\(reply.user)", "intent": "\(reply.intent?.intent.rawValue ?? "command")",
                "µs": "\((DispatchTime.now().uptimeNanoseconds - started) / 1000)",
            ])
    }

    /// A push from another connection's turn. Written at once while the client reads; counted
    /// while it does not, and past the limit the connection is closed rather than buffered.
    func push(_ line: String) {
        shared.metrics.pushed()
        if !channel.isWritable {
            let over = lock.withLock {
                unreadPushBytes += line.utf8.count + 1
                return unreadPushBytes > shared.configuration.maximumUnreadPushes
            }
            shared.unreadPushesChanged(by: line.utf8.count + 1)
            if over {
                shared.logger.warning("closed a connection that left its pushes unread", metadata: ["remote": "\(remote)"])
                channel.close(promise: nil)
                return
            }
        }
        Self.write(line, to: channel)
    }

    /// The connection is gone: its unread pushes leave the backlog. Returns their bytes.
    func dropUnreadPushes() -> Int {
        lock.withLock {
            defer { unreadPushBytes = 0 }
            return unreadPushBytes
        }
    }

    /// Answers with a protocol error, counted by its code.
    private func refuse(_ error: ProtocolError, id: RequestID?, thenClose: Bool = false) {
        shared.metrics.error(code: error.rawValue)
        send(JSONLines.encode(error, id: id), thenClose: thenClose)
    }

    private func send(_ line: String, thenClose: Bool = false) {
        Self.write(line, to: channel)
        if thenClose {
            lock.withLock { closed = true }
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
