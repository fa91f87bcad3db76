import Foundation
import Logging
import NIOCore
import ShopConversation
import ShopIntents
import ShopProtocol

/// One TCP connection's conversation, served by a task of its own (`run`) that takes the
/// connection's lines one at a time and in order, from a `NIOAsyncChannel`. The task prefers the
/// channel's event loop as its executor (``EventLoopExecutor``), so a turn that the store calls
/// back resumes where its socket is. Turns suspend while the store works and hold no thread;
/// operator commands (`/import` may take a while) get a thread of their own from the conversation.
///
/// Who the connection is (PROTOCOL.md §1): with a token, nothing but a hello is taken until the
/// hello proves it; the operator token also opens operator commands. Memory stays bounded
/// whatever the client does: a reply waits for the socket to take it, so while the client does
/// not read, no more lines are taken and the channel stops reading once 256 of them wait; a
/// client that lets pushes pile up is disconnected.
final class ConnectionSession: @unchecked Sendable {
    // @unchecked: `conversation` and `newUsers` are touched only by the connection's task, one
    // line at a time; everything else mutable is guarded by `lock`.
    private let channel: any Channel
    private let shared: ServerState
    private let conversation: Conversation
    /// Users this connection may still introduce (rate-limited: no minting of users).
    private var newUsers: TokenBucket
    // Guarded by `lock`.
    private let lock = NSLock()
    private var authorized: Bool
    private var closed = false
    /// Lines read and counted in flight but not yet handled (``ConnectionHandler`` counts them).
    private var pending = 0
    /// The task has stopped taking lines: later ones are not counted in flight.
    private var finished = false
    private var unreadPushBytes = 0

    /// Lines read ahead of the one being handled, at most; then the channel stops reading.
    static let highWater = 256
    static let lowWater = 64

    init(channel: any Channel, shared: ServerState, conversation: Conversation) {
        self.channel = channel
        self.shared = shared
        self.conversation = conversation
        self.authorized = shared.configuration.token == nil
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

    // MARK: Lines, in order

    /// A line was read (on the event loop): it is in flight until answered, so a graceful
    /// shutdown answers it. False once the task has stopped taking lines.
    func counted() -> Bool {
        lock.withLock {
            guard !finished else { return false }
            pending += 1
            shared.inFlight.enter()
            return true
        }
    }

    /// Takes the connection's lines until the client is done (or is closed), then closes it.
    func run(_ connection: NIOAsyncChannel<LineFrameDecoder.Frame, ByteBuffer>) async {
        do {
            try await connection.executeThenClose { inbound, outbound in
                for try await frame in inbound {
                    await handle(frame, outbound)
                    lock.withLock { pending -= 1 }
                    shared.inFlight.leave()
                    if lock.withLock({ closed }) { break }
                }
            }
        } catch {
            // A vanished or misbehaving client ends its own connection only.
            shared.logger.debug("connection error", metadata: ["error": "\(error)"])
        }
        // Lines read but never to be handled (the connection closed first) leave the count.
        let unhandled = lock.withLock {
            finished = true
            defer { pending = 0 }
            return pending
        }
        for _ in 0..<unhandled { shared.inFlight.leave() }
    }

    // MARK: One line

    private func handle(_ frame: LineFrameDecoder.Frame, _ outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>) async {
        guard case .line(let buffer) = frame else { return await refuse(.lineTooLong, id: nil, outbound) }
        let bytes = buffer.readableBytesView
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
        let decoded = JSONLines.decode(bytes, limit: shared.configuration.lineLimit)
        guard lock.withLock({ authorized }) else {
            if case .hello(let hello, let id) = decoded, let isOperator = proves(hello, alreadyTrusted: false) {
                lock.withLock { authorized = true }
                await greet(hello, operator: isOperator, id: id, outbound)
            } else {
                shared.logger.info("refused a connection without the token", metadata: ["remote": "\(remote)"])
                await refuse(.unauthorized, id: nil, outbound, thenClose: true)
            }
            return
        }
        switch decoded {
        case .failure(let error, let id):
            await refuse(error, id: id, outbound)
        case .hello(let hello, let id):
            // Already a gateway: a hello may subscribe to more users, or show the operator token.
            // A token it shows must be right.
            guard let isOperator = proves(hello, alreadyTrusted: true) else {
                return await refuse(.unauthorized, id: id, outbound, thenClose: true)
            }
            await greet(hello, operator: isOperator, id: id, outbound)
        case .request(let request):
            await take(request, outbound)
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
    private func greet(_ hello: JSONValue, operator isOperator: Bool, id: RequestID?, _ outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>)
        async
    {
        if isOperator { conversation.allowsOperatorCommands = true }
        if case .string(let user)? = hello["user"], let name = Conversation.normalizedUser(user) {
            shared.registry.register(self, for: name)
        }
        await send(JSONLines.encodeHello(operator: conversation.allowsOperatorCommands, id: id), outbound)
    }

    private func take(_ request: Request, _ outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>) async {
        let user = request.user ?? conversation.currentUser
        switch shared.limiter.admit(user, newUsers: &newUsers) {
        case .allowed: break
        case .tooFast, .tooManyNewUsers: return await refuse(.rateLimited, id: request.id, outbound)
        }
        let started = DispatchTime.now().uptimeNanoseconds
        // One turn per user at a time, whichever connections carry them: a turn that finds its
        // user busy waits its turn, holding no thread.
        let locks = shared.userLocks
        await withCheckedContinuation { (free: CheckedContinuation<Void, Never>) in
            if locks.acquire(user, orQueue: { free.resume() }) { free.resume() }
        }
        let reply = await conversation.handle(request)
        locks.release(user)
        await deliver(reply, id: request.id, started: started, outbound)
    }

    // MARK: Writing

    /// The reply to this connection, and the turn's events to every other connection they concern.
    private func deliver(_ reply: Reply, id: RequestID?, started: UInt64, _ outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>) async {
        if reply.error == nil, !reply.user.isEmpty { shared.registry.register(self, for: reply.user) }
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
        await send(JSONLines.encode(reply, id: id), outbound, thenClose: reply.quit)
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
        channel.writeAndFlush(Self.buffer(line, channel.allocator), promise: nil)
    }

    /// The socket became writable again (event loop): what was pushed meanwhile has been read.
    func writable() {
        let read = lock.withLock {
            defer { unreadPushBytes = 0 }
            return unreadPushBytes
        }
        shared.unreadPushesChanged(by: -read)
    }

    /// The connection is gone: its unread pushes leave the backlog. Returns their bytes.
    func dropUnreadPushes() -> Int {
        lock.withLock {
            defer { unreadPushBytes = 0 }
            return unreadPushBytes
        }
    }

    /// Answers with a protocol error, counted by its code.
    private func refuse(
        _ error: ProtocolError, id: RequestID?, _ outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>, thenClose: Bool = false
    )
        async
    {
        shared.metrics.error(code: error.rawValue)
        await send(JSONLines.encode(error, id: id), outbound, thenClose: thenClose)
    }

    /// Writes `line`, waiting while the client leaves its replies unread (so no more lines are
    /// taken meanwhile); then closes the connection if asked.
    private func send(_ line: String, _ outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>, thenClose: Bool = false) async {
        do {
            try await outbound.write(Self.buffer(line, channel.allocator))
        } catch {
            // The client is gone; nothing to say it to.
        }
        if thenClose {
            lock.withLock { closed = true }
            // After the write, which the channel may still have queued on its loop.
            let channel = channel
            channel.eventLoop.execute { channel.close(promise: nil) }
        }
    }

    static func buffer(_ line: String, _ allocator: ByteBufferAllocator) -> ByteBuffer {
        var buffer = allocator.buffer(capacity: line.utf8.count + 1)
        buffer.writeString(line)
        buffer.writeInteger(UInt8(ascii: "\n"))
        return buffer
    }
}
