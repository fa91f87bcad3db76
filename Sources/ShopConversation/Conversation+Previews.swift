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
        /// Words that are this preview's own yes said in its verb ("补吧", "claim it", "抢"),
        /// bared as ``Conversation/commits(_:to:)`` reads them.
        var commitments: Set<String> = []
    }

    func previewActions(_ pending: Session.Pending) -> PreviewActions? {
        switch pending {
        case .priceProtection(let order):
            PreviewActions(
                yes: { try self.protectPrices(&$0, order: order) }, no: PriceProtectionText.notClaimed,
                repeated: .orderPriceProtect, commitments: Self.priceProtectionCommitments)
        case .orderReturn(let order, let sku, let quantity, let reason, let note):
            PreviewActions(
                yes: { try self.makeReturn(&$0, order: order, sku: sku, quantity: quantity, reason: reason, note: note) },
                no: ReturnText.notReturned, repeated: .orderReturn, commitments: Self.returnCommitments)
        case .flashBuy(let sale):
            PreviewActions(
                yes: { try self.buyFlash(&$0, sale: sale) }, no: FlashText.notBought, repeated: .flashBuy,
                commitments: Self.buyingCommitments)
        case .bargainBuy(let id):
            PreviewActions(yes: { try self.buyBargain(&$0, id: id) }, no: BargainText.notBought, commitments: Self.buyingCommitments)
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
        // "行 退吧", "ok yes buy it", "那豆浆机的先补了": the preview's verb, perhaps after a word
        // of agreement or the name of what it is for; whatever the classifier made of it.
        case _ where Self.commits(Self.withoutNamePrefix(turn.text), to: preview.commitments) || Self.yesLast(turn.text):
            turn.parse.intent = .confirm
            return try preview.yes(&turn)
        case .deny, .cancel: return Answer(turn.say(preview.no))
        case let intent where Self.changesAddress(intent): return try changeAddressKeeping(&turn, waiting)
        case let intent where Self.changesNothing(intent) && turn.parse.alternatives.isEmpty:
            return try answerAside(&turn, keeping: waiting)
        default: return nil
        }
    }

    /// "那豆浆机的先补了" → "先补了": the name before 的 (of the line the yes is for) and 先 are
    /// no part of the verb.
    static func withoutNamePrefix(_ text: String) -> String {
        guard let mark = text.lastIndex(of: "的"), text.distance(from: mark, to: text.endIndex) <= 5 else { return text }
        var rest = text[text.index(after: mark)...]
        if rest.hasPrefix("先") { rest = rest.dropFirst() }
        return rest.isEmpty ? text : String(rest)
    }

    static let priceProtectionCommitments: Set<String> = [
        "补", "补差价", "退差价", "退", "退钱", "申请", "申请价保", "价保", "给我补", "给我退", "退给我", "补给我", "要", "claim", "claimit", "claimthat",
        "claimthedifference",
        "refund", "refundit", "refundme", "getitback", "dothat", "doit", "gofor",
    ]

    static let returnCommitments: Set<String> = [
        "退", "退货", "申请退货", "就退", "退掉", "returnit", "sendback", "senditback", "return", "doit", "dothat",
    ]

    static let buyingCommitments: Set<String> = [
        "抢", "买", "抢购", "抢一个", "买一个", "拍", "拍下", "buy", "buyit", "grab", "grabit", "getit", "getone", "grabone", "doit",
        // Paying is buying: "付款" under a bargain's preview (it checked out an empty cart).
        "付款", "去付款", "支付", "付钱", "下单", "确认下单", "买单", "paynow", "pay", "placetheorder", "placeorder",
    ]
}
