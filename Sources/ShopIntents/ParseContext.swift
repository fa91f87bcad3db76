/// What the conversation knows when an utterance arrives, so that a bare answer can be read.
///
/// When the conversation has just asked for a slot ("How much?"), `expecting` names it and a bare
/// "20" or "二十块" parses as that intent with that slot filled.
public struct ParseContext: Sendable, Equatable {
    public struct Expectation: Sendable, Equatable {
        public var intent: IntentName
        public var slot: SlotName
        public init(intent: IntentName, slot: SlotName) {
            self.intent = intent
            self.slot = slot
        }
    }

    public var expecting: Expectation?
    /// Intents offered when the engine asked "did you mean A or B?"; "the first"/"A" picks one.
    public var choices: [IntentName]

    public init(expecting: Expectation? = nil, choices: [IntentName] = []) {
        self.expecting = expecting
        self.choices = choices
    }
}
