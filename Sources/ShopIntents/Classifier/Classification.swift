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

    /// A rule's reading replaces the classifier's: no alternatives are offered, and a rule that is
    /// sure of itself (`surely`) lifts the confidence to 0.9.
    mutating func settle(as intent: IntentName, surely: Bool = false) {
        self.intent = intent
        if surely { confidence = max(confidence, 0.9) }
        alternatives = []
    }

    func probability(_ intent: IntentName) -> Float {
        probabilities[IntentModel.index(of: intent)]
    }
}
