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

    var slots: [String: SlotValue] { parse.slots }

    func int(_ slot: String) -> Int64? { parse.slots[slot]?.intValue }
    func string(_ slot: String) -> String? { parse.slots[slot]?.stringValue }
}

/// What a handler says back: words, and the structured result for programs.
struct Answer {
    var text: String
    var data: JSONValue = .object([])

    init(_ text: String, data: JSONValue = .object([])) {
        self.text = text
        self.data = data
    }
}
