import ShopText

extension SlotFiller {
    static let couponWords = Word.set([
        "coupon", "coupons", "code", "voucher", "vouchers", "promo", "promocode", "discount", "cupon", "coupen",
        "券", "优惠券", "优惠码", "码", "红包码",
    ])

    /// A code given after one of `leads` ("use coupon save50" → SAVE50), or one that looks like
    /// a code on its own (letters with digits, or typed in capitals).
    func code(_ a: Analysis, after leads: HashIndex) -> String? {
        let tokens = a.tokens
        for k in tokens.indices where leads.contains(tokens[k].hash) {
            var j = k + 1
            while j < tokens.count, a.filler[j] || Self.codeSkips.contains(tokens[j].hash) || tokens[j].kind == .clauseBreak { j += 1 }
            guard j < tokens.count else { continue }
            let token = tokens[j]
            if let entity = a.entity(at: j), entity.kind == .code { return entity.text }
            // ("any coupons rn": chat's words are no code.)
            if token.kind == .word || (token.kind == .number && token.length >= 2), !Self.notCodes.contains(token.hash),
                !Self.chatWords.contains(token.hash)
            {
                if token.kind == .word, featurizer.vocabulary.contains(token.hash), !token.wasUpperCase,
                    NumberReader.units[token.hash] == nil
                {
                    continue
                }
                return a.utterance.string(from: Int(token.start), to: Int(token.end), original: true).uppercased()
            }
        }
        // Before the word: "apply save50 coupon".
        if let code = a.first(.code) { return code.text }
        for (k, token) in tokens.enumerated() where token.kind == .word && token.wasUpperCase && token.length >= 3 {
            if a.entityAt[k] >= 0, a.entity(at: k)?.kind != .number { continue }
            if Self.notCodes.contains(token.hash) { continue }
            return a.utterance.string(from: Int(token.start), to: Int(token.end), original: true).uppercased()
        }
        return nil
    }

    /// Whether a number comes with a classifier ("一个", "两张"): a count, never an id, so
    /// "取消最近一个订单" names no order 1 and "再抢一个" no red envelope R1.
    func isCounted(_ a: Analysis, _ entity: Entity) -> Bool {
        // The extractor keeps a classifier it read with the number as the entity's text.
        !entity.text.isEmpty || (entity.end < a.tokens.count && Word.zhClassifiers.contains(a.tokens[entity.end].hash))
    }

    static let codeSkips = Word.set(["code", "coupon", "voucher", "called", "named", "number", "is", "#", ":"])
    static let notCodes = Word.set([
        "the", "a", "an", "my", "for", "on", "to", "it", "this", "that", "and", "with", "at", "in", "now", "please",
        "please", "code", "coupon", "coupons", "i", "me", "pls", "ok", "okay", "list", "lists", "from", "again",
        "link", "share", "of", "store", "shop", "here", "there", "if", "you", "can", "any", "some", "all",
        "still", "work", "works", "then", "now", "too", "apply", "applies",
    ])

    /// Orders are numbered from 1001: a smaller number is how many, how much, or a model's name.
    static let firstOrder: Int64 = 1001

    /// An order number: "order 1024", "#1024", "订单1024".
    func order(_ a: Analysis) -> Int64? {
        for entity in a.entities {
            switch entity.kind {
            // An order number is written in digits: 一 of "家里还有一大箱" counts.
            // Orders are numbered from 1001: "降了200 能保价吗" is how much it fell, and "x100" of
            // "我靠x100降了" a phone's name.
            case .number
            where entity.value / 100 >= Self.firstOrder && entity.value % 100 == 0 && !isCounted(a, entity)
                && a.utterance.phrase(entity.range).contains(where: { $0.isASCII && $0.isNumber }):
                return entity.value / 100
            case .ordinal where entity.value > 0: return entity.value
            // A model number ("LX-A5958Z") names a product, not an order.
            case .code where !entity.text.contains("-"):
                let digits = entity.text.filter(\.isNumber)
                if let value = Int64(digits), value >= Self.firstOrder { return value }
            default: continue
            }
        }
        return nil
    }

    /// A store id: a store named in the lexicon, a brand's store, "this store", or the name before
    /// "store" as typed.
    func store(_ a: Analysis) -> String? {
        for entity in a.entities {
            if entity.kind == .thisStore { return "this" }
            guard let meaning = meaning(entity) else { continue }
            if let store = meaning.store { return store }
            if let brand = meaning.brand { return lexicon.storesByBrand[brand.quickLowercased()] ?? brand.quickLowercased() }
        }
        let tokens = a.tokens
        for k in tokens.indices where k > 0 && Self.storeWords.contains(tokens[k].hash) {
            var j = k - 1
            while j > 0, Self.storeNameFiller.contains(tokens[j].hash) { j -= 1 }
            if isFreeWord(a, j) || a.entity(at: j)?.kind == .code {
                var begin = j
                while begin > 0, isFreeWord(a, begin - 1), tokens[begin - 1].kind == tokens[j].kind { begin -= 1 }
                return a.utterance.phrase(begin..<(j + 1))
            }
        }
        if a.has(.this) { return "this" }
        return nil
    }

    static let storeWords = Word.set(["store", "shop", "stores", "shops", "flagship", "店", "旗舰店", "店铺"])
    static let storeNameFiller = Word.set(["official", "flagship", "brand", "online", "的", "官方"])
}
