import ShopIntents
import ShopText

/// "dev said ur paying out lol, lemme grab one too" with nothing on screen to buy: an envelope's
/// grab (read as an add of one, it asked which product). With a product or a list in view, a grab
/// stays an add (or a flash sale's buy: `flashGrabbed`).
extension Conversation {
    func grabsNothingInView(_ turn: Turn) -> Bool {
        guard turn.parse.intent == .cartAdd, turn.slots[.product] == nil, turn.slots[.products] == nil,
            turn.session.focus.isEmpty, turn.session.results.isEmpty, turn.session.pending == nil
        else { return false }
        let said = turn.text.lowercased()
        return said.contains("grab") || said.contains("抢")
    }
}
