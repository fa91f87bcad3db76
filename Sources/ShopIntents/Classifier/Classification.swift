/// The classifier's verdict on one utterance, before slots.
struct Classification: Sendable {
    var intent: IntentName
    var confidence: Double
    var alternatives: [IntentName]
    /// Probability of every intent, indexed like `IntentModel.classes`.
    var probabilities: [Float]
    /// How many of the utterance's words the engine knows as command words.
    var knownWords: Int
    /// How many stretches of product or unknown words it has (names, products, typos).
    var unknownWords: Int = 0

    func probability(_ intent: IntentName) -> Float {
        probabilities[IntentModel.index(of: intent)]
    }
}
