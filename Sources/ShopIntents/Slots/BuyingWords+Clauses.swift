import ShopText

/// Utterances read clause by clause: a request among reasons, asides and reactions ("瑜伽垫有推荐的吗
/// 刚开始练", "家里猫主子的粮快吃完了，有猫粮吗", "can i get it cheaper? start a group buy on it").
extension BuyingWords {
    /// English sentences (broken by `.`, `?` or `!` and a space): the one that reads surely as a
    /// request when the others read as nothing or as chat; the last such one when several do.
    /// Nil for one sentence, or when none is a request.
    static func sentenceRequest(_ text: String, engine: IntentEngine) -> Parse? {
        // One pass over the bytes rules out most text: a break needs ". ", "? " or "! ".
        guard text.containsByte(where: { $0 == 0x3F || $0 == 0x2E || $0 == 0x21 }), !text.containsByte(where: { $0 >= 0xE3 }) else {
            return nil
        }
        var sentences: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if ".?!".contains(text[index]), next < text.endIndex, text[next] == " " {
                sentences.append(text[start...index])
                start = next
            }
            index = next
        }
        sentences.append(text[start...])
        let said = sentences.map { $0.trimmingCharacters() }.filter { $0.count > 1 }
        guard said.count >= 2 else { return nil }
        let chat: Set<IntentName> = [.fallback, .greeting, .thanks, .goodbye, .help, .confirm, .deny, .cancel]
        // "might just buy one in store", "maybe ill get two": a hedge says what may happen, it asks nothing.
        let hedges = ["might ", "maybe ", "i might ", "i may ", "probably ", "i guess "]
        let asked = said.filter { sentence in !hedges.contains(where: sentence.quickLowercased().hasPrefix) }
        let parses = asked.map { engine.parse($0) }
        var requests = parses.filter { !chat.contains($0.intent) && $0.confidence >= 0.9 }
        // "whats the total? the company card has a limit": a search of words the catalog has no
        // product of is a remark beside another request.
        if requests.count >= 2 {
            let searchesNothing = { (reading: Parse) in
                reading.intent == .catalogSearch && reading.slots.count == 1
                    && IntentEngine.namedWords(reading).map { !namesCatalogThing($0, engine: engine) } ?? false
            }
            if requests.contains(where: { !searchesNothing($0) }) { requests.removeAll(where: searchesNothing) }
        }
        // "ugh work just gave me a dock. cancel that order pls": the only sentence that asks
        // anything is the request, though the engine is less sure of it.
        if requests.isEmpty, case let asking = parses.filter({ !chat.contains($0.intent) && $0.confidence >= 0.75 }), asking.count == 1 {
            requests = asking
        }
        guard var request = requests.last else { return nil }
        // "the power bank arrived broken, wont even turn on. i want to return it": "it" is what
        // another sentence names, when exactly one names a product.
        // (Of what was bought: a return or a review. "can i get it cheaper? start a group buy on it"
        // names nothing.)
        // So is "them" of an add: "the nike ones look good. add em" adds the Nike ones.
        let pointers: [SlotValue] = [.string("this"), .string("those")]
        if [.orderReturn, .reviewWrite, .cartAdd].contains(request.intent), let pointer = request.slots[.product],
            pointers.contains(pointer)
        {
            let named = said.compactMap { sentence -> SlotValue? in
                guard let product = engine.slots(sentence, as: request.intent)[.product], !pointers.contains(product) else { return nil }
                return product
            }
            if named.count == 1 { request.slots[.product] = named[0] }
        }
        // "need a gift for my dad under 300, … any thermos?": a price bound said in another sentence
        // bounds the search asked for.
        if request.intent == .catalogSearch, request.slots[.maxPrice] == nil, request.slots[.minPrice] == nil {
            for sentence in said {
                let bounds = engine.slots(sentence, as: .catalogSearch)
                if bounds[.maxPrice] != nil || bounds[.minPrice] != nil {
                    request.slots[.maxPrice] = bounds[.maxPrice]
                    request.slots[.minPrice] = bounds[.minPrice]
                    break
                }
            }
        }
        // "…arrived broken, wont even turn on. i want to return it": why, said in another sentence.
        if request.intent == .orderReturn, request.slots[.reason] == nil, let reason = engine.slots(text, as: .orderReturn)[.reason] {
            request.slots[.reason] = reason
        }
        return request
    }

    /// "罗技那个删了吧 太贵了": of several clauses that together read as nothing, the one clear
    /// request among them (the rest is a reason or an aside), read alone; nil if not exactly one.
    static func requestClause(_ text: String, engine: IntentEngine) -> Parse? {
        // Chinese shoppers break clauses with a space too; in English a space is only a word break.
        let spacesBreak = text.unicodeScalars.contains(where: Language.isHan)
        guard text.containsByte(where: { isBreakByte($0) || (spacesBreak && $0 == 0x20) }) else { return nil }
        let clauses = Self.clauses(of: text, spacesBreak: spacesBreak)
        guard clauses.count >= 2, clauses.count <= 4 else { return nil }
        let requests = clauses.map { engine.parse($0) }.filter { $0.intent != .fallback && $0.confidence >= 0.95 }
        return requests.count == 1 ? requests[0] : nil
    }

    /// "降温了 给爸妈买个格力取暖器", "行 来一个 周末在家炸鸡翅" (the request in the middle too): of two
    /// to four Chinese clauses, the one that reads surely as a request when every other reads as
    /// nothing (a remark, a reason, an ok) and names nothing the catalog knows; nil otherwise.
    static func requestAmongRemarks(_ text: String, engine: IntentEngine) -> Parse? {
        guard text.containsByte(where: { $0 >= 0xE3 }), text.containsByte(where: { isBreakByte($0) || $0 == 0x20 }) else { return nil }
        let clauses = Self.clauses(of: text, spacesBreak: false)
        guard (2...4).contains(clauses.count) else { return nil }
        // Clause by clause, stopping at the first that is neither a remark nor the request: most
        // text with several clauses stops at its first (parsing runs this for all of it).
        var request: Parse?
        var decides = false
        for clause in clauses {
            let reading = engine.parse(clause)
            // A search for nothing ("有点贵": 贵 is a word of price) is a remark; so is a statement
            // of how things are, searching words no product has ("宝宝快会坐了": 快会坐).
            let searchesNothing =
                reading.intent == .catalogSearch && (reading.slots.isEmpty || saysHowThingsAre(clause, reading, engine: engine))
            if !chat.contains(reading.intent) && reading.confidence >= 0.9 && !searchesNothing {
                // Only what a remark cannot add to: a return's or a review's other clauses are
                // its reason or its words ("退掉牙刷，不想要了", "给它打五星，刷得很干净"); a
                // checkout or points used have none ("哦十点才开始 那先把购物车里的结了", "5分也抵了吧
                // 蚊子腿也是肉").
                guard request == nil, shopping.contains(reading.intent) || standsAlone.contains(reading.intent) else { return nil }
                request = reading
                continue
            }
            // A remark says nothing the request could use: no slot ("分3个" is part of one), a search
            // for one stray character ("有点贵"), or a reading too unsure for its slots to count
            // ("降温了" as a login of 降温, "差4块包邮" as a red envelope of ¥4).
            let stray =
                searchesNothing || reading.intent == .catalogSearch && SlotFiller.isStray(reading.slots[.query]) && reading.slots.count == 1
            let unsure = reading.confidence < 0.6 || (reading.slots.isEmpty && (chat.contains(reading.intent) || reading.confidence < 0.75))
            guard stray || unsure else { return nil }
            if namesCatalogThing(clause, engine: engine) { return nil }
            // "还要8块运费啊 算了先不买了": a yes or a no decides, the question was why.
            decides = decides || [.confirm, .deny, .cancel].contains(reading.intent) && reading.confidence >= 0.9
        }
        if decides, let request, !shopping.contains(request.intent) { return nil }
        return request
    }

    static let shopping: Set<IntentName> = [.cartAdd, .cartUpdate, .cartRemove, .productShow, .catalogSearch]

    /// Requests besides shopping that a remark around them cannot be part of (unlike a return's
    /// reason or a review's words), and that no remark reads as (unlike a bargain: "降到998了").
    static let standsAlone: Set<IntentName> = [
        .checkout, .pointsRedeem, .pointsShow, .pointsCheckin, .couponApply, .couponClaim, .couponList, .cartShow, .cartQuote,
        .orderList, .orderTrack, .walletShow,
    ]

    /// A Chinese statement ending in 了, asking nothing, whose search words name nothing the catalog
    /// has ("宝宝快会坐了": 快会坐).
    private static func saysHowThingsAre(_ clause: String, _ reading: Parse, engine: IntentEngine) -> Bool {
        guard clause.hasSuffix("了"), !questionWords.contains(where: clause.contains), case .string(let query)? = reading.slots[.query],
            reading.slots.count == 1
        else { return false }
        return !namesCatalogThing(query, engine: engine)
    }

    /// Readings that ask for nothing of the shop: a remark, an ok, thanks.
    static let chat: Set<IntentName> = [.fallback, .greeting, .thanks, .goodbye, .help, .confirm, .deny, .cancel]

    /// "有点贵 能拼团不 我开个团", "太贵了 能拼团吗": of two to four Chinese clauses, the last that
    /// reads as a group buy alone is the request when the others name no product, brand or store
    /// (the product is then the one in focus); nil otherwise.
    static func groupBuyClause(_ text: String, engine: IntentEngine) -> Parse? {
        // Asked of every utterance: a group buy's words all have 团.
        guard text.contains("团"), text.containsByte(where: { isBreakByte($0) || $0 == 0x20 }) else { return nil }
        let clauses = Self.clauses(of: text, spacesBreak: text.unicodeScalars.contains(where: Language.isHan))
        guard (2...4).contains(clauses.count) else { return nil }
        let parses = clauses.map { engine.parse($0) }
        let groupBuys: Set<IntentName> = [.groupbuyStart, .groupbuyJoin]
        let requests = parses.indices.filter { groupBuys.contains(parses[$0].intent) && parses[$0].confidence >= 0.9 }
        guard let request = requests.last else { return nil }
        // "空气炸锅能拼团不，我开个团": the clause that names the product.
        if let named = requests.last(where: { parses[$0].slots[.product] != nil }) { return parses[named] }
        // "除湿机有点贵 能拼团不": the product said in a reason is the group buy's.
        for index in parses.indices where !requests.contains(index) {
            if namesCatalogThing(clauses[index], engine: engine) { return nil }
        }
        return parses[request]
    }

    /// Whether `clause` names a product, brand or store the catalog knows, or a SKU or code.
    static func namesCatalogThing(_ clause: String, engine: IntentEngine) -> Bool {
        Analysis(clause, extractor: engine.extractor).entities.contains { entity in
            guard let meaning = engine.slotFiller.meaning(entity) else { return entity.kind == .code || entity.kind == .sku }
            return meaning.product != nil || meaning.brand != nil || meaning.store != nil
        }
    }

    /// "再来一件 给我老公", "给我来3份 周末家里聚餐", "make it 3, the office drinks a lot": of
    /// several clauses, the one that orders a count is the request when the others read as
    /// nothing (a reason, who it is for) and name no product of their own.
    static func countedClause(_ text: String, engine: IntentEngine) -> Parse? {
        let spacesBreak = text.unicodeScalars.contains(where: Language.isHan)
        let clauses = Self.clauses(of: text, spacesBreak: spacesBreak)
        guard (2...4).contains(clauses.count) else { return nil }
        let parses = clauses.map { engine.parse($0) }
        let counted: Set<IntentName> = [.cartAdd, .cartUpdate, .cartRemove]
        // "咋还有8块运费 那再来一瓶 凑个包邮", "差43才能用券啊。。那加本百年孤独吧 …": an add that opens
        // with 那 is what follows from the rest, whatever the rest asks or tells.
        let consequences = parses.indices.filter {
            clauses[$0].hasPrefix("那") && parses[$0].intent == .cartAdd && parses[$0].confidence >= 0.9
        }
        let requests = parses.indices.filter {
            (counted.contains(parses[$0].intent) && parses[$0].confidence >= 0.9 && parses[$0].slots[.quantity] != nil)
                || consequences.contains($0)
        }
        guard requests.count == 1 else { return nil }
        let consequence = consequences == requests
        for index in parses.indices where index != requests[0] {
            let aside = parses[index]
            // "有点贵": a search for one stray character (贵) is a remark, not a search.
            let remark = aside.intent == .catalogSearch && SlotFiller.isStray(aside.slots[.query]) && aside.slots.count == 1
            let bare = aside.slots[.query] == nil && aside.slots[.product] == nil
            guard
                remark || aside.intent == .fallback || (aside.confidence < 0.75 && bare)
                    || (consequence && bare && !counted.contains(aside.intent))
            else { return nil }
            // A brand, store or product the catalog knows makes it part of the request (a
            // category word may be a reason's: "the office drinks a lot").
            if namesCatalogThing(clauses[index], engine: engine) { return nil }
        }
        return parses[requests[0]]
    }

    /// Whether `a` may hold a counted request among clauses: a clause break (or, in Chinese, a
    /// space) and a word of ordering a count. Most utterances have neither.
    static func mayCountAmongClauses(_ a: Analysis, _ text: String) -> Bool {
        guard a.tokens.contains(where: { countingWords.contains($0.hash) }) else { return false }
        if a.tokens.contains(where: { $0.kind == .clauseBreak }) { return true }
        return text.contains(" ") && text.unicodeScalars.contains(where: Language.isHan)
    }

    private static let countingWords = Word.set(["来", "要", "买", "加", "make", "add", "get"])

    /// The last of several clauses when it asks for something ("…，有猫粮吗", "…，有没有抽纸"), or nil.
    static func askingClause(_ text: String) -> String? {
        // Asked of every search: most have no 有, or no second clause.
        guard text.contains("有"), text.containsByte(where: { isBreakByte($0) || $0 == 0x20 }) else { return nil }
        let clauses = Self.clauses(of: text, spacesBreak: false)
        guard clauses.count >= 2, let last = clauses.last, last.contains("有") else { return nil }
        return last
    }

    /// "刚搬新家 啥都没有😭 有收纳箱吗 衣服都堆地上了", "回南天墙上都在滴水😫 有除湿机吗": of Chinese
    /// remarks, the one clause asking whether the shop has something it has (有X吗, 有没有X, X有吗),
    /// read alone: a search. Read whole, the remarks made it a new address or a parcel asked after.
    static func askingHave(_ text: String, engine: IntentEngine) -> Parse? {
        guard text.contains("有"), text.containsByte(where: { $0 >= 0xE3 }), text.containsByte(where: { isBreakByte($0) || $0 == 0x20 })
        else { return nil }
        // "那有啥礼盒": the 那 that turns to the question is no part of it.
        let clauses = Self.clauses(of: text, spacesBreak: true).map { $0.hasPrefix("那有") ? String($0.dropFirst()) : $0 }
        guard (2...5).contains(clauses.count) else { return nil }
        let asking = clauses.filter { clause in
            clause.hasPrefix("有") && !clause.hasPrefix("有点") || clause.contains("有没有") || clause.hasSuffix("有吗") || clause.hasSuffix("有不")
                || clause.hasSuffix("有啥")
        }
        guard asking.count == 1 else { return nil }
        // "大疆有啥": what a brand has.
        if asking[0].hasSuffix("有啥"), case let brand = engine.parse("搜" + asking[0].dropLast(2)), brand.intent == .catalogSearch,
            brand.slots[.brand] != nil, brand.slots[.query] == nil
        {
            return brand
        }
        // What it asks for needs no catalog name: a search that finds nothing says so. But two
        // characters at least, and no stray word ("有人吗" asks whether anyone is there).
        // ("有啥能除湿的" read as asking for help; 有什么 is the same question.)
        var reading = engine.parse(asking[0])
        if reading.intent != .catalogSearch, asking[0].hasPrefix("有啥") { reading = engine.parse("有什么" + asking[0].dropFirst(2)) }
        guard reading.intent == .catalogSearch, case .string(let query)? = reading.slots[.query], query.count >= 2,
            !SlotFiller.isStray(reading.slots[.query]), !["人", "货", "空", "事", "问题", "时间"].contains(where: query.contains)
        else { return nil }
        return reading
    }

    /// "今晚跨年寝室要搞个夜宵局🎉 卤鸭脖有吗": a search read whole whose words are a story's, when
    /// one clause asks whether the shop has something: that clause's search, with the whole's
    /// price and order ("预算500 …").
    static func askedOverStory(_ text: String, over whole: Parse, engine: IntentEngine) -> Parse? {
        guard whole.intent == .catalogSearch, let asked = askingHave(text, engine: engine) else { return nil }
        let wholeNames = [whole.slots[.query], whole.slots[.brand], whole.slots[.category]]
        guard wholeNames != [asked.slots[.query], asked.slots[.brand], asked.slots[.category]],
            let storyWords = whole.slots[.query]?.stringValue,
            let clause = clauses(of: text, spacesBreak: true).first(where: { clause in
                [asked.slots[.query], asked.slots[.brand]].contains { $0?.stringValue.map(clause.contains) == true }
                    || clause.hasSuffix("有啥")
            }), !clause.contains(storyWords)
        else { return nil }
        var slots = asked.slots
        for slot in [SlotName.maxPrice, .minPrice, .sort] where slots[slot] == nil { slots[slot] = whole.slots[slot] }
        return Parse(intent: .catalogSearch, confidence: max(whole.confidence, 0.9), slots: slots)
    }

    /// Chinese clauses (2 to 4, between punctuation or a space between Chinese characters) of
    /// which exactly one, read alone, is `intent` with slots: that one's reading; else nil.
    static func oneClauseReading(_ text: String, as intent: IntentName, engine: IntentEngine) -> Parse? {
        // Chinese text has lead bytes E3 and up: English text is ruled out in one pass.
        guard text.containsByte(where: { $0 >= 0xE3 }), text.containsByte(where: { isBreakByte($0) || $0 == 0x20 }) else { return nil }
        let clauses = Self.clauses(of: text, spacesBreak: false)
        guard (2...4).contains(clauses.count) else { return nil }
        // The clause must name what the request is about, not only count it ("罗技那个 删一个").
        let named = namingSlots
        let said = clauses.filter { !isForWhom($0) }
        let readings = said.map { engine.parse($0) }.filter { reading in
            reading.intent == intent && named.contains { reading.slots[$0] != nil }
        }
        if readings.count == 1 { return readings[0] }
        guard readings.isEmpty else { return nil }
        // None reads as the request alone ("给我爸买个手机 老人家用 1500以内的有啥" is an add, a
        // reason, a price): the one clause that names something when read as the request.
        let naming = said.map { Parse(intent: intent, confidence: 1, slots: engine.slots($0, as: intent)) }.filter { reading in
            named.contains { reading.slots[$0] != nil }
        }
        return naming.count == 1 ? naming[0] : nil
    }

    /// The slots that name what a request is about (the others filter or count it).
    static let namingSlots: Set<SlotName> = [.product, .products, .query, .brand, .category]

    /// "老人家用", "给孩子用": whom it is for, no product.
    static func isForWhom(_ clause: String) -> Bool {
        var rest = Substring(clause)
        if rest.hasPrefix("给") { rest = rest.dropFirst() }
        guard rest.hasSuffix("用") || rest.hasSuffix("用的") else { return false }
        rest = rest.hasSuffix("的") ? rest.dropLast(2) : rest.dropLast()
        return ["老人家", "老人", "老年人", "爸妈", "我爸", "我妈", "小孩", "孩子", "学生", "宝宝", "女生", "男生", "女朋友", "男朋友", "自己"].contains(String(rest))
    }

    /// "小棕瓶评分高点 就它了", "小米的评分高还便宜，就要这个": the product the reason before a choice
    /// names (what comes before the reason's words; "this" when it names none), or nil.
    static func chosenByReason(_ text: String) -> String? {
        // Asked of every utterance: a choice has 就, 要 or 买, a reason one of its words.
        guard text.contains("就") || text.contains("要") || text.contains("买"), reasonWords.contains(where: text.contains) else {
            return nil
        }
        let clauses = clauses(of: text, spacesBreak: false)
        guard clauses.count >= 2, let last = clauses.last, choosesThis(last) || buysThis(last) else { return nil }
        let reason = clauses[clauses.count - 2]
        var cut = reason.startIndex
        while cut < reason.endIndex, !reasonWords.contains(where: reason[cut...].hasPrefix) { cut = reason.index(after: cut) }
        guard cut < reason.endIndex else { return nil }
        var name = String(reason[..<cut])
        if name.hasSuffix("的") { name.removeLast() }
        if name.count >= 2 { return name }
        // "还是小米的吧 评分高点 买了": the clause before the reason names it.
        if clauses.count >= 3, let named = chosenName(clauses[clauses.count - 3]) { return named }
        // "评分高 就它了": the reason names none, the one in focus is chosen.
        return "this"
    }

    /// "买了", "就买它", "买这个": buying what was just weighed, said after its reason.
    static func buysThis(_ text: String) -> Bool {
        var rest = Substring(text.trimmingCharacters())
        while let last = rest.last, "吧了啊！!。~～ ".contains(last) { rest = rest.dropLast() }
        return ["买", "就买", "买它", "就买它", "买这个", "就买这个", "买这款", "就买这款", "下单", "就它"].contains(String(rest))
    }

    /// "还是小米的吧" → 小米: a name said as the choice, without 还是/那就 and 的吧.
    private static func chosenName(_ clause: String) -> String? {
        var name = Substring(clause.trimmingCharacters())
        for lead in ["还是", "那就", "那还是", "就"] where name.hasPrefix(lead) { name = name.dropFirst(lead.count) }
        while let last = name.last, "吧了啊的".contains(last) { name = name.dropLast() }
        return name.count >= 2 && name.unicodeScalars.allSatisfy({ Language.isHan($0) || $0.isASCII }) ? String(name) : nil
    }

    /// Words of why a product is the better one.
    static let reasonWords = ["评分", "便宜", "好看", "性价比", "口碑", "评价", "划算", "实惠", "质量", "好用", "颜值", "更好", "靠谱"]

    /// `text` before its last clause break, trimmed; nil when that leaves nothing.
    static func beforeLastClause(_ text: String) -> String? {
        guard let last = text.lastIndex(where: { clauseBreaks.contains($0) }) else { return nil }
        let before = text[..<last].trimmingCharacters()
        return before.isEmpty ? nil : before
    }

    /// How many of 来, 买, 要, 加, 拿 `text` holds, counted on its bytes.
    static func buyingVerbCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 6 else { return 0 }
            var count = 0
            var index = 0
            while index + 2 < bytes.count {
                if bytes[index] >= 0xE4,
                    buyingVerbBytes.contains(where: { $0.0 == bytes[index] && $0.1 == bytes[index + 1] && $0.2 == bytes[index + 2] })
                {
                    count += 1
                    index += 3
                } else {
                    index += 1
                }
            }
            return count
        }
    }

    private static let buyingVerbBytes: [(UInt8, UInt8, UInt8)] = ["来", "买", "要", "加", "拿"].map { character in
        let bytes = Array(character.utf8)
        return (bytes[0], bytes[1], bytes[2])
    }

    /// `text`'s clauses, between punctuation marks (and spaces, if `spacesBreak`), trimmed.
    static func clauses(of text: String, spacesBreak: Bool) -> [String] {
        pieces(of: text) { previous, character, next in
            // A space between Chinese characters breaks clauses ("回南天家里墙都出水了 除湿机有吗"),
            // not a name and its size ("纸尿裤 L码有吗") or "iphone 15 有吗".
            clauseBreaks.contains(character)
                || character == " " && (spacesBreak || (previous.map(isHan) ?? false) && (next.map(isHan) ?? false))
        }
    }

    /// `text` cut at every character `breaks` (given the characters around it) says ends a piece;
    /// that character dropped, the pieces trimmed, empty ones left out.
    static func pieces(of text: String, breaks: (Character?, Character, Character?) -> Bool) -> [String] {
        var pieces: [String] = []
        var current = ""
        var previous: Character?
        var characters = text.makeIterator()
        var next = characters.next()
        while let character = next {
            next = characters.next()
            if breaks(previous, character, next) {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        pieces.append(current)
        return pieces.map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
    }

    private static func isHan(_ character: Character) -> Bool { character.unicodeScalars.contains(where: Language.isHan) }

    static let clauseBreaks: Set<Character> = ["，", ",", "。", "；", ";", "！", "!"]

    /// `,` `;` `!` or the lead byte of `，` `。` `；` `！` (EF and E3): a clause break may be there.
    static func isBreakByte(_ byte: UInt8) -> Bool {
        byte == 0x2C || byte == 0x3B || byte == 0x21 || byte == 0xEF || byte == 0xE3
    }
}
