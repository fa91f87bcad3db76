import Dispatch
import ShopChat

/// The one conversation behind a server's tools, one turn at a time. The SDK runs each request
/// in a task of its own, and a ``Conversation`` is not thread-safe; its turns also block (they
/// wait for their transaction), which must not happen on Swift's cooperative threads.
final class TurnQueue: @unchecked Sendable {
    // @unchecked: `conversation` is touched only by blocks on `queue`, which is serial, so no
    // two threads ever use it at once; everything else here is immutable.
    private let conversation: Conversation
    private let queue = DispatchQueue(label: "shopchat.mcp.turns")

    init(_ conversation: Conversation) {
        self.conversation = conversation
    }

    /// Runs `turn` on the queue and returns its reply, without holding a cooperative thread.
    func perform(_ turn: StructuredTurn) async -> Reply {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: self.conversation.perform(turn)) }
        }
    }
}
