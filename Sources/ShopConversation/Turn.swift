import ShopCommerce
import ShopIntents

/// Everything one utterance's handling works with, inside its transaction.
struct Turn {
    let commerce: Commerce
    let user: String
    var session: Session
    var parse: Parse
    /// What the user typed, for the few readings slots don't carry ("all of them").
    var text = ""
    /// The language of the reply (PROTOCOL.md §4a); `language.set` may change it mid-turn.
    var lang: Language = .en
    /// The session text as stored when the turn began (none: no row yet), which an optimistic
    /// turn's close checks is still so.
    var opened: String?
    /// A red envelope's change kept what each share gets: the new preview is still per share.
    var perShareKept = false

    var slots: Slots { parse.slots }

    func int(_ slot: SlotName) -> Int64? { parse.slots[slot]?.intValue }
    func string(_ slot: SlotName) -> String? { parse.slots[slot]?.stringValue }

    /// `message` in the turn's language.
    func say(_ message: some Phrasebook) -> String { message.text(lang) }
}

/// What a handler says back: words, the structured result for programs, and what the user might
/// say next (none: the conversation picks them from the turn).
struct Answer {
    var text: String
    var data: JSONValue = .object([])
    var suggestions: [String]?

    init(_ text: String, data: JSONValue = .object([]), suggestions: [String]? = nil) {
        self.text = text
        self.data = data
        self.suggestions = suggestions
    }
}
