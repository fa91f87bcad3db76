/// Turns an utterance into an intent with slots. Placeholder until the real engine lands.
public struct IntentEngine: Sendable {
    public var lexicon: Lexicon

    public init(lexicon: Lexicon = Lexicon()) {
        self.lexicon = lexicon
    }

    public func parse(_ text: String, context: ParseContext = ParseContext()) -> Parse {
        Parse(intent: .fallback, confidence: 0)
    }

    /// The training phrases as `(intent, text)` pairs, slot annotations removed.
    public static var trainingExamples: [(intent: IntentName, text: String)] { [] }
}
