import ShopChat

/// The one conversation behind a server's tools, one turn at a time and in the order the calls
/// came. The SDK runs each request in a task of its own, and a ``Conversation`` is not
/// thread-safe: the actor owns it, and each turn waits for the one before it (an actor alone
/// would let a second turn start while the first awaits its transaction).
actor TurnQueue {
    private let conversation: Conversation
    /// The turn started last; the next one starts after it.
    private var last: Task<Reply, Never>?

    init(_ conversation: sending Conversation) {
        self.conversation = conversation
    }

    /// Runs `turn` after the turns asked for before it and returns its reply, suspending (not
    /// blocking a thread) while its transaction runs.
    func perform(_ turn: StructuredTurn) async -> Reply {
        let previous = last
        let next = Task {
            _ = await previous?.value
            return await conversation.perform(turn)
        }
        last = next
        return await next.value
    }
}
