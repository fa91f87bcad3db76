import ShopCommerce
import ShopIntents
import ShopText

extension Conversation {
    /// Intents a SKU is misread as when the engine's lexicon does not hold it (a large catalog's
    /// lexicon keeps its brands and words, not every SKU): a share or coupon code, search words.
    static let skuMisreadings: Set<IntentName> = [.shareOpen, .couponClaim, .couponApply, .catalogSearch]

    /// The product whose SKU the words say ("show G0040000", "G0040000"), when the turn reads it
    /// as a code or a search, the words name no coupon or share ("use coupon Z100" stays a
    /// coupon) and the store has no share or coupon of that code: the shopper means that
    /// product. Nil otherwise.
    func productBySKU(_ turn: Turn) throws -> String? {
        guard Self.skuMisreadings.contains(turn.parse.intent), let code = Self.oneCode(in: turn.text),
            !Self.mentionsCoupons(turn.text), !Self.mentionsShares(turn.text),
            let product = try turn.commerce.product(sku: code)
        else { return nil }
        guard try !turn.commerce.shareCodeTaken(product.sku), try turn.commerce.coupon(code: product.sku) == nil else { return nil }
        return product.sku
    }

    /// The one word of letters and digits together in `text` (a SKU or a code), if just one.
    static func oneCode(in text: String) -> String? {
        // By bytes: every search and share asks, and most text has no digit at all.
        guard text.containsByte(where: { (0x30...0x39).contains($0) }) else { return nil }
        let words = text.utf8.split { !(Self.isLetter($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-")) }
        let codes = words.filter { word in
            (2...32).contains(word.count) && word.contains(where: Self.isLetter) && word.contains(where: { (0x30...0x39).contains($0) })
        }
        return codes.count == 1 ? String(Substring(codes[0])) : nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// The group buy a coupon claim names ("+1 拼G1" read as claiming coupon G1), when that group
    /// buy exists. Nil otherwise.
    func groupBuySaidAsCoupon(_ turn: Turn) throws -> String? {
        guard let (code, id) = try codeSaidAsCoupon(turn, prefix: "G") else { return nil }
        do {
            _ = try turn.commerce.groupBuy(id: id)
            return code
        } catch CommerceError.unknownGroupBuy {
            return nil
        }
    }

    /// The bargain a coupon claim names ("B1 done ✂️" read as claiming coupon B1), when that
    /// bargain exists. Nil otherwise.
    func bargainSaidAsCoupon(_ turn: Turn) throws -> String? {
        guard let (code, id) = try codeSaidAsCoupon(turn, prefix: "B") else { return nil }
        do {
            _ = try turn.commerce.bargain(id: id)
            return code
        } catch CommerceError.bargainRefused {
            return nil
        }
    }

    /// A coupon claimed or used whose code has another kind of code's form (`prefix` and a
    /// number), that no coupon has, said with no word of coupons: the code and its number.
    private func codeSaidAsCoupon(_ turn: Turn, prefix: Character) throws -> (String, Int64)? {
        guard [.couponClaim, .couponApply].contains(turn.parse.intent), case .string(let code)? = turn.slots[.coupon],
            code.first == prefix, let id = Int64(code.dropFirst()), id > 0, !Self.mentionsCoupons(turn.text),
            try turn.commerce.coupon(code: code) == nil
        else { return nil }
        return (code, id)
    }

    static func mentionsShares(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["share", "分享", "链接"].contains { lowered.contains($0) }
    }

    /// The coupon a code in capitals names when the turn read it as a number of points ("用一下TEN"
    /// is coupon TEN, not 10 points): the words name no points and the store has that coupon.
    func couponSaidAsNumber(_ turn: Turn) throws -> String? {
        guard turn.parse.intent == .pointsRedeem, !turn.text.lowercased().contains("point"), !turn.text.contains("积分") else {
            return nil
        }
        let words = turn.text.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        for word in words where word.count >= 2 && word.allSatisfy({ $0.isUppercase || $0.isNumber }) && word.contains(where: \.isLetter) {
            if let coupon = try turn.commerce.coupon(code: String(word)) { return coupon.code }
        }
        return nil
    }

    /// Whether the envelope a grab names was said as a code ("R70"), not a bare number.
    static func namesEnvelope(_ turn: Turn) -> Bool {
        guard let packet = turn.slots[.packet] else { return false }
        let said = turn.text.uppercased().filter { !$0.isWhitespace }
        switch packet {
        case .int(let number): return said.contains("R\(number)")
        case .string(let code): return said.contains(code.uppercased())
        default: return true
        }
    }

    /// The product whose flash sale "抢一个", "抢" or "grab one" means: read as a red envelope's
    /// grab, with no envelope named or said, while a product with a flash sale on (or to come) is in focus
    /// (its page, or a list of it alone).
    func flashGrabbed(_ turn: Turn) throws -> String? {
        // A bare number ("便宜70呢", "nice 40 off, grab one") read as envelope R70 names none; "R70" does.
        let said = turn.text.lowercased()
        // "皇家这个149挺划算 先抢一个" read as a count: 抢 and "grab" take a sale, not a cart line.
        // ("抢光了？？行吧 原价买": sold out, said of the sale; no grab.)
        let grabsCounted =
            [.cartAdd, .cartUpdate].contains(turn.parse.intent) && ["抢", "grab"].contains(where: said.contains)
            && !["抢光", "抢完", "抢没", "没抢到", "抢不到", "sold out"].contains(where: said.contains)
        // "就剩一本了？？赶紧抢": a grab said last, whatever the rest read as (it said goodbye).
        let grabsLast = said.split(whereSeparator: { " ，,。！!？?~～".contains($0) }).last.map { Self.grabWords.contains(String($0)) } ?? false
        guard turn.parse.intent == .redpacketGrab || grabsCounted || grabsLast, !Self.namesEnvelope(turn),
            !["红包", "envelope", "hongbao", "packet"].contains(where: said.contains)
        else { return nil }
        // "抢！手慢无", "抢 谢谢大侄媳妇" with an envelope waiting: the envelope, unless the words
        // speak of the sale (a price, 秒杀, one of it).
        if !Self.speaksOfSale(said), try turn.commerce.grabbablePacket(for: turn.user) != nil { return nil }
        let now = turn.commerce.timestamp
        // One yet to start counts too: the buy then says when it starts ("现在就抢" an hour early).
        let sales = try turn.commerce.flashSales().filter { now < $0.endsAt }
        guard !sales.isEmpty else { return nil }
        if let sku = turn.session.focus.first ?? (turn.session.results.count == 1 ? turn.session.results.first : nil),
            sales.contains(where: { $0.sku == sku })
        {
            return sku
        }
        // "osmo pocket 3 for 2999?! grab it", "is the osmo pocket flash sale still on? grab one":
        // the sale whose product the words name, or the only sale on when no envelope waits.
        let named = sales.filter { Self.namesSaleProduct(said, $0) }
        if Set(named.map(\.sku)).count == 1 { return named[0].sku }
        guard named.isEmpty, Set(sales.map(\.sku)).count == 1, try turn.commerce.grabbablePacket(for: turn.user) == nil else { return nil }
        return sales[0].sku
    }

    static let grabWords: Set<String> = ["抢", "赶紧抢", "快抢", "马上抢", "抢抢抢", "冲", "抢了", "grab it", "grab one"]

    /// Whether lower-cased `said` names the product of `sale`: its first two words ("osmo
    /// pocket"), or its Chinese name's first word.
    static func namesSaleProduct(_ said: String, _ sale: FlashSale) -> Bool {
        let words = sale.name.lowercased().split(separator: " ")
        if words.count >= 2, said.contains(words[0] + " " + words[1]) || said.contains(words[1] + " " + (words.count > 2 ? words[2] : "")) {
            return true
        }
        if let first = sale.nameZh.split(separator: " ").dropFirst().first, first.count >= 2, said.contains(first) { return true }
        // "还是小金管 抢！" of 小金管防晒霜: a clause that is the start of that word, three characters or more.
        if let first = sale.nameZh.split(separator: " ").dropFirst().first {
            let clauses = said.split(whereSeparator: { " ，,。！!？?".contains($0) }).map { $0.drop(while: { "还是就那要".contains($0) }) }
            if clauses.contains(where: { $0.count >= 3 && first.hasPrefix($0) }) { return true }
        }
        return false
    }
}
