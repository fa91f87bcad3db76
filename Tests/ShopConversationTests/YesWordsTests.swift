import Testing

@testable import ShopConversation

/// The words that say yes to what waits, by what waits (stop 49: "付款" under a bargain's preview
/// checked out an empty cart, "cool, send it out" under an envelope's said "you're welcome", "申请
/// 退给我" under price protection asked a return's reason).
@Suite struct YesWordsTests {
    @Test(arguments: ["付款", "好 付款", "pay now", "下单"])
    func payingBuysAFlashSaleOrABargain(_ text: String) {
        #expect(Conversation.commits(text, to: Conversation.buyingCommitments), "\(text)")
    }

    @Test(arguments: ["cool, send it out", "ok go ahead"])
    func sendingItOutSendsTheEnvelope(_ text: String) {
        #expect(Conversation.commits(text, to: Conversation.packetCommitments), "\(text)")
    }

    @Test func askingForTheRefundClaimsIt() {
        #expect(Conversation.commits("申请 退给我", to: Conversation.priceProtectionCommitments))
    }

    @Test(arguments: ["不要了 付款", "别 等等 下单"])
    func holdingBackIsNoYes(_ text: String) {
        #expect(!Conversation.commits(text, to: Conversation.buyingCommitments), "\(text)")
    }
}
