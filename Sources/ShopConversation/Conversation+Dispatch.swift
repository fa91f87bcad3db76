import ShopIntents

extension Conversation {
    /// Answers the turn as its intent's declaration says (``IntentSpec``); `previewCoupons` and
    /// `previewPoints` are what a checkout being previewed again already had.
    func dispatch(_ turn: inout Turn, previewCoupons: [String]?, previewPoints: Int64) throws -> Answer {
        try turn.parse.intent.spec.answer(self, &turn, IntentSpec.Preview(coupons: previewCoupons, points: previewPoints))
    }
}
