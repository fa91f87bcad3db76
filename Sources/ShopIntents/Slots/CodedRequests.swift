import ShopText

/// A bargain's or a group buy's code said with a word of what to do with it: "B1 给我干儿子砍一刀",
/// "老婆让砍的 B1", "ok cutting B1 lol" cut that bargain; "G1 我上车了", "joining G1" join that
/// group buy — whatever else the words sound like (they read as starting a bargain, opening a
/// share, a search, the cart).
enum CodedRequests {
    static func reading(_ text: String) -> (intent: IntentName, code: String)? {
        // Asked of every utterance: a code is a letter B or G with digits.
        guard text.containsByte(where: { $0 | 0x20 == UInt8(ascii: "b") || $0 | 0x20 == UInt8(ascii: "g") }) else { return nil }
        let lowered = text.quickLowercased()
        if let code = code(in: lowered, letter: "b"), lowered.contains("砍") || lowered.contains("cut") {
            // "砍到216了 就这个价买吧" buys; "帮我开一个砍价" starts one: neither is a cut.
            guard !["买", "buy", "开", "发起", "start"].contains(where: lowered.contains) else { return nil }
            return (.bargainCut, code)
        }
        if let code = code(in: lowered, letter: "g"),
            ["上车", "参", "跟团", "join", "count me", "i'm in", "im in"].contains(where: lowered.contains)
        {
            guard !["开团", "start"].contains(where: lowered.contains) else { return nil }
            return (.groupbuyJoin, code)
        }
        return nil
    }

    /// The first code of `letter` and digits that stands alone ("b1", not "bb1" or "b1x").
    private static func code(in lowered: String, letter: Character) -> String? {
        let characters = Array(lowered)
        for start in characters.indices where characters[start] == letter {
            if start > 0, characters[start - 1].isASCII, characters[start - 1].isLetter || characters[start - 1].isNumber { continue }
            var end = start + 1
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            guard end > start + 1, end - start <= 10 else { continue }
            if end < characters.count, characters[end].isASCII, characters[end].isLetter { continue }
            return String(characters[start..<end]).uppercased()
        }
        return nil
    }
}
