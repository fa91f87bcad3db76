import ShopText

/// Reads the slots of an intent out of an analysed utterance (PROTOCOL.md §4 conventions).
///
/// The entities say what each span is (a price bound, an ordinal, a recipient); the intent says
/// which slot it fills ("20" is a quantity in `cart.add`, an amount in `redpacket.send`). Words
/// the engine does not know as command words are the free text: product words, queries, names.
struct SlotFiller: Sendable {
    var lexicon: CompiledLexicon { _read { yield parts.value.lexicon } }
    var featurizer: Featurizer { _read { yield parts.value.featurizer } }

    /// Behind one reference: the filler's closures capture it (`allow: { self.meaning($0) … }`).
    private let parts: Frozen<(lexicon: CompiledLexicon, featurizer: Featurizer)>

    init(lexicon: CompiledLexicon, featurizer: Featurizer) {
        parts = Frozen((lexicon, featurizer))
    }

    func slots(for intent: IntentName, _ a: Analysis) -> Slots {
        var slots: Slots = [:]
        var used = [Bool](repeating: false, count: a.tokens.count)
        switch intent {
        case .catalogSearch:
            search(a, &slots, &used)
            // "给我爸买个手机": the category is what is searched; 爸 is no product.
            if slots[.category] != nil, Self.isStray(slots[.query]) { slots[.query] = nil }
        case .catalogDeals:
            // "rice cooker deals", "电饭煲有优惠吗": deals among a search's matches.
            search(a, &slots, &used)
            if Self.isStray(slots[.query]) { slots[.query] = nil }
        case .bargainStart:
            // "cut the price of the rice cooker": the price is what is cut, not a product (the
            // catalog knows it from Fisher-Price).
            for k in a.tokens.indices where ["price", "prices"].contains(a.utterance.string(a.tokens[k]).quickLowercased()) {
                used[k] = true
            }
            if let product = product(a, &used) { slots[.product] = product }
        case .productShow, .productReviews:
            if let product = product(a, &used, numbersInNames: true) { slots[.product] = product }
        case .groupbuyStart, .flashBuy:
            if let product = product(a, &used) { slots[.product] = product }
        case .cartRemove:
            if let product = product(a, &used) { slots[.product] = product }
            // "remove one of the air fryers", "删掉一件": how many to take out, when said.
            if let quantity = quantity(a, used: used, last: false) { slots[.quantity] = .int(quantity) }
        case .cartAdd:
            if let items = items(a) {
                slots[.products] = .list(items.products)
                slots[.quantities] = .list(items.quantities.map(SlotValue.int))
                break
            }
            if let product = product(a, &used) { slots[.product] = product }
            if let quantity = quantity(a, used: used, last: false) { slots[.quantity] = .int(quantity) }
        case .cartUpdate:
            if let product = product(a, &used) { slots[.product] = product }
            if let quantity = quantity(a, used: used, last: true) {
                slots[.quantity] = .int(quantity)
            } else if let times = Self.times(a) {
                slots[.times] = .int(times)
                // "double it": the word is the doubling, not a product (Darlie's Double Mint).
                if let words = slots[.product]?.stringValue,
                    ["double", "triple", "twice"].contains(words.quickLowercased()) || words.contains("倍")
                {
                    slots[.product] = nil
                }
            }
        case .productCompare:
            if let products = products(a) { slots[.products] = products }
        case .reviewWrite: review(a, &slots, &used)
        case .orderReturn: returnRequest(a, &slots, &used)
        case .orderTrack, .orderCancel, .orderPriceProtect:
            if let order = order(a) { slots[.order] = .int(order) }
        case .checkout, .couponApply, .cartQuote:
            if let coupon = code(a, after: Self.couponWords) { slots[.coupon] = .string(coupon) }
        case .couponClaim:
            if let coupon = code(a, after: Self.couponWords) { slots[.coupon] = .string(coupon) }
            if let store = store(a) { slots[.store] = .string(store) }
        case .pointsRedeem:
            if let points = wholeNumber(a) { slots[.points] = .int(points) }
        case .friendAdd:
            if let user = user(a, &used) { slots[.user] = .string(user) }
        case .accountLogin:
            if let user = user(a, &used, after: Self.loginWords) { slots[.user] = .string(user) }
        case .shareProduct:
            if let recipient = recipient(a, &used) { slots[.recipient] = .string(recipient) }
            if let product = product(a, &used) { slots[.product] = product }
        case .shareOpen: shareOpen(a, &slots, &used)
        case .redpacketSend: redPacket(a, &slots, &used)
        case .redpacketGrab, .redpacketShow:
            if let packet = reference(a, prefix: "R") { slots[.packet] = packet }
        case .groupbuyJoin:
            if let group = reference(a, prefix: "G") { slots[.group] = group }
        case .addressAdd, .addressUse, .addressDefault, .addressRemove: address(a, &slots)
        case .bargainCut, .bargainBuy:
            if let bargain = reference(a, prefix: "B") { slots[.bargain] = bargain }
        case .languageSet:
            if let lang = Self.language(a.utterance.text) { slots[.lang] = .string(lang.rawValue) }
        case .storeShow:
            if let store = store(a) { slots[.store] = .string(store) }
            // "宠物乐园的猫粮", "phones from the xiaomi store": a search in that store.
            var wanted: Slots = [:]
            search(a, &wanted, &used, namedFirst: false)
            if Self.isStray(wanted[.query]) { wanted[.query] = nil }
            for slot in [SlotName.query, .category] where wanted[slot] != nil { slots[slot] = wanted[slot] }
        case .storeSubscribe, .storeUnsubscribe:
            if let store = store(a) { slots[.store] = .string(store) }
        // No slots: what they ask needs nothing named.
        case .greeting, .help, .thanks, .goodbye, .confirm, .deny, .cancel, .fallback, .accountLogout, .accountWhoami, .catalogCategories,
            .cartShow, .cartClear, .orderList, .flashList, .addressList, .couponList, .pointsShow, .pointsCheckin, .walletShow, .friendList,
            .shareStats, .feedShow, .inboxShow, .storeList, .marketingMute, .marketingUnmute:
            break
        }
        return slots
    }

    /// One Chinese character left over from the words around a request (惠 of 特惠, 美 of
    /// 美的的店): not a product the shopper named, where the request itself was the point.
    static func isStray(_ query: SlotValue?) -> Bool {
        guard let text = query?.stringValue else { return false }
        return text.count == 1 && text.unicodeScalars.allSatisfy { $0.properties.isUnifiedIdeograph }
    }

    // MARK: Shared readers

    /// Whether token `k` is a word the engine does not use as a command word: a product word, a
    /// name, a query. Catalog words always are.
    func isFreeWord(_ a: Analysis, _ k: Int) -> Bool {
        let token = a.tokens[k]
        guard !a.filler[k], token.kind == .word || token.kind == .cjk else { return false }
        // Catalog words are product words, but only English ones: Chinese catalog names share
        // everyday characters (的 in 美的) with requests.
        // Chat spelling ("do u guys have green tea") is no word even where a catalog name has it.
        if token.kind == .word, lexicon.catalogWords.contains(token.hash) { return !Self.chatWords.contains(token.hash) }
        if Self.neverFree.contains(token.hash) { return false }
        // "再拿两瓶洗发水": 拿 before a count takes, as 来 does; in 拿铁 it names.
        if token.hash == Word.zhNa, k + 1 < a.tokens.count, let next = a.entity(at: k + 1), next.kind == .number || next.kind == .count {
            return false
        }
        if token.kind == .cjk {
            // A command character is free when it is not part of a command word here: 登 in
            // 登录 is a command, in 登山杖 a product.
            guard featurizer.vocabulary.contains(token.hash) else { return true }
            // 好 of 好奇纸尿裤: a product's Chinese name opens here.
            if k + 1 < a.tokens.count, a.tokens[k + 1].kind == .cjk,
                lexicon.chineseNameOpenings.contains(CompiledLexicon.pair(token.hash, a.tokens[k + 1].hash))
            {
                return true
            }
            return !featurizer.singleCharacters.contains(token.hash) && !featurizer.inChineseWord(a, k)
        }
        if featurizer.vocabulary.contains(token.hash) { return false }
        // A word one typo away from a command word is that command ("add to card"), unless it
        // sits next to product words ("watch strap").
        if featurizer.corrector.correct(a.utterance, token) != nil {
            // "search mice": one typo from "nice", and the plural of "mouse" (CatalogPlural).
            return isNextToProductWords(a, k) || isPluralOfCatalogWord(a, k)
        }
        return true
    }

    private func isNextToProductWords(_ a: Analysis, _ k: Int) -> Bool {
        for j in [k - 1, k + 1] where j >= 0 && j < a.tokens.count {
            if let entity = a.entity(at: j), meaning(entity)?.product != nil { return true }
            let token = a.tokens[j]
            if token.kind == .word, !a.filler[j], lexicon.catalogWords.contains(token.hash) { return true }
            if token.kind == .word, !featurizer.vocabulary.contains(token.hash), !Self.neverFree.contains(token.hash),
                featurizer.corrector.correct(a.utterance, token) == nil
            {
                return true
            }
        }
        return false
    }

    static let chatWords = Word.set(["u", "r", "ur", "guys", "yall", "ya", "rn", "idk", "tbh", "maybe", "pls", "plz", "thx", "tho", "lol"])

    static let neverFree = Word.set([
        "the", "a", "an", "my", "me", "to", "of", "for", "with", "and", "or", "in", "on", "at", "is", "it", "this",
        "that", "some", "any", "please", "i", "you", "your", "our", "we", "us", "its", "be", "do", "does", "did",
        "u", "r", "ur", "guys", "yall", "ya", "rn", "idk", "tbh", "maybe", "pls", "plz", "thx", "he", "she", "his", "him", "hers",
        "they", "their", "already", "normally", "usually", "still",
        // "how much was the knife set again", "one more samyang tho": the sentence's words.
        "was", "were", "are", "am", "again", "tho", "though", "lol", "lmao", "haha", "omg", "omfg", "wow",
        // "whats the diff between the mijia one and the joyoung one", "the play gym looks cute".
        "diff", "looks", "seems", "sounds",
        // "my bros hoodie": whose it is, written without the apostrophe.
        "bros", "moms", "dads", "wifes", "husbands", "sisters", "brothers",
        // Chinese particles, measure words and verbs that never make a product name on their own.
        "个", "的", "了", "吗", "呢", "吧", "呗", "啊", "把", "给", "和", "是", "在", "要", "想", "买", "找", "看", "有", "没",
        "我", "你", "他", "她", "这", "那", "些", "点", "么", "什", "哪", "也", "都", "就", "还", "很", "太",
        // "再加一个", "再来两件", "少一个": quantity words around a reference, not a product.
        "再", "来", "件", "份", "又", "多", "少", "一", "两", "删", "掉", "去",
        // "各来一本": one count for each product named, no part of a name.
        "各",
        // "比较下", "看下": 下 softens a verb (一下). "等等" is a pause, never a product.
        "下", "等",
        // "一盒不够吃", "够用吗": enough is said of a product, never in its name; "锅才用一次": 才 is
        // when, never a name.
        "够", "才",
        // "袜子改4包": 改 changes a count, never a name.
        "改",
    ])

    /// The longest run of free words (and, where allowed, catalog entities and numbers inside
    /// it), as the user typed it but lower-cased. With `numbersInNames` (a search) a number may
    /// also start the run or end it: "搜三体", "2万毫安充电宝", "search iphone 15".
    func freeText(
        _ a: Analysis, used: [Bool], numbersInNames: Bool = false, namedFirst: Bool = true, allow: (Entity) -> Bool
    ) -> (text: String, range: Range<Int>)? {
        freeRun(a, used: used, numbersInNames: numbersInNames, namedFirst: namedFirst, allow: allow).map { ($0.text, $0.range) }
    }

    /// The run ``freeText(_:used:numbersInNames:namedFirst:allow:)`` picks, and why.
    struct FreeRun {
        var text: String
        var range: Range<Int>
        /// It holds a word the catalog knows: an allowed entity. English words of product names do
        /// not count ("care" of Darlie Tea Care is in "guests wont care lol"; "ml" of "100ml").
        var named: Bool
        /// A buying verb or a count takes it, or a price is asked of it.
        var bought: Bool
    }

    func freeRun(_ a: Analysis, used: [Bool], numbersInNames: Bool = false, namedFirst: Bool = true, allow: (Entity) -> Bool) -> FreeRun? {
        let tokens = a.tokens
        var best: Range<Int>?
        var bestWeight = 0
        var bestBought = false
        var bestNamed = false
        var k = 0
        while k < tokens.count {
            guard !used[k], startsFree(a, k, numbersInNames: numbersInNames, used: used, allow: allow) else {
                k += 1
                continue
            }
            var end = k
            var weight = 0
            var named = false
            var j = k
            while j < tokens.count, !used[j] {
                // Chinese spaced apart is two clauses: "…买点护肤的 百雀羚的爽肤水来一瓶" names no
                // "护肤的 百雀羚的爽肤水".
                if j > k, Self.spacedChinese(a, j) { break }
                if let entity = a.entity(at: j) {
                    if allow(entity) {
                        weight += 1
                        named = true
                        j = entity.end
                        end = j
                        continue
                    }
                    // Numbers and sizes inside a name ("socks 5 pairs", "note 13 pro").
                    if entity.kind == .number || entity.kind == .code, j + 1 < tokens.count, entity.end < tokens.count,
                        entity.end > j, isFreeWord(a, entity.end) || (a.entity(at: entity.end).map(allow) ?? false)
                    {
                        j = entity.end
                        continue
                    }
                    // "欧莱雅那个精油的": a brand, 那个, then what tells its product apart, is one name
                    // ("欧莱雅精油"; the pointer goes, `withoutInnerPointer`). Not yet "麦富迪那个无谷的":
                    // 无 is a word of commands, so no free word.
                    if named, end == j, entity.kind == .this, a.tokens[j].kind == .cjk {
                        if marksOneApart(a, after: entity.end, used: used) {
                            j = entity.end
                            continue
                        }
                        // "苏泊尔那个5L的": a size, then 的.
                        if entity.end < tokens.count, let size = a.entity(at: entity.end), size.start == entity.end, size.kind == .number,
                            !used[size.start], isSize(a, size), size.end < tokens.count, tokens[size.end].hash == Self.de
                        {
                            j = size.end
                            end = j
                            continue
                        }
                    }
                    if weight > 0, end == j, isModelNumber(a, entity) {
                        j = entity.end
                        end = j
                        continue
                    }
                    if numbersInNames, entity.kind == .number, weight > 0, end == j, entity.end > j,
                        entity.end == tokens.count || tokens[entity.end].kind == .clauseBreak
                    {
                        j = entity.end
                        end = j
                        continue
                    }
                    break
                }
                if isFreeWord(a, j) {
                    weight += 1
                    j += 1
                    end = j
                    continue
                }
                // Glue between free words: "of", "and", "-", a single known Chinese character.
                if j + 1 < tokens.count, !used[j + 1], isGlue(a, j), isFreeWord(a, j + 1) || (a.entity(at: j + 1).map(allow) ?? false) {
                    j += 1
                    continue
                }
                break
            }
            // "她说面膜要两盒", "老公说不喜欢这个颜色": who said it is no part of what is named,
            // and a run that is only a person ("同桌也要一本活着") names no product.
            let start = afterSpeaker(a, k, end)
            if start == end || isPersonOrJudgement(a, start..<end) {
                k = max(end, k + 1)
                continue
            }
            // The run a buying verb takes is the thing wanted, however long the run before it:
            // "夏天太热了想买个风扇" is a 风扇; so is the run a price is asked of ("…卡得不行了华为畅享70多少钱").
            let bought =
                weight > 0
                && (followsBuying(a, start, throughCounts: !isUnit(a, start..<end)) || precedesCountedBuying(a, end)
                    || precedesPriceQuestion(a, end))
            // Then a run the catalog knows a word of over one it knows none of, however long:
            // "老板让我买年会抽奖的奖品 预算5000 一等奖想整个戴森吹风机 还有货吗" asks of the 戴森.
            let byName = namedFirst && named != bestNamed
            if (bought && !bestBought) || (bought == bestBought && (byName ? named : weight > bestWeight)) {
                bestWeight = weight
                bestBought = bought
                bestNamed = named
                best = start..<end
            }
            k = max(end, k + 1)
        }
        guard let range = best else { return nil }
        let text = a.utterance.phrase(range)
        return text.isEmpty ? nil : FreeRun(text: text, range: range, named: bestNamed, bought: bestBought)
    }

    /// Whether free Chinese words then 的 follow `k` ("精油的", "三条装的"): what tells one of a
    /// brand's products apart, after 那个 ("小米那个咋样" asks of 小米's, "这本书" is a book).
    private func marksOneApart(_ a: Analysis, after k: Int, used: [Bool]) -> Bool {
        var j = k
        while j < a.tokens.count, j - k < 6, !used[j], a.tokens[j].kind == .cjk, isFreeWord(a, j) { j += 1 }
        return j > k && j < a.tokens.count && a.tokens[j].hash == Self.de
    }

    static let de = Word.h("的")

    /// Whether white space comes before token `j`, between Chinese characters.
    static func spacedChinese(_ a: Analysis, _ j: Int) -> Bool {
        let before = a.tokens[j - 1]
        let token = a.tokens[j]
        guard token.start > before.end else { return false }
        let text = a.utterance.text
        return Utterance.isCJK(text[Int(before.end) - 1]) && Utterance.isCJK(text[Int(token.start)])
    }

    /// Whether a one-token number ending a run is the name's model, not a count: digits written
    /// onto a Chinese name ("李宁赤兔6", not "鸡蛋3盒"), or a number the catalog has after that
    /// word ("add the iphone 15").
    private func isModelNumber(_ a: Analysis, _ entity: Entity) -> Bool {
        let j = entity.start
        guard entity.kind == .number, entity.end == j + 1, j > 0 else { return false }
        if a.tokens[j].kind == .number, isGluedToName(a, j) {
            return entity.end == a.tokens.count || !Word.zhClassifiers.contains(a.tokens[entity.end].hash)
        }
        if lexicon.modelNumbers.contains(CompiledLexicon.pair(a.tokens[j - 1].hash, a.tokens[j].hash)) { return true }
        // "add the huawei watch gt 5": said last after a word names end on with a number, a
        // model the shop lacks (it added five GT 4s).
        return a.tokens[j - 1].kind == .word && lexicon.modelSeries.contains(a.tokens[j - 1].hash)
            && (entity.end == a.tokens.count || a.tokens[entity.end].kind == .clauseBreak)
    }

    /// Whether the run is only the unit a count is in: 桶 of "来两桶", 顶 of "来一顶", "packs" of
    /// "add 3 packs of …".
    func isUnit(_ a: Analysis, _ run: Range<Int>) -> Bool {
        guard run.count == 1 else { return false }
        return a.tokens[run.lowerBound].kind == .cjk || Self.containers.contains(a.utterance.phrase(run))
    }

    /// Where a Chinese run starts once a speaker who opens it is left out: "说面膜" → 面膜,
    /// "老公说不喜欢" → 不喜欢; and people asked to help or join ("让室友帮我砍", "拉同事拼"): 砍, 拼.
    /// `k` when no one is named.
    func afterSpeaker(_ a: Analysis, _ k: Int, _ end: Int) -> Int {
        guard a.tokens[k].kind == .cjk else { return k }
        if let person = afterPerson(a, Self.enlisting.contains(a.tokens[k].hash) ? k + 1 : k, end) {
            var start = person
            if start + 1 < end, a.tokens[start].hash == Self.help, a.tokens[start + 1].hash == Self.me { start += 2 }
            return start
        }
        // "阿凯都说好": anyone's name, then 都/也/还 说, ending the run, is who said it.
        guard let say = (k..<end).first(where: { a.tokens[$0].hash == Self.say }),
            say == k || Self.isPerson(a.utterance.phrase(k..<say))
                || (say == end - 1 && say - k >= 2 && Self.saidAlsoWords.contains(a.tokens[say - 1].hash))
        else { return k }
        return say + 1
    }

    /// The token after a person named from `start` on ("室友帮我砍" → 帮), when a person opens
    /// the run.
    private func afterPerson(_ a: Analysis, _ start: Int, _ end: Int) -> Int? {
        // A phrase is made for each length tried: only runs opening as a person's word does.
        guard start < end, Self.personOpenings.contains(a.tokens[start].hash) else { return nil }
        return (start + 1...min(end, start + 4)).reversed().first { Self.isPerson(a.utterance.phrase(start..<$0)) }
    }

    /// A short Chinese run that is a person ("同桌") or what is thought of a price ("小贵").
    private func isPersonOrJudgement(_ a: Analysis, _ run: Range<Int>) -> Bool {
        // Only short Chinese runs are looked at (a phrase is made for each): most are neither.
        guard run.count <= 5, a.tokens[run.lowerBound].kind == .cjk else { return false }
        let phrase = a.utterance.phrase(run)
        return Self.isPerson(phrase) || Self.judgements.contains(phrase) || AskingWords.priceQuestions.contains(where: phrase.hasSuffix)
    }

    /// "有点小贵", "挺划算": what is thought of a price, never a name (nor is a price asked:
    /// "现在啥价"); nor what has become of a deal ("啊过期了", "这么快就没了").
    static let judgements: Set<String> = ["小贵", "太贵", "好贵", "贵", "便宜", "划算", "不贵", "挺贵", "蛮贵", "过期", "快", "这么快"]

    /// The first characters of `chinesePeople`, and the pronouns `isPerson` looks past.
    static let personOpenings = Word.set(Set(chinesePeople.compactMap { $0.first.map(String.init) } + ["我", "你", "他", "她"]).sorted())

    static let say = Word.h("说")
    static let help = Word.h("帮")
    static let me = Word.h("我")
    /// "让室友帮我砍", "拉同事拼个团", "叫老公来": asking someone along.
    static let enlisting = Word.set(["让", "拉", "叫", "喊"])

    /// Whether a Chinese price question comes right after token `end - 1` ("…多少钱", "…怎么卖").
    func precedesPriceQuestion(_ a: Analysis, _ end: Int) -> Bool {
        guard end + 1 < a.tokens.count, a.tokens[end].kind == .cjk, Self.priceQuestionOpenings.contains(a.tokens[end].hash) else {
            return false
        }
        let next = a.utterance.phrase(end..<min(end + 3, a.tokens.count))
        return AskingWords.priceQuestions.contains(where: next.hasPrefix)
    }

    static let priceQuestionOpenings = Word.set(["多", "怎", "啥", "什", "几"])

    /// Whether a verb of buying and a count come right after token `end - 1`, as in Chinese the
    /// thing named first is then bought: "家里鸡蛋没了 土鸡蛋来一盒" is 土鸡蛋.
    func precedesCountedBuying(_ a: Analysis, _ end: Int) -> Bool {
        var j = end
        if j < a.tokens.count, Self.alsoWords.contains(a.tokens[j].hash) { j += 1 }
        guard j + 1 < a.tokens.count, Self.buyingVerbs.contains(a.tokens[j].hash), let count = a.entity(at: j + 1) else { return false }
        // A count, not a size or a number in a name ("要7号篮球").
        guard count.kind == .count || count.kind == .number else { return false }
        let unit = a.utterance.phrase(count.end - 1..<count.end)
        return unit.count == 1 && unit.first.map(Self.zhMeasureWords.contains) == true
    }

    static let alsoWords = Word.set(["也", "再", "还"])
    static let saidAlsoWords = Word.set(["都", "也", "还", "又"])

    /// Whether token `k` comes right after a verb of buying, a measure word between ("买件").
    func followsBuying(_ a: Analysis, _ k: Int, throughCounts: Bool = false) -> Bool {
        var j = k - 1
        // "need a rice cooker, nothing fancy": an article between, as a measure word in Chinese;
        // with `throughCounts` a count too ("同桌也要一本活着": 活着). Never across a space
        // between Chinese words: "保鲜盒也来一套 装水果" buys no 水果.
        while j >= 0 {
            if Self.spacedChinese(a, j + 1) { return false }
            if Word.zhClassifiers.contains(a.tokens[j].hash) || a.tokens[j].hash == Self.ba || Self.articles.contains(a.tokens[j].hash) {
                j -= 1
            } else if throughCounts, let count = a.entity(at: j), count.kind == .count || count.kind == .number {
                j = count.start - 1
            } else {
                break
            }
        }
        return j >= 0 && Self.buyingVerbs.contains(a.tokens[j].hash)
    }

    static let articles = Word.set(["a", "an", "some", "the"])

    /// 把 counts an umbrella ("买把伞") as well as it fronts an object ("把它加入购物车").
    static let ba = Word.h("把")

    static let buyingVerbs = Word.set([
        "买", "要", "找", "搜", "加", "来", "配", "buy", "want", "need", "find", "add", "get", "needs", "wants", "buying", "getting",
    ])

    private func startsFree(_ a: Analysis, _ k: Int, numbersInNames: Bool, used: [Bool], allow: (Entity) -> Bool) -> Bool {
        guard let entity = a.entity(at: k) else { return isFreeWord(a, k) }
        guard entity.start == k else { return false }
        if allow(entity) { return true }
        // A size starts a name: "5L电饭煲".
        if entity.kind == .number, isSize(a, entity) { return true }
        // A number written against the word after it: "三体", "2万毫安" — not a count ("一双跑鞋").
        guard numbersInNames, entity.kind == .number, entity.end < a.tokens.count, !used[entity.end],
            a.tokens[entity.end].start == a.tokens[entity.end - 1].end,
            !Word.zhClassifiers.contains(a.tokens[entity.end].hash), !Word.zhClassifiers.contains(a.tokens[entity.end - 1].hash)
        else { return false }
        return isFreeWord(a, entity.end) || (a.entity(at: entity.end).map(allow) ?? false)
    }

    private func isGlue(_ a: Analysis, _ j: Int) -> Bool {
        let token = a.tokens[j]
        if a.filler[j] { return false }
        if token.kind == .symbol { return a.utterance.text[Int(token.start)] == 0x2D || a.utterance.text[Int(token.start)] == 0x26 }
        if token.kind == .cjk { return j > 0 && a.tokens[j - 1].kind == .cjk && a.tokens[j + 1].kind == .cjk && isFreeWord(a, j + 1) }
        return token.hash == Word.of || token.hash == Word.and || token.hash == Word.with || token.hash == Word.for
    }

    func meaning(_ entity: Entity) -> PhraseMeaning? {
        entity.kind == .lexicon ? lexicon.phrases.meanings[Int(entity.lexicon)] : nil
    }

    /// The first whole number that is not inside used tokens.
    func wholeNumber(_ a: Analysis) -> Int64? {
        for entity in a.entities where entity.kind == .number || entity.kind == .money {
            if entity.kind == .money || entity.value % 100 == 0 { return entity.value / 100 }
        }
        return nil
    }

    /// The index of the token before `k` that is not filler.
    func previousToken(_ a: Analysis, before k: Int) -> Int? {
        var j = k - 1
        while j >= 0, a.filler[j] { j -= 1 }
        return j >= 0 ? j : nil
    }
}

extension SlotFiller {
    /// The language an utterance names, the last one named winning ("不要英文，说中文" → zh).
    static func language(_ text: [UInt32]) -> Language? {
        // "可以说中文吗 我英文不太好": the language asked for (said, used, switched to) over one named
        // in a reason.
        var asked: (at: Int, lang: Language)?
        for (word, lang) in languageNames where word.count <= text.count {
            for start in 0...(text.count - word.count) where text[start..<start + word.count].elementsEqual(word) {
                let before = text[..<start]
                if askingVerbs.contains(where: { before.count >= $0.count && before.suffix($0.count).elementsEqual($0) }),
                    asked == nil || start > asked!.at
                {
                    asked = (start, lang)
                }
            }
        }
        if let asked { return asked.lang }
        var best: (at: Int, lang: Language)?
        for (word, lang) in languageNames where word.count <= text.count {
            for start in stride(from: text.count - word.count, through: 0, by: -1)
            where text[start..<start + word.count].elementsEqual(word) {
                if best == nil || start > best!.at { best = (start, lang) }
                break
            }
        }
        return best?.lang
    }

    private static let askingVerbs: [[UInt32]] = ["说", "讲", "用", "换成", "改成", "切换到", "换到", "speak ", "use ", "in ", "to "].map {
        $0.unicodeScalars.map(\.value)
    }

    static let languageNames: [([UInt32], Language)] = [
        ("chinese", .zh), ("mandarin", .zh), ("中文", .zh), ("汉语", .zh), ("普通话", .zh), ("中国话", .zh), ("国语", .zh),
        ("english", .en), ("英文", .en), ("英语", .en),
    ].map { (word: String, lang: Language) in (word.unicodeScalars.map(\.value), lang) }
}
