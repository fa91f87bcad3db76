import ShopText

/// "秒杀的猫砂太香了 发个朋友圈", "猫砂太香了 发个朋友圈": a post to Moments said last, after what is
/// thought of the product: a share of the product an earlier clause names (it listed the flash
/// sales, or shared "猫砂太香").
extension IntentEngine {
    func momentsSaidLast(_ text: String) -> Parse? {
        guard text.contains("朋友圈") else { return nil }
        let clauses = BuyingWords.clauses(of: text, spacesBreak: true)
        guard clauses.count >= 2, let last = clauses.last, Self.postsToMoments.contains(where: { last.hasPrefix($0) }) else { return nil }
        var product = SlotValue.string("this")
        for clause in clauses.dropLast().reversed() {
            if let (_, words) = thingNamed(in: clause) {
                product = .string(words)
                break
            }
        }
        return Parse(intent: .shareProduct, confidence: 0.9, slots: [.product: product, .recipient: .string("moments")])
    }

    private static let postsToMoments = ["发个朋友圈", "发朋友圈", "分享到朋友圈", "分享朋友圈", "晒个朋友圈", "晒朋友圈", "发到朋友圈"]
}
