import ShopCommerce
import ShopIntents
import ShopText

/// "看着挺好用 我也要一把" with a product in focus and no red envelope to grab: one of that product
/// (read as an envelope's grab, "我也要一个" after a 红包 in a group, it said there was none; after a
/// remark, it did not understand or searched the remark).
extension Conversation {
    func oneTooOfThis(_ turn: Turn) throws -> Parse? {
        // Asked of every turn: the readings it corrects, and 也 (each of its words has it), first.
        guard [.redpacketGrab, .fallback, .catalogSearch].contains(turn.parse.intent), turn.text.contains("也") else { return nil }
        let said = turn.text.lowercased()
        // Said last and alone ("我也要一把吧"), after a remark or not ("看着不错 我也要一个": it searched
        // "着不错"); "我也要一个蓝色的" says more than this.
        guard let last = said.split(whereSeparator: { " ，,。！!~～".contains($0) }).last, last.count <= 7,
            Self.oneTooWords.contains(where: last.contains)
        else { return nil }
        switch turn.parse.intent {
        case .redpacketGrab: guard turn.slots[.packet] == nil else { return nil }
        case .fallback: break
        case .catalogSearch: guard let query = turn.string(.query), !last.contains(query) else { return nil }
        default: return nil
        }
        guard !Self.envelopeWords.contains(where: said.contains),
            let sku = turn.session.focus.first ?? (turn.session.results.count == 1 ? turn.session.results.first : nil),
            try turn.commerce.grabbablePacket(for: turn.user) == nil
        else { return nil }
        return Parse(intent: .cartAdd, confidence: turn.parse.confidence, slots: [.product: .string(sku), .quantity: .int(1)])
    }

    static let oneTooWords = ["也要一", "也要个", "也来一", "也来个", "也买一", "也买个"]
    /// Words that speak of an envelope or of grabbing: then it is a grab.
    static let envelopeWords = ["抢", "红包", "手气", "grab", "envelope", "hongbao", "packet", "🧧"]
}
