import ShopCommerce
import ShopIntents

/// Opens conversations that share one store and one engine (``Conversation/template``): a
/// server makes one per connection. Sendable, so any thread may use it.
public struct ConversationTemplate: Sendable {
    let database: any ShopDatabase
    let lexicon: SharedEngine
    let user: String
    let clock: ShopClock
    let seed: UInt64
    let baseDirectory: String
    let defaultLanguage: Language

    /// A new conversation: same store, engine, starting user, clock and seed; the operator and
    /// user-switching rights start granted, as for ``Conversation``, and a front narrows them.
    public func make() -> Conversation {
        let conversation = Conversation(
            database: database, sharing: lexicon, user: user, clock: clock, seed: seed, baseDirectory: baseDirectory)
        conversation.defaultLanguage = defaultLanguage
        return conversation
    }
}
