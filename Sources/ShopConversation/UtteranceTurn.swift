import ShopCommerce

/// One utterance's turn, made ready to run: its work inside a transaction, and the reply its
/// outcome makes (``Conversation/utteranceTurn(_:user:lang:admitted:now:guessed:)``).
struct UtteranceTurn {
    let body: (any SQLSession) throws -> Reply
    let reply: (Result<Reply, any Error>) -> Reply
}
