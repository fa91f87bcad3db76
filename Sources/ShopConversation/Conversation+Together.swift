import ShopCommerce
import ShopIntents

extension Conversation {
    /// Handles `requests` in order, as ``handle(_:)-(Request)`` would one by one, but runs the
    /// utterances between commands together where the store allows
    /// (``ShopDatabase/runsTurnsTogether``): one transaction, each turn in a savepoint of its own
    /// (a refused turn changes nothing, the others stand), one commit. Every reply comes after
    /// that commit, so a reply still means "done", and a crash loses only turns nobody was
    /// answered. For a front that already holds several lines of one speaker (pipe mode reads a
    /// script faster than it answers). Stops after a reply that quits.
    @available(*, noasync, message: "it blocks its thread: a synchronous front's (pipe mode's)")
    public func handle(_ requests: [Request]) -> [Reply] {
        var replies: [Reply] = []
        var index = 0
        while index < requests.count {
            var run: [Request] = []
            while index < requests.count, Self.isUtterance(requests[index]) {
                run.append(requests[index])
                index += 1
            }
            if !run.isEmpty {
                replies += handleTogether(run)
                continue
            }
            let reply = handle(requests[index])
            index += 1
            replies.append(reply)
            if reply.quit { break }
        }
        return replies
    }

    /// Not a command, not empty: a turn that runs inside a transaction (commands may open their own).
    private static func isUtterance(_ request: Request) -> Bool {
        let text = trimmed(request.text)
        return !text.isEmpty && !text.hasPrefix("/")
    }

    private func handleTogether(_ run: [Request]) -> [Reply] {
        guard run.count > 1, database.runsTurnsTogether else { return run.map { handle($0) } }
        var replies: [Reply] = []
        // Each turn that reached the store, by its place in `run`, to report a failed commit.
        var turns: [Int: UtteranceTurn] = [:]
        do {
            try database.write { tx in
                for (place, request) in run.enumerated() {
                    // Read per turn: a login earlier in the run changes who speaks.
                    let (text, lang, speaker) = opening(request)
                    guard let user = speaker else {
                        replies.append(Self.badUser(request, lang))
                        continue
                    }
                    // Admitted: a new user's rows are made in this transaction, as on any store
                    // that runs turns together (none admits users apart).
                    let turn = utteranceTurn(text, user: user, lang: request.lang, admitted: true, now: clock.now())
                    turns[place] = turn
                    do {
                        replies.append(try tx.inSavepoint { try turn.body(tx) })
                    } catch {
                        replies.append(turn.reply(.failure(error)))
                    }
                }
            }
        } catch {
            // Nothing of the run is on disk: every turn that reached the store failed after all;
            // those it never reached run on their own.
            return run.indices.map { place in
                if let turn = turns[place] { return turn.reply(.failure(error)) }
                return place < replies.count ? replies[place] : handle(run[place])
            }
        }
        return replies
    }
}
