import ShopChat

/// Runs WeChat users' turns: one user's one at a time and in order of arrival, different users'
/// at once, each turn with one of the pool's conversations (a ``Conversation`` runs one turn at
/// a time). Turns are tasks that suspend while their transaction runs, so no thread waits for
/// the store. A user with `perUserQueue` turns already waiting is refused (``submit(user:_:)``
/// returns false) rather than queued without end.
actor TurnPool {
    private var free: [Seat]
    /// Turns waiting for a conversation, oldest first.
    private var waitingForSeat: [CheckedContinuation<Seat, Never>] = []
    /// Each user's turns running or waiting, and the last of them (the next one waits for it).
    private var users: [String: (count: Int, last: Task<Void, Never>)] = [:]
    private let perUserQueue: Int
    private var stopping = false
    private var finished: [CheckedContinuation<Void, Never>] = []

    /// `makeConversation` makes the pool's `seats` conversations, each narrowed and reseeded.
    init(seats: Int, perUserQueue: Int = 16, makeConversation: (Int) -> Conversation) {
        self.perUserQueue = perUserQueue
        free = (0..<max(1, seats)).map { Seat(conversation: makeConversation($0)) }
    }

    /// Runs `job` for `user` after that user's earlier turns. False: too many wait already, or
    /// the pool is finishing.
    func submit(user: String, _ job: @escaping @Sendable (Conversation) async -> Void) -> Bool {
        guard !stopping else { return false }
        let before = users[user]
        guard (before?.count ?? 0) <= perUserQueue else { return false }
        let turn = Task {
            await before?.last.value
            let seat = await self.takeSeat()
            await job(seat.conversation)
            self.done(user, seat)
        }
        users[user] = ((before?.count ?? 0) + 1, turn)
        return true
    }

    private func takeSeat() async -> Seat {
        if let seat = free.popLast() { return seat }
        return await withCheckedContinuation { waitingForSeat.append($0) }
    }

    private func done(_ user: String, _ seat: Seat) {
        if waitingForSeat.isEmpty {
            free.append(seat)
        } else {
            waitingForSeat.removeFirst().resume(returning: seat)
        }
        if let entry = users[user], entry.count > 1 {
            users[user] = (entry.count - 1, entry.last)
        } else {
            users[user] = nil
        }
        if users.isEmpty {
            for waiter in finished { waiter.resume() }
            finished = []
        }
    }

    /// Takes no more turns and returns once those queued have run.
    func finish() async {
        stopping = true
        guard !users.isEmpty else { return }
        await withCheckedContinuation { finished.append($0) }
    }
}

/// One of the pool's conversations, handed to one turn at a time. Unchecked: a seat is either in
/// the pool's free list or held by exactly one turn, so no two tasks use its conversation at once.
private struct Seat: @unchecked Sendable {
    let conversation: Conversation
}
