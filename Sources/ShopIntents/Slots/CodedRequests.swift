import ShopText

/// A bargain's or a group buy's code said with a word of what to do with it: "B1 给我干儿子砍一刀",
/// "老婆让砍的 B1", "ok cutting B1 lol" cut that bargain; "G1 我上车了", "我也来 G1+1", "joining G1" join that
/// group buy — whatever else the words sound like (they read as starting a bargain, opening a
/// share, a search, the cart).
enum CodedRequests {
    static func reading(_ text: String, _ a: Analysis) -> (intent: IntentName, code: String)? {
        // The extractor's codes ("B1", "g1" → G1): most utterances have none.
        guard let code = a.entities.first(where: { $0.kind == .code && isReference($0.text) })?.text else { return nil }
        let lowered = text.quickLowercased()
        if code.first == "B", lowered.contains("砍") || lowered.contains("cut") {
            // "砍到216了 就这个价买吧" buys; "帮我开一个砍价" starts one: neither is a cut.
            guard !["买", "buy", "开", "发起", "start"].contains(where: lowered.contains) else { return nil }
            return (.bargainCut, code)
        }
        if code.first == "G", ["上车", "参", "跟团", "拼", "算我", "+1", "join", "count me", "i'm in", "im in"].contains(where: lowered.contains) {
            guard !["开团", "start"].contains(where: lowered.contains) else { return nil }
            return (.groupbuyJoin, code)
        }
        return nil
    }

    /// "B1", "G12": a bargain's or a group buy's code, a letter and digits.
    private static func isReference(_ code: String) -> Bool {
        guard let letter = code.first, letter == "B" || letter == "G" else { return false }
        return code.count > 1 && code.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }
}
