import ShopCommerce
import ShopIntents

extension Conversation {
    /// What a preview that only a yes acts on does (price protection, a return, a flash or a
    /// bargain buy; PROTOCOL.md §9): the yes, the words for a no, and the request that, said again
    /// with nothing new, is its yes too ("抢购" with a flash preview on screen, "对 退吧" with a
    /// return's).
    struct PreviewActions {
        let yes: (inout Turn) throws -> Answer
        let no: any Phrasebook
        var repeated: IntentName?
    }

    func previewActions(_ pending: Session.Pending) -> PreviewActions? {
        switch pending {
        case .priceProtection(let order):
            PreviewActions(yes: { try self.protectPrices(&$0, order: order) }, no: PriceProtectionText.notClaimed)
        case .orderReturn(let order, let sku, let quantity, let reason, let note):
            PreviewActions(
                yes: { try self.makeReturn(&$0, order: order, sku: sku, quantity: quantity, reason: reason, note: note) },
                no: ReturnText.notReturned, repeated: .orderReturn)
        case .flashBuy(let sale):
            PreviewActions(yes: { try self.buyFlash(&$0, sale: sale) }, no: FlashText.notBought, repeated: .flashBuy)
        case .bargainBuy(let id):
            PreviewActions(yes: { try self.buyBargain(&$0, id: id) }, no: BargainText.notBought)
        case .checkout, .slot, .redPacket, .choice:
            nil
        }
    }

    /// The yes, the no, or a side question that leaves the preview waiting; nil for anything else
    /// (which drops it, as any other request does).
    func settle(_ preview: PreviewActions, waiting: Session.Pending, _ turn: inout Turn) throws -> Answer? {
        switch turn.parse.intent {
        case .confirm: return try preview.yes(&turn)
        case let intent where intent == preview.repeated && turn.slots.isEmpty:
            turn.parse.intent = .confirm
            return try preview.yes(&turn)
        case .deny, .cancel: return Answer(turn.say(preview.no))
        case let intent where Self.changesAddress(intent): return try changeAddressKeeping(&turn, waiting)
        case let intent where Self.changesNothing(intent) && turn.parse.alternatives.isEmpty:
            return try answerAside(&turn, keeping: waiting)
        default: return nil
        }
    }
}
