import Foundation

extension Conversation {
    /// Handles one turn: an operator command (`/as bob`) or an utterance, understood, acted on
    /// inside one database transaction, and answered. Never throws: bad input and refusals are
    /// replies, and a failed turn changes nothing. Suspends, never blocks, while the turn's
    /// transaction runs. The caller's isolation is kept (`nonisolated(nonsending)`), so an actor
    /// may own a conversation and call this; like every turn of a conversation, one at a time.
    public nonisolated(nonsending) func handle(_ request: Request) async -> Reply {
        if request.isCommand {
            return await onThreadOfItsOwn { $0.handle(request, then: $1) }
        }
        return await withCheckedContinuation { continuation in
            handle(request) { continuation.resume(returning: $0) }
        }
    }

    /// Runs `turn` like ``perform(_:)``, suspending instead of blocking.
    public nonisolated(nonsending) func perform(_ turn: StructuredTurn) async -> Reply {
        await withCheckedContinuation { continuation in
            perform(turn) { continuation.resume(returning: $0) }
        }
    }

    /// Operator commands read and write the store synchronously and may run for minutes
    /// (`/import`): they get a thread of their own rather than hold one of Swift's few
    /// cooperative threads.
    private nonisolated(nonsending) func onThreadOfItsOwn(_ start: @escaping (Conversation, @escaping (Reply) -> Void) -> Void) async
        -> Reply
    {
        let job = Handover(conversation: self, start: start)
        return await withCheckedContinuation { continuation in
            let thread = Thread {
                job.start(job.conversation) { continuation.resume(returning: $0) }
            }
            thread.name = "shopchat.command"
            thread.start()
        }
    }
}

/// A conversation handed to a command's thread. Unchecked: the task that hands it over waits
/// for the reply before touching the conversation again, so no two threads use it at once.
private struct Handover: @unchecked Sendable {
    let conversation: Conversation
    let start: (Conversation, @escaping (Reply) -> Void) -> Void
}
