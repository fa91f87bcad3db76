/// What the engine understood of one utterance.
public struct Parse: Sendable, Equatable {
    /// The intent; `.fallback` when nothing in scope fits.
    public var intent: IntentName
    /// In [0, 1]: how sure the engine is of `intent`.
    public var confidence: Double
    /// Slots by their §4 name (`quantity`, `product`, `recipient`, …), normalised.
    public var slots: Slots
    /// Other intents that scored close to `intent`, best first. Non-empty means "ask which one".
    public var alternatives: [IntentName]

    public init(
        intent: IntentName, confidence: Double, slots: Slots = [:],
        alternatives: [IntentName] = []
    ) {
        self.intent = intent
        self.confidence = confidence
        self.slots = slots
        self.alternatives = alternatives
    }
}
