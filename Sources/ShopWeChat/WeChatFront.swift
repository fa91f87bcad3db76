import Logging
import ShopChat

/// The WeChat front's turns, apart from HTTP: a verified, decrypted message in, an answer out.
/// Retries share one turn (``RetryLedger``); turns run as ``TurnPool``'s tasks, one at a time
/// per user; pushes and late replies wait in ``UserMailbox`` for the user's next message.
public final class WeChatFront: Sendable {
    /// Internal for tests, which hold a user's turns back to make one late.
    let pool: TurnPool
    private let ledger = RetryLedger()
    private let mailbox = UserMailbox()
    private let menu: WeChatMenu
    private let replySeconds: Double
    private let language: Language
    private let pushSender: (any CustomerServicePush)?
    private let logger: Logger

    /// - Parameters:
    ///   - template: opens the pool's `workers` conversations, on the shared store and engine.
    ///   - salt: mixed into each conversation's seed, so no two of them (or two processes) draw
    ///     the same share codes.
    ///   - replySeconds: how long a message waits for its turn before it is answered `success`
    ///     and the reply goes with the user's next message (WeChat gives up after 5 s).
    public init(
        template: ConversationTemplate, workers: Int, salt: UInt64, menu: WeChatMenu, replySeconds: Double, language: Language,
        pushSender: (any CustomerServicePush)? = nil, logger: Logger
    ) {
        self.menu = menu
        self.replySeconds = replySeconds
        self.language = language
        self.pushSender = pushSender
        self.logger = logger
        pool = TurnPool(seats: workers) { index in
            let conversation = template.make()
            // WeChat vouches for who speaks (the OpenID); the words can't change it, and an
            // end user never reaches operator commands (PROTOCOL.md §1).
            conversation.allowsUserSwitching = false
            conversation.allowsOperatorCommands = false
            conversation.defaultLanguage = language
            conversation.reseed(mixing: salt ^ (UInt64(index + 1) &* 0x9E37_79B9_7F4A_7C15))
            return conversation
        }
    }

    /// The answer to `message`: its turn's, or a retry's share of it. Within `seconds` (by
    /// default `replySeconds`), else `.nothing`, and the reply comes with the user's next message.
    public func answer(_ message: WeChatMessage, waiting seconds: Double? = nil) async -> WeChatAnswer {
        let key = message.retryKey
        if ledger.claim(key) {
            let user = WeChatUserName.of(openID: message.openID)
            let accepted = await pool.submit(user: user) { [self] conversation in
                let answer = await turn(message, user: user, conversation)
                if !ledger.finish(key, with: answer), case .text(let text) = answer {
                    mailbox.deliverLate(text, to: user)
                }
            }
            if !accepted { _ = ledger.finish(key, with: .text(WeChatText.busy(language))) }
        }
        return await ledger.wait(key, seconds: seconds ?? replySeconds) ?? .nothing
    }

    /// Stops taking turns and returns once those in flight are done.
    public func finish() async {
        await pool.finish()
    }

    // MARK: One turn, with one of the pool's conversations

    private func turn(_ message: WeChatMessage, user: String, _ conversation: Conversation) async -> WeChatAnswer {
        mailbox.remember(openID: message.openID, of: user)
        let utterance: String
        switch message.kind {
        case .text(let text):
            // A lone digit answers the last numbered menu, if it had that many lines.
            let menu = mailbox.menu(of: user)
            if let digit = WeChatText.digit(text), digit <= menu.count {
                utterance = menu[digit - 1]
            } else {
                utterance = text
            }
        case .voice(let recognition?):
            utterance = recognition
        case .voice(nil), .other:
            return .text(withWaiting(WeChatText.onlyText(language), user: user, lang: language))
        case .event(let event, let key):
            switch event {
            case "subscribe":
                // A greeting turn behind a gateway: a new user's first hello grants the welcome gifts.
                utterance = WeChatText.greeting(language)
            case "unsubscribe":
                await unsubscribe(user, conversation)
                return .nothing
            case "CLICK":
                guard let said = menu.utterances[key] else {
                    return .text(withWaiting(WeChatText.unknownMenuItem(language), user: user, lang: language))
                }
                utterance = said
            default:
                // VIEW, LOCATION, SCAN and the rest need no words from the shop.
                return .nothing
            }
        }
        let reply = await conversation.handle(Request(text: utterance, user: user))
        for event in reply.events where event.user != user {
            deliver(event)
        }
        mailbox.setMenu(reply.suggestions, for: user)
        var text = reply.text
        if !reply.suggestions.isEmpty { text += "\n\n" + WeChatText.menu(reply.suggestions, reply.lang) }
        return .text(withWaiting(text, user: user, lang: reply.lang))
    }

    /// `text` after whatever waited for `user`: pushes first, then a reply that came late.
    private func withWaiting(_ text: String, user: String, lang: Language) -> String {
        let waiting = mailbox.takeWaiting(for: user)
        var parts: [String] = []
        if !waiting.pushes.isEmpty {
            var lines = [WeChatText.newMessages(waiting.pushes.count + waiting.dropped, lang)]
            lines += waiting.pushes.enumerated().map { "\($0.offset + 1). \($0.element)" }
            if waiting.dropped > 0 { lines.append(WeChatText.droppedMessages(waiting.dropped, lang)) }
            parts.append(lines.joined(separator: "\n"))
        }
        for late in waiting.late { parts.append(WeChatText.lateReply(lang) + "\n" + late) }
        parts.append(text)
        return parts.joined(separator: "\n\n")
    }

    /// A push for another user: through the customer-service hook when there is one and it
    /// takes it, else kept for the receiver's next message.
    private func deliver(_ event: ShopEvent) {
        let text = event.text.isEmpty ? event.name : event.text
        guard let pushSender, let openID = mailbox.openID(of: event.user) else {
            return mailbox.push(text, to: event.user)
        }
        let mailbox = self.mailbox
        Task {
            if await !pushSender.send(text, toOpenID: openID, event: event) { mailbox.push(text, to: event.user) }
        }
    }

    /// The user left: marketing pushes muted in the store (friends' shares go quietly to the
    /// inbox), waiting pushes and the menu dropped, and the fact logged.
    private func unsubscribe(_ user: String, _ conversation: Conversation) async {
        let now = conversation.clock.now()
        do {
            try await conversation.database.asyncWrite { tx in try Commerce(tx, now: now).setMuted(user, true) }
        } catch {
            logger.error("could not mute an unsubscribed user", metadata: ["user": "\(user)", "error": "\(error)"])
        }
        mailbox.forget(user)
        logger.notice("unsubscribed: marketing pushes muted", metadata: ["user": "\(user)"])
    }
}
