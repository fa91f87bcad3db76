import ShopChat

/// How the REPL dresses its text on a colour terminal, and leaves it plain otherwise.
///
/// Colour only ever wraps words the conversation wrote; it never adds or changes any, so what
/// a person reads is what a pipe would print.
struct ReplStyle {
    let color: Bool

    private static let reset = "\u{1B}[0m"
    private static let promptColor = "\u{1B}[1;36m"
    private static let priceColor = "\u{1B}[1;33m"
    private static let dim = "\u{1B}[2m"
    private static let errorColor = "\u{1B}[31m"

    /// `alice> `, the name in colour; escapes go between `LineEditor.promptEscape`s so libedit
    /// knows they take no room.
    func prompt(user: String) -> String {
        guard color else { return "\(user)> " }
        let escape = String(LineEditor.promptEscape)
        return escape + Self.promptColor + escape + user + escape + Self.reset + escape + "> "
    }

    /// A quiet line, such as the greeting.
    func note(_ text: String) -> String {
        color ? Self.dim + text + Self.reset : text
    }

    /// A reply: refusals in red; otherwise prices bold yellow and `[SKU]`s dim.
    func reply(_ reply: Reply) -> String {
        guard color else { return reply.text }
        if reply.data["error"] != nil { return Self.errorColor + reply.text + Self.reset }
        return reply.text
            .replacing(/-?¥[0-9][0-9,]*(?:\.[0-9]{1,2})?/) { Self.priceColor + $0.output + Self.reset }
            .replacing(/\[[A-Z][A-Z0-9_-]*\]/) { Self.dim + $0.output + Self.reset }
    }
}
