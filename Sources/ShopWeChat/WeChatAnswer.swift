import ShopChat

/// What the server answers one message with: a text message, or WeChat's `success` (nothing
/// to show: an unsubscribe, an event with no words, a reply that will come later).
public enum WeChatAnswer: Sendable, Equatable {
    case text(String)
    case nothing
}
