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

    /// Settles on the likeliest reading but the one heard ("寄我家" is no login, "好的 那就买吧" no
    /// bargain bought), at its own probability.
    mutating func settleOnNextReading() {
        let heard = intent
        let next = IntentName.allCases.filter { $0 != heard }.max { probability($0) < probability($1) }
        settle(as: next ?? .fallback)
        confidence = Double(next.map(probability) ?? 0)
    }

    func probability(_ intent: IntentName) -> Float {
        probabilities[IntentModel.index(of: intent)]
    }
}
