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
    public nonisolated(nonsending) func handle(_ requests: [Request]) async -> [Reply] {
        var replies: [Reply] = []
        var index = 0
        while index < requests.count {
            var run: [Request] = []
            while index < requests.count, Self.isUtterance(requests[index]) {
                run.append(requests[index])
                index += 1
            }
            if !run.isEmpty {
                replies += await handleTogether(run)
                continue
            }
            let reply = await handle(requests[index])
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

    private nonisolated(nonsending) func handleTogether(_ run: [Request]) async -> [Reply] {
        guard run.count > 1, database.runsTurnsTogether else {
            var replies: [Reply] = []
            for request in run { replies.append(await handle(request)) }
            return replies
        }
        // One reply a turn; nil for a turn the store never reached when the commit failed.
        let answered = await withCheckedContinuation { continuation in
            runTogether(run) { continuation.resume(returning: $0) }
        }
        var replies: [Reply] = []
        for (place, reply) in answered.enumerated() {
            if let reply {
                replies.append(reply)
            } else {
                replies.append(await handle(run[place]))
            }
        }
        return replies
    }

    /// Runs `run` in one transaction of the store's (``ShopDatabase/write(_:then:)``), and hands
    /// each turn's reply to `completion` once committed, or failed.
    private func runTogether(_ run: [Request], then completion: @escaping ([Reply?]) -> Void) {
        var replies: [Reply] = []
        var turns: [Int: UtteranceTurn] = [:]
        database.write(
            { tx in
                for (place, request) in run.enumerated() {
                    // Read per turn: a login earlier in the run changes who speaks.
                    let (text, lang, speaker) = self.opening(request)
                    guard let user = speaker else {
                        replies.append(Self.badUser(request, lang))
                        continue
                    }
                    // Admitted: a new user's rows are made in this transaction, as on any store
                    // that runs turns together (none admits users apart).
                    let turn = self.utteranceTurn(text, user: user, lang: request.lang, admitted: true, now: self.clock.now())
                    turns[place] = turn
                    do {
                        replies.append(try tx.inSavepoint { try turn.body(tx) })
                    } catch {
                        replies.append(turn.reply(.failure(error)))
                    }
                }
            },
            then: { result in
                guard case .failure(let error) = result else { return completion(replies) }
                // Nothing of the run is on disk: every turn that reached the store failed after
                // all; those it never reached are left to run on their own.
                completion(
                    run.indices.map { place in
                        if let turn = turns[place] { return turn.reply(.failure(error)) }
                        return place < replies.count ? replies[place] : nil
                    })
            })
    }
}
