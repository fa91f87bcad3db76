import Foundation
import ShopText

extension SlotFiller {
    /// Catalog entities that name or describe a product rather than filter a search.
    func isProductWords(_ entity: Entity) -> Bool {
        guard let meaning = meaning(entity) else { return entity.kind == .code }
        return meaning.product != nil || meaning.brand != nil || meaning.category != nil || meaning.store != nil
    }

    /// A product reference: a SKU, an ordinal, product words, "this" or "those".
    /// With `numbersInNames` a number glued to the name is part of it ("三文鱼有几份"): where no
    /// count is asked for.
    func product(_ a: Analysis, _ used: inout [Bool], numbersInNames: Bool = false) -> SlotValue? {
        if let sku = a.entities.first(where: { $0.kind == .sku && !used[$0.start] }) {
            mark(&used, sku.range)
            return .string(sku.text)
        }
        if let ordinal = a.entities.first(where: { $0.kind == .ordinal && !used[$0.start] }) {
            mark(&used, ordinal.range)
            return Self.position(ordinal.value)
        }
        if let last = EntityExtractor.englishLast(a), !used[last.lowerBound] {
            mark(&used, last)
            return .string("last")
        }
        if let list = a.entities.first(where: { $0.kind == .ordinals && !used[$0.start] }), let first = list.list.first {
            mark(&used, list.range)
            return .int(first)
        }
        // "the cheapest phone", "the best rated kettle": a superlative and nothing but a kind's
        // word is the superlative over the list on screen (it looked for a product "phone").
        if let sort = a.entities.first(where: { $0.kind == .sort && !used[$0.start] }), let words = Self.superlatives[sort.text],
            let kind = a.entities.first(where: { !used[$0.start] && $0.start > sort.start && (meaning($0)?.category != nil) }),
            freeText(a, used: used, numbersInNames: numbersInNames, allow: isProductWords)?.range == kind.range
        {
            mark(&used, sort.range)
            mark(&used, kind.range)
            return .string(words)
        }
        // One Chinese character no verb of buying takes is a word of the sentence (挺 of 挺好的,
        // 爸 of 给我爸买一台), not a product; 伞 of 买把伞 is one.
        // "return 2 packs", "add one more pack then": the unit a count is in names nothing.
        // Words no buying verb takes and the catalog knows none of, apart from a pointer ("那要便宜的那个吧
        // 穿42码", "add it before someone else does"), are why, not what: the pointer is the product.
        // Beside it they say which one ("室内成猫那个", "那个卓睿的"). Chinese only: an English
        // story's "did marco take it?" misread as a removal must not take out the one in view.
        if let words = freeRun(a, used: used, numbersInNames: numbersInNames, allow: isProductWords),
            words.named || words.bought || !Language.isHan(words.text.unicodeScalars.first ?? " ")
                || !pointsApart(a, used, from: words.range),
            !Self.isStray(.string(words.text)) || followsBuying(a, words.range.lowerBound),
            !Self.containers.contains(words.text.quickLowercased())
        {
            mark(&used, words.range)
            var text = Self.withoutContainer(Self.withoutLeadingMeasureWord(Self.withoutLeadingVerb(Self.withoutToo(words.text))))
            if case .string(let joined) = Self.withoutInnerPointer(.string(text)) { text = joined }
            // "the honor one", "the pampers newborn ones": the pronoun is no part of the name.
            if let last = text.split(separator: " ").last, ["one", "ones"].contains(last.quickLowercased()),
                text.count > last.count + 1
            {
                text = String(text.dropLast(last.count + 1))
            }
            return .string(text)
        }
        // "the cheapest one", "最便宜的那个", "the best rated": a superlative over the list on screen
        // (it outranks the "那个" that often comes with it).
        if let sort = a.entities.first(where: { $0.kind == .sort && !used[$0.start] }), let words = Self.superlatives[sort.text] {
            mark(&used, sort.range)
            return .string(words)
        }
        if let this = a.entities.first(where: { ($0.kind == .this || $0.kind == .those) && !used[$0.start] }) {
            mark(&used, this.range)
            return .string(this.kind == .this ? "this" : "those")
        }
        return nil
    }

    /// Whether an unused pointer ("this", 那个, a superlative) stands apart from `run`, not
    /// touching it (的 between still touches: "那个卓睿的").
    private func pointsApart(_ a: Analysis, _ used: [Bool], from run: Range<Int>) -> Bool {
        a.entities.contains { pointer in
            guard !used[pointer.start], pointer.kind == .this || (pointer.kind == .sort && Self.superlatives[pointer.text] != nil) else {
                return false
            }
            let touches =
                pointer.end == run.lowerBound || pointer.start == run.upperBound
                || (pointer.start == run.upperBound + 1 && a.tokens[run.upperBound].hash == Self.de)
            return !touches
        }
    }

    /// "packs of uniqlo cotton socks" → "uniqlo cotton socks": how they come is no part of the
    /// name ("add 2 packs of …", "4 cases of mengniu milk").
    static func withoutContainer(_ text: String) -> String {
        // "5l bottle of arawana peanut oil": the size goes with the name ("arawana peanut oil 5l").
        let sized = text.split(separator: " ", maxSplits: 3)
        if sized.count == 4, sized[0].first?.isNumber == true, sized[2].quickLowercased() == "of",
            containers.contains(sized[1].quickLowercased())
        {
            return sized[3] + " " + sized[0]
        }
        let parts = text.split(separator: " ", maxSplits: 2)
        guard parts.count == 3, parts[1].quickLowercased() == "of", containers.contains(parts[0].quickLowercased()) else { return text }
        return String(parts[2])
    }

    /// "the little prince too" → "the little prince": "too" adds, it names nothing.
    static func withoutToo(_ text: String) -> String {
        // "is the kindle still in stock": "still" asks again, it names nothing either; nor does
        // "tho" of "hows the pegasus 40 tho".
        for tail in [" too", " as well", " also", " still", " tho", " though"]
        where text.count > tail.count && text.quickLowercased().hasSuffix(tail) {
            return String(text.dropLast(tail.count))
        }
        // "那保温杯单独买一个": how it is bought is no part of the name.
        for tail in ["单独", "另外", "也"] where text.count > tail.count + 1 && text.hasSuffix(tail) {
            return String(text.dropLast(tail.count))
        }
        return text
    }

    /// "挑个台灯" → "台灯", "快抢猫粮" → "猫粮": a verb of choosing or taking (after 快/先/再/也, before
    /// a measure word) that the run of unknown words took in is no part of a Chinese name.
    static func withoutLeadingVerb(_ text: String) -> String {
        // Every product and query passes here: scalars, and a byte check first (the verbs are all
        // three-byte characters).
        guard let lead = text.utf8.first, lead >= 0xE4 else { return text }
        let scalars = Array(text.unicodeScalars.prefix(4).map(\.value))
        var index = 0
        var marked = false
        if scalars.count == 4, Self.adverbs.contains(scalars[0]) {
            index = 1
            marked = true
        }
        guard index < scalars.count, Self.choosingVerbs.contains(scalars[index]) else { return text }
        index += 1
        // "拍立得", "整理箱": without a measure word after it or an adverb before, a name's own.
        if index < scalars.count, Self.verbMeasures.contains(scalars[index]) {
            index += 1
            marked = true
        }
        let rest = text.unicodeScalars.dropFirst(index)
        guard marked, rest.count >= 2, rest.first.map(Language.isHan) == true else { return text }
        return String(String.UnicodeScalarView(rest))
    }

    private static let adverbs = Set("快先再也还就".unicodeScalars.map(\.value))
    private static let choosingVerbs = Set("挑选找抢拍囤整弄".unicodeScalars.map(\.value))
    private static let verbMeasures = Set("个只件台本双瓶盒包点款".unicodeScalars.map(\.value))

    /// "台thinkpad x1" → "thinkpad x1": a measure word before a name ("再来台ThinkPad X1").
    static func withoutLeadingMeasureWord(_ text: String) -> String {
        guard text.count > 1, let first = text.first, zhMeasureWords.contains(first),
            let next = text.dropFirst().first, !next.unicodeScalars.allSatisfy({ $0.properties.isUnifiedIdeograph })
        else { return text }
        return String(text.dropFirst()).trimmingCharacters(in: .whitespaces)
    }

    static let zhMeasureWords: Set<Character> = [
        "个", "款", "件", "条", "台", "只", "双", "本", "瓶", "盒", "套", "支", "部", "张", "袋", "箱", "包", "份", "罐", "提", "桶", "听", "卷",
        "根", "把", "副", "床", "顶",
    ]

    static let containers: Set<String> = [
        "pack", "packs", "packet", "packets", "case", "cases", "bag", "bags", "box", "boxes", "bottle", "bottles", "pair", "pairs",
        "set", "sets", "can", "cans", "bar", "bars", "tube", "tubes", "jar", "jars", "roll", "rolls", "piece", "pieces", "carton",
        "cartons", "tin", "tins", "sachet", "sachets", "units", "unit",
    ]

    func mark(_ used: inout [Bool], _ range: Range<Int>) {
        for k in range where k < used.count { used[k] = true }
    }

    /// A number written against a unit ("5L", "67W", "128G", "20000mAh", "5升").
    func isSize(_ a: Analysis, _ entity: Entity) -> Bool {
        guard entity.end < a.tokens.count, entity.end > entity.start else { return false }
        let next = a.tokens[entity.end]
        return next.start == a.tokens[entity.end - 1].end && Word.units.contains(next.hash)
    }

    /// A number said of a price: after 便宜, 贵, 差, 省, 降 ("便宜30"), or before 多 and a word of
    /// price ("一千多太贵了"), or before "off", "cheaper" ("300 off").
    func isPriceRemark(_ a: Analysis, _ entity: Entity) -> Bool {
        let tokens = a.tokens
        // (A measure word after it counts things: "差两个", "再降一个".)
        if entity.start > 0, entity.text.isEmpty, Self.priceBefore.contains(tokens[entity.start - 1].hash) { return true }
        var next = entity.end
        if next < tokens.count, tokens[next].hash == Self.duo { next += 1 }
        guard next < tokens.count else { return false }
        return Self.priceAfter.contains(tokens[next].hash)
    }

    /// A Chinese number before a word of time or age (一学期, 十点, 3岁, 两个月; not 两个月饼).
    func isTimeSaid(_ a: Analysis, _ entity: Entity) -> Bool {
        var next = entity.end
        // "两包天马的衣架": a count with its measure word names what follows.
        guard next < a.tokens.count, entity.end > entity.start, !Word.zhClassifiers.contains(a.tokens[entity.end - 1].hash) else {
            return false
        }
        if a.tokens[next].hash == Self.ge {
            next += 1
            guard next < a.tokens.count, Self.timeAfterCount.contains(a.tokens[next].hash) else { return false }
        }
        guard Self.timeAfter.contains(a.tokens[next].hash) else { return false }
        return next + 1 >= a.tokens.count || a.tokens[next + 1].hash != Self.bing
    }

    static let timeAfter = Word.set(["学", "天", "年", "周", "辈", "阵", "点", "晚", "夜", "季", "秒", "岁", "星", "礼", "月"])
    static let timeAfterCount = Word.set(["月", "星", "礼", "学"])
    static let bing = Word.h("饼")
    static let ge = Word.h("个")

    static let priceBefore = Word.set(["宜", "贵", "差", "省", "降", "涨"])
    static let priceAfter = Word.set(["贵", "太", "块", "元", "钱", "off", "cheaper", "pricier", "bucks"])
    static let duo = Word.h("多")

    /// A place in the list on screen: its number, or "last" (the conversation knows how long it is).
    static func position(_ ordinal: Int64) -> SlotValue {
        ordinal == Entity.last ? .string("last") : .int(ordinal)
    }

    /// How a sort order reads as a product reference; the conversation picks from the last list.
    static let superlatives = ["price_asc": "cheapest", "price_desc": "most expensive", "rating": "best rated", "sales": "best selling"]

    /// The quantity: a number that is not part of the product ("add 2 of the second one").
    func quantity(_ a: Analysis, used: [Bool], last: Bool) -> Int64? {
        var found: Int64?
        for entity in a.entities where !used[entity.start] {
            // "bump it up to 4": a bound without money is a quantity here.
            if entity.kind == .priceBelow || entity.kind == .priceAbove, entity.value % 100 == 0, entity.value <= 10_000 {
                found = entity.value / 100
                if !last { return found }
                continue
            }
            guard entity.kind == .number || entity.kind == .count else { continue }
            // "5L电饭煲", "67W charger", "iphone 15": a size or a model, not how many.
            if entity.kind == .number, isSize(a, entity) { continue }
            // "好奇便宜30呢", "波司登一千多太贵了", "300 off nice": a price said, not how many.
            if entity.kind == .number, isPriceRemark(a, entity) { continue }
            // "改成两包吧 一学期呢", "十点才开始", "宝宝3岁": a time or an age, not how many.
            if entity.kind == .number, isTimeSaid(a, entity) { continue }
            let whole = entity.kind == .count ? entity.value : entity.value / 100
            // Numbers between 1,000 and 100,000 are usually part of a name ("20000 mAh"); a
            // negative or an absurdly large one is a quantity to refuse, not to ignore.
            guard entity.kind == .count || entity.value % 100 == 0, whole < 0 || whole <= 100_000 || whole >= 1_000_000 else {
                continue
            }
            found = whole
            if !last { return found }
        }
        return found
    }

    /// `product.compare`'s products: ordinals, SKUs, product words, or "those".
    func products(_ a: Analysis) -> SlotValue? {
        var items: [SlotValue] = []
        var used = [Bool](repeating: false, count: a.tokens.count)
        for entity in a.entities {
            switch entity.kind {
            case .ordinals: items += entity.list.map(SlotValue.int)
            case .ordinal: items.append(Self.position(entity.value))
            case .sku: items.append(.string(entity.text))
            case .number
            where entity.value % 100 == 0 && entity.value / 100 <= 20 && entity.value > 0
                && a.tokens[entity.start].kind == .number && !isGluedToName(a, entity.start) && !endsName(a, entity.start):
                items.append(.int(entity.value / 100)) // "compare 1 and 3", not "which one"
            case .this: items.append(.string("this"))
            default: continue
            }
            mark(&used, entity.range)
        }
        // Product words, split at "and", "vs", "和": "the rice cooker and the toothbrush".
        var k = 0
        while k < a.tokens.count {
            if Self.compareJoiners.contains(a.tokens[k].hash) { used[k] = true }
            k += 1
        }
        var named: [(SlotValue, names: Bool, at: Int)] = []
        while let words = freeText(a, used: used, numbersInNames: true, allow: isProductWords) {
            let names = a.entities.contains { entity in
                guard entity.kind == .lexicon, words.range.contains(entity.start), let meaning = meaning(entity) else { return false }
                return meaning.product != nil || meaning.brand != nil
            }
            // "the gree one": "one" stands for the product, it is no model number.
            var text = words.text
            for one in [" ones", " one"] where text.hasSuffix(one) && text.count > one.count { text = String(text.dropLast(one.count)) }
            named.append((.string(text), names, words.range.lowerBound))
            mark(&used, words.range)
        }
        // In the order said (the longest run is found first).
        named.sort { $0.at < $1.at }
        // "室友都用红米k70 跟oppo reno11比哪个打游戏更爽": when two or more name the shop's products,
        // words that name none (更爽, 室) are what is said of them, not more products.
        // ("破壁机和豆浆机有什么区别": 区 of 区别, one character that names nothing, is no product.)
        named.removeAll { !$0.names && Self.isStray($0.0) }
        // "跟流浪地球比一下 哪个适合新人入坑": what is asked of them after 哪个 is no product.
        let said = a.utterance.string(from: 0, to: a.utterance.text.count)
        named.removeAll { item in
            !item.names && item.0.stringValue.map { words in ["哪个", "哪款", "哪一个"].contains { said.contains($0 + words) } } == true
        }
        named = named.map { (Self.withoutInnerPointer($0.0), $0.names, $0.at) }
        let naming = named.filter(\.names)
        items += (items.count + naming.count >= 2 && naming.count < named.count ? naming : named).map(\.0)
        if items.isEmpty {
            return a.has(.those) ? .string("those") : nil
        }
        if items.count == 1, a.has(.those) { return .string("those") }
        return .list(Self.sharingSpec(items))
    }

    /// "海尔那个干衣机" is 海尔干衣机: the pointer inside a name is no part of it.
    static func withoutInnerPointer(_ item: SlotValue) -> SlotValue {
        guard case .string(let words) = item, let pointer = ["那个", "这个", "那款", "这款"].first(where: words.contains),
            !words.hasPrefix(pointer), !words.hasSuffix(pointer)
        else { return item }
        return .string(words.replacingOccurrences(of: pointer, with: ""))
    }

    /// "帮宝适和好奇的M码": a size said after the last name is said of each ("帮宝适 M码", "好奇 M码").
    static func sharingSpec(_ items: [SlotValue]) -> [SlotValue] {
        guard items.count >= 2, case .string(let last)? = items.last, let cut = last.range(of: "的", options: .backwards),
            cut.lowerBound > last.startIndex
        else { return items }
        let spec = String(last[cut.upperBound...])
        guard (1...4).contains(spec.count), spec.contains(where: { $0.isASCII && ($0.isLetter || $0.isNumber) }) || spec.hasSuffix("码")
        else { return items }
        let lastName = String(last[..<cut.lowerBound]) + " " + spec
        return items.dropLast().map { item in
            guard case .string(let name) = item, !name.contains(spec) else { return item }
            return .string(name + " " + spec)
        } + [.string(lastName)]
    }

    /// Digits written right onto a Chinese name ("赤兔6"): part of it, not a list's number.
    func isGluedToName(_ a: Analysis, _ k: Int) -> Bool {
        k > 0 && a.tokens[k - 1].kind == .cjk && a.tokens[k].start == a.tokens[k - 1].end
    }

    /// A number after a name's word ("mijia 4 vs gree", "li-ning feidian 3 vs anta c202"): the
    /// name's model, not a list's position.
    func endsName(_ a: Analysis, _ k: Int) -> Bool {
        k > 0 && a.tokens[k - 1].kind == .word && !Self.compareJoiners.contains(a.tokens[k - 1].hash) && isFreeWord(a, k - 1)
    }

    static let compareJoiners = Word.set(["and", "vs", "versus", "with", "against", "or", "to", "和", "跟", "与", "还是", "同", "比"])

    // MARK: Search

    /// `namedFirst`: of the free runs, one with a catalog word (false for a store's shelf, whose
    /// brand words name the store: "波司登太长了 他嫌土 … 就优衣库的吧").
    func search(_ a: Analysis, _ slots: inout Slots, _ used: inout [Bool], namedFirst: Bool = true) {
        for entity in a.entities {
            switch entity.kind {
            case .priceBelow: slots[.maxPrice] = .int(entity.value)
            case .priceAbove: slots[.minPrice] = .int(entity.value)
            case .priceBetween:
                slots[.minPrice] = .int(entity.value)
                slots[.maxPrice] = .int(entity.value2)
            case .sort: slots[.sort] = .string(entity.text)
            case .lexicon:
                guard let meaning = meaning(entity) else { continue }
                if let brand = meaning.brand, slots[.brand] == nil {
                    slots[.brand] = .string(brand)
                    mark(&used, entity.range)
                } else if let store = meaning.store, meaning.product == nil, meaning.category == nil, slots[.store] == nil {
                    slots[.store] = .string(store)
                    mark(&used, entity.range)
                } else if let category = meaning.category, meaning.product == nil, slots[.category] == nil,
                    !followedByFreeWords(a, entity)
                {
                    // The head noun is the category ("xiaomi phones"); "phone cases" is a query.
                    slots[.category] = .string(category)
                    mark(&used, entity.range)
                }
            default: continue
            }
        }
        if var words = freeText(
            a, used: used, numbersInNames: true, namedFirst: namedFirst,
            allow: { self.meaning($0)?.product != nil || self.meaning($0)?.category != nil || $0.kind == .code }),
            // "搜美的": a name the catalog knows keeps its last character, even a particle's.
            Self.dropWhichKind(a, &words),
            let query = (a.entityAt[words.range.upperBound - 1] >= 0 ? words.text : Self.withoutRequestWords(words.text))
                .flatMap(Self.withoutWhomItIsFor).map(Self.withoutLeadingVerb)
        {
            slots[.query] = .string(query)
        }
    }

    /// "有没有那种腰凳": 种 of 那种 ("that kind of") opens no name; false when nothing is left.
    static func dropWhichKind(_ a: Analysis, _ words: inout (text: String, range: Range<Int>)) -> Bool {
        let first = words.range.lowerBound
        guard first > 0, a.tokens[first].hash == Word.zhZhong, Word.zhThisThat.contains(a.tokens[first - 1].hash) else { return true }
        words.text = String(words.text.dropFirst())
        words.range = (first + 1)..<words.range.upperBound
        return !words.range.isEmpty && !words.text.isEmpty
    }

    /// A query without whom it is for ("phones for my grandma" → phones, "gift for my mom" →
    /// gift): no product is named after the person; nil when nothing is left.
    static func withoutWhomItIsFor(_ text: String) -> String? {
        var words = text.split(separator: " ")
        var index = 0
        while index + 2 < words.count {
            if words[index].quickLowercased() == "for", possessives.contains(words[index + 1].quickLowercased()),
                people.contains(words[index + 2].quickLowercased())
            {
                words.removeSubrange(index...index + 2)
            } else {
                index += 1
            }
        }
        // "phones under 1000 for my grandma": the free words left are the person alone.
        guard !words.isEmpty, !words.allSatisfy({ people.contains($0.quickLowercased()) }) else { return nil }
        return words.joined(separator: " ")
    }

    static let possessives: Set<String> = ["my", "our", "his", "her", "the"]
    static let people: Set<String> = [
        "mom", "mum", "mother", "dad", "father", "parents", "grandma", "grandmother", "grandpa", "grandfather", "wife", "husband",
        "son", "daughter", "kid", "kids", "girlfriend", "boyfriend", "friend", "sister", "brother", "boss", "colleague", "family",
        "nephew", "niece", "aunt", "uncle", "grandparents", "grandson", "granddaughter",
    ]

    /// A query without the Chinese words around it that ask rather than name: "雨伞卖" (有没有雨伞卖),
    /// "充电宝吗", "卖口罩" (有卖口罩的吗); nil when nothing is left.
    static func withoutRequestWords(_ text: String) -> String? {
        var text = Substring(text)
        while let last = text.last, "卖吗呢吧啊呀的".contains(last), text.count > 1 { text = text.dropLast() }
        // "有卖口罩的吗": 卖 asks too.
        if text.first == "卖", text.count > 2 { text = text.dropFirst() }
        return text.isEmpty ? nil : String(text)
    }

    private func followedByFreeWords(_ a: Analysis, _ entity: Entity) -> Bool {
        var k = entity.end
        while k < a.tokens.count, a.filler[k] { k += 1 }
        guard k < a.tokens.count, a.entityAt[k] < 0 else { return false }
        return isFreeWord(a, k)
    }

    func category(_ a: Analysis) -> String? {
        for entity in a.entities {
            if let category = meaning(entity)?.category { return category }
        }
        return nil
    }

    // MARK: Reviews

    static let textLeads = Word.set(["saying", "says", "comment", "text", "说"])
    static let productLeads = Word.set(["for", "to", "on", "about", "of"])
    static let reviewNouns = Word.set(["review", "rating", "好评", "review:", "评价"])

    func review(_ a: Analysis, _ slots: inout Slots, _ used: inout [Bool]) {
        var ratingEnd: Int?
        if let rating = a.first(.rating) {
            slots[.rating] = .int(min(max(rating.value, 1), 5))
            mark(&used, rating.range)
            ratingEnd = rating.end
        } else if let number = a.entities.first(where: { $0.kind == .number && $0.value % 100 == 0 && (1...5).contains($0.value / 100) }) {
            slots[.rating] = .int(number.value / 100)
            mark(&used, number.range)
            ratingEnd = number.end
        }
        // The text: after a colon or "saying", or the clause after the rating — unless that is
        // where the product is named ("5 stars for the toothbrush").
        let tokens = a.tokens
        var textStart: Int?
        if let colon = tokens.indices.first(where: { tokens[$0].kind == .clauseBreak && a.utterance.text[Int(tokens[$0].start)] == 0x3A }) {
            textStart = colon + 1
        } else if let saying = tokens.indices.first(where: { Self.textLeads.contains(tokens[$0].hash) }) {
            textStart = saying + 1
        } else if let end = ratingEnd {
            if let clause = tokens[end...].firstIndex(where: { $0.kind == .clauseBreak }) {
                textStart = clause + 1
            } else if end < tokens.count, !Self.productLeads.contains(tokens[end].hash), !Self.reviewNouns.contains(tokens[end].hash) {
                textStart = end
            }
        }
        if let start = textStart, start < tokens.count {
            let begin = Int(tokens[start].start)
            var finish = Int(tokens[tokens.count - 1].end)
            if tokens[tokens.count - 1].kind == .clauseBreak { finish = Int(tokens[tokens.count - 1].start) }
            let text = a.utterance.string(from: begin, to: finish, original: true).trimmingCharacters()
            if !text.isEmpty {
                slots[.text] = .string(text)
                mark(&used, start..<tokens.count)
            }
        }
        if let product = product(a, &used) { slots[.product] = product }
    }
}
