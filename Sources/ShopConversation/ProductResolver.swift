import Foundation
import ShopCommerce
import ShopIntents
import ShopText

/// Turns a `product` slot ("this", 2, "P1002", "the toothbrush") into products, using what the
/// user last saw and what is in their cart.
struct ProductResolver {
    enum Resolution {
        case found([Product])
        case missing
        case notFound(String)
        case ambiguous([Product])

        /// One product or several that fit.
        var isFound: Bool {
            switch self {
            case .found, .ambiguous: true
            case .missing, .notFound: false
            }
        }
    }

    let commerce: Commerce
    let session: Session
    /// The utterance: "them" means one product unless it says "all", "both" or "each".
    var said = ""
    /// For a comparison "those" is a list: the products in focus if several, else the last list.
    var comparing = false
    /// The language of what `notFound` says; unset, the one the shopper was last talked to in.
    var lang: Language?
    /// Whose orders are context too ("破壁机那单呢" of the 破壁料理机 they bought); unset, none.
    var user: String?

    /// The language `notFound` words are written in: the turn's when given, else the shopper's
    /// choice, what they wrote in, or what they were last answered in.
    var wordsLanguage: Language { lang ?? session.language ?? Language.of(said) ?? session.lastLanguage ?? .en }

    /// `within` narrows word matches to a list first (the cart, for "remove the socks").
    func resolve(_ slot: SlotValue?, within preferred: [Product] = []) throws -> Resolution {
        switch slot {
        case nil:
            // "真我便宜两百 就它吧 能砍价不" after two compared: the one of them named.
            if session.focus.count > 1, let named = try Self.oneNamed(in: said, among: commerce.products(skus: session.focus)) {
                return .found([named])
            }
            guard let sku = session.focus.first, let product = try commerce.product(sku: sku) else { return .missing }
            return .found([product])
        case .int(let ordinal)?:
            guard ordinal >= 1, ordinal <= session.results.count else {
                return .notFound(MissingOrdinal(number: ordinal, listed: session.results.count).words(wordsLanguage))
            }
            guard let product = try commerce.product(sku: session.results[Int(ordinal) - 1]) else {
                return .notFound(MissingOrdinal(number: ordinal, listed: 0).words(wordsLanguage))
            }
            return .found([product])
        case .list(let values)?:
            var products: [Product] = []
            for value in values {
                switch try resolve(value, within: preferred) {
                case .found(let found): products += found
                case .missing: return .missing
                case .notFound(let what): return .notFound(what)
                case .ambiguous(let options): return .ambiguous(options)
                }
            }
            return .found(products)
        case .string(let words)?:
            return try resolve(words: words, within: preferred)
        }
    }

    /// The words a `product` slot holds when it points at a product rather than names one.
    static let referenceWords: Set<String> = [
        "this", "it", "that", "those", "them", "these", "cheapest", "most expensive", "best rated", "best selling", "last",
    ]

    private func resolve(words: String, within preferred: [Product]) throws -> Resolution {
        // "芒果来两箱" right after the 海南贵妃芒果's page: the product in focus, when its names have
        // every word said, is the one meant (not another mango the search ranks first).
        if preferred.isEmpty, !comparing, session.focus.count == 1, !Self.referenceWords.contains(words),
            let focused = try commerce.product(sku: session.focus[0]), Self.matches(focused, words: words)
        {
            return .found([focused])
        }
        let whole = try resolveWhole(words: words, within: preferred)
        if case .found = whole { return whole }
        // "保温杯也换一个 虎牌和苏泊尔的哪个好": of 虎牌's products, the one the rest of what was said
        // names (its 保温杯), when only one has the most of those words.
        // (Compared only: in a list of several to add, the other names' words are no clue.)
        if comparing, case .ambiguous(let products) = whole, let named = try narrowedOverBrand(products, words: words) {
            return .found([named])
        }
        // "手帕纸 出门带着", "完美日记的口红 姐妹说显白": a Chinese name, then a clause that says
        // why; the name alone is the product when it is one.
        if let name = Self.nameBeforeReason(words), case .found(let products) = try resolveWhole(words: name, within: preferred) {
            return .found(products)
        }
        // "samsung t7 ssds for backing up wedding shoots": what it is for is no part of the name.
        if case .notFound = whole, let cut = words.range(of: " for "), cut.lowerBound > words.startIndex,
            case let named = try resolveWhole(words: String(words[..<cut.lowerBound]), within: preferred), named.isFound
        {
            return named
        }
        if case .notFound = whole, let told = try namedAfterStory(words, within: preferred) { return .found([told]) }
        guard case .notFound = whole, let part = try namedInContext(words, within: preferred) else { return whole }
        return .found([part])
    }

    /// A brand said alone among products compared ("瑜伽垫也要一个 迪卡侬和keep的哪个好"): of all
    /// the brand's products, not only the few the first search listed, the one the rest of what
    /// was said names (`narrowed`). A tie goes to the one search ranks first (皇家's three cat
    /// foods after "猫粮呢"): a comparison moves no money and shows what it compared.
    private func narrowedOverBrand(_ products: [Product], words: String) throws -> Product? {
        guard let brand = Self.brandSaidAlone(products, words) else { return nil }
        let all = try commerce.search(SearchQuery(brand: brand, limit: 60))
        return Self.narrowed(all.isEmpty ? products : all, bySaid: said, besides: words, firstOfTies: true)
    }

    /// The brand of `products` when they share one and `words` are its name (as its brand or the
    /// first word of a product's names: 小米 of Xiaomi's 米家 products too); nil otherwise.
    private static func brandSaidAlone(_ products: [Product], _ words: String) -> String? {
        let lowered = words.lowercased()
        guard let brand = products.first?.brand, products.allSatisfy({ $0.brand == brand }),
            products.contains(where: { product in
                [product.brand, product.name, product.nameZh].contains { $0.lowercased().split(separator: " ").first == Substring(lowered) }
            })
        else { return nil }
        return brand
    }

    /// Whether every product's Chinese name opens with `words`, or they are its brand.
    private static func openWithBrand(_ products: [Product], _ words: String) -> Bool {
        let lowered = words.lowercased()
        return products.allSatisfy { $0.nameZh.lowercased().hasPrefix(lowered) || $0.brand.lowercased() == lowered }
    }

    /// The one of `products` whose names hold the most of what `said` has outside `words` — its
    /// pairs of Chinese characters, and its Latin or number words as whole words of a name
    /// ("好奇的M号纸尿裤" says M of 帮宝适's too; "the xiaomi or the dyson hair dryer") — if only
    /// one holds the most (or, with `firstOfTies`, the first of those) and it holds some.
    /// Only for a brand said alone, whose products all open with it ("好孩子的推车" names its own).
    static func narrowed(_ products: [Product], bySaid said: String, besides words: String, firstOfTies: Bool = false) -> Product? {
        guard openWithBrand(products, words) || brandSaidAlone(products, words) != nil else { return nil }
        let own = Set(words)
        let characters = Array(said)
        var pairs: Set<String> = []
        for k in characters.indices.dropLast() {
            let pair = [characters[k], characters[k + 1]]
            guard pair.allSatisfy({ $0.unicodeScalars.allSatisfy(Language.isHan) && !own.contains($0) }) else { continue }
            pairs.insert(String(pair))
        }
        let ownLatin = Set(latinWords(words))
        let latin = Set(latinWords(said)).subtracting(ownLatin)
        guard !pairs.isEmpty || !latin.isEmpty else { return nil }
        let scored = products.map { product in
            let nameWords = Set(latinWords(product.nameZh) + latinWords(product.name))
            return (product, pairs.filter { product.nameZh.contains($0) }.count + latin.filter(nameWords.contains).count)
        }
        guard let best = scored.map(\.1).max(), best > 0 else { return nil }
        let top = scored.filter { $0.1 == best }
        return top.count == 1 || firstOfTies ? top[0].0 : nil
    }

    /// The runs of ASCII letters and digits in `text`, lowered: "M号纸尿裤" → ["m"].
    private static func latinWords(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).map(String.init)
    }

    /// "湿巾也快用完了 babycare10包": a Chinese story clause, then the name; the clauses after the
    /// story, when they name one product, are it.
    private func namedAfterStory(_ words: String, within preferred: [Product]) throws -> Product? {
        guard words.containsByte(where: { $0 >= 0xE4 }) else { return nil }
        let parts = words.split(separator: " ")
        guard parts.count >= 2, parts.count <= 4 else { return nil }
        for start in 1..<parts.count {
            // What is dropped is a story: Chinese words, a clause long ("Winona 面霜" keeps its brand).
            let dropped = parts[start - 1]
            guard dropped.count >= 4, dropped.unicodeScalars.allSatisfy(Language.isHan) else { return nil }
            let rest = parts[start...].joined(separator: " ")
            guard rest.count >= 2 else { continue }
            if case .found(let products) = try resolveWhole(words: rest, within: preferred), products.count == 1 { return products[0] }
        }
        return nil
    }

    /// The one product in context (the list `within`, the one in focus, those compared, the last
    /// list) that a part of Chinese `words` names, the rest of the words said around its name:
    /// "散粉好像还行" of the 散粉 just opened, "只买卷纸" of the rolls listed, "洗发水快用完了".
    /// Only a product already in the conversation is taken this way: a part of a name the shop
    /// lacks ("苹果手表带") must not buy the watch it names.
    private func namedInContext(_ words: String, within preferred: [Product]) throws -> Product? {
        let characters = Array(words.filter { !$0.isWhitespace })
        guard characters.count >= 2, characters.count <= 16, characters.allSatisfy({ $0.unicodeScalars.allSatisfy(Language.isHan) })
        else { return nil }
        var pools = [preferred]
        if let sku = session.focus.first, session.focus.count == 1, let focused = try commerce.product(sku: sku) { pools.append([focused]) }
        if session.focus.count > 1 { pools.append(try commerce.products(skus: session.focus)) }
        if !session.results.isEmpty { pools.append(try commerce.products(skus: session.results)) }
        if let user {
            let bought = try commerce.orders(of: user, limit: 5).flatMap { $0.items.map(\.sku) }
            pools.append(try commerce.products(skus: Array(Set(bought)).sorted()))
        }
        pools = pools.filter { !$0.isEmpty }
        guard !pools.isEmpty else { return nil }
        // Longest part first, so "散粉" is tried before "粉"; two characters at least. The whole
        // words count too, as a shortened name ("破壁机" of 破壁料理机).
        for length in stride(from: characters.count, through: 2, by: -1) {
            let parts = (0...(characters.count - length)).map { String(characters[$0..<($0 + length)]) }
            for pool in pools {
                let named = Set(
                    parts.flatMap { part in
                        pool.filter { Self.matches($0, words: part) || (part.count > 2 && Self.holdsShortened($0, words: part)) }.map(\.sku)
                    })
                if named.count == 1, let sku = named.first { return pool.first { $0.sku == sku } }
                if named.count > 1 { return nil }
            }
        }
        return nil
    }

    private func resolveWhole(words: String, within preferred: [Product]) throws -> Resolution {
        switch words {
        case "this", "it", "that":
            guard let sku = session.focus.first, let product = try commerce.product(sku: sku) else { return .missing }
            return .found([product])
        case "those", "them", "these":
            // "Add 2 of them" after one product was looked at means that product; it never
            // silently means every product of the last list (money moves on it).
            if comparing {
                let products = try commerce.products(skus: session.focus.count > 1 ? session.focus : session.results)
                return products.isEmpty ? .missing : .found(products)
            }
            let skus = session.focus.isEmpty ? session.results : session.focus
            let products = try commerce.products(skus: skus)
            if products.isEmpty { return .missing }
            return products.count == 1 || Self.namesEvery(said) ? .found(products) : .ambiguous(products)
        case "last":
            // "the last one", "最后那个": of the list on screen, however long.
            guard let sku = session.results.last, let product = try commerce.product(sku: sku) else { return .missing }
            return .found([product])
        case "cheapest", "most expensive", "best rated", "best selling":
            // Over the whole list on screen (or the products being compared), not its first few.
            let pool = try commerce.products(skus: session.focus.count > 1 ? session.focus : session.results)
            guard let best = Self.pick(words, from: pool) else { return .missing }
            return .found([best])
        default:
            break
        }
        if Self.isSKU(words), let product = try commerce.product(sku: words) { return .found([product]) }
        let lastShown = try commerce.products(skus: session.results)
        // What is being talked about before the list it came from: "the redmi ones look better,
        // add those" of two earbuds compared, though the list holds Redmi phones too.
        let discussed = session.focus.count > 1 ? try commerce.products(skus: session.focus) : []
        for pool in [preferred, discussed, lastShown] where !pool.isEmpty {
            let pool = try withStoreNames(pool)
            let matches = Self.closest(pool.filter { Self.matches($0, words: words) }, to: words)
            if matches.count == 1 { return .found(matches) }
            if matches.count > 1 { return .ambiguous(matches) }
            let shortened = pool.filter { Self.holdsShortened($0, words: words) }
            if shortened.count == 1 { return .found(shortened) }
        }
        // "微波炉门关不严" of an order's lines, the cart's: the words open with one product's name,
        // then say what is wrong with it.
        if !preferred.isEmpty, words.unicodeScalars.allSatisfy(Language.isHan), words.count > 2 {
            let pool = try withStoreNames(preferred)
            for length in stride(from: words.count - 1, through: 2, by: -1) {
                let prefix = String(words.prefix(length))
                let fits = pool.filter { Self.matches($0, words: prefix) }
                if fits.count == 1 { return .found(fits) }
                if fits.count > 1 { break }
            }
        }
        let searched = try commerce.search(SearchQuery(text: words, limit: 5))
        var hits = searched.filter { Self.matches($0, words: words) }
        // "熊猫电饭煲5L" is typed without the space the catalog has ("熊猫电饭煲 5L").
        let spaced = Self.spacedAtScriptChanges(words)
        if hits.isEmpty, spaced != words {
            hits = try commerce.search(SearchQuery(text: spaced, limit: 5)).filter { Self.matches($0, words: spaced) }
        }
        hits = Self.closest(hits, to: words)
        if hits.count == 1 {
            if let head = try headOfBrand(words, over: hits[0]) { return .found([head]) }
            return .found(hits)
        }
        if let exact = hits.first(where: { $0.name.lowercased() == words.lowercased() || $0.nameZh == words }) {
            return .found([exact])
        }
        if hits.count > 1 { return .ambiguous(hits) }
        // The search's own reading (its synonyms, pairs across words forgiven) when it finds
        // exactly one name: "网易严选砧板", "耐克空军一号" (Air Force 1).
        if let read = try Self.onlyProduct(named: words, in: commerce) { return .found([read]) }
        // Every word somewhere in one product's text, not only its names: "the sandisk memory
        // card" is the SanDisk microSD card, a "memory card" by its description.
        if let described = try Self.onlyProduct(named: words, in: commerce, namesOnly: false) { return .found([described]) }
        // A shortened Chinese name: one product is it; several close ones are asked about, never guessed.
        let named = Self.closest(try ChineseNameMatch.find(words, in: commerce), to: words)
        if named.count == 1 { return .found(named) }
        if named.count > 1 { return .ambiguous(named) }
        // "钢化膜" of 钢化玻璃手机膜: the name said with words left out, every character in order.
        if let shortened = try Self.onlyShortened(words, in: commerce) { return .found([shortened]) }
        // "立白的凝珠" is 立白 洗衣凝珠: 的 joins a brand to its product, in no name (tried last:
        // 美的 has one).
        if words.contains("的") {
            let joined = String(words.replacing("的", with: " ").split(separator: " ").joined(separator: " "))
            if !joined.isEmpty, case let found = try resolveWhole(words: joined, within: preferred), found.isFound { return found }
        }
        // Only of a brand said: "the red ones" must not buy the one book with Red in its name.
        if let known = try Self.withoutUnknownWords(words, in: commerce), let read = try Self.onlyProduct(named: known, in: commerce),
            known.split(separator: " ").contains(where: { $0 == read.brand.lowercased() })
        {
            return .found([read])
        }
        return .notFound(words)
    }

    /// English `words` without those no product holds ("samyang buldak ones": buldak is what
    /// shoppers call 火鸡面) and "one(s)", if some were left out and some are left; nil otherwise.
    /// The rest must then name one product alone (`onlyProduct`), its brand among them.
    static func withoutUnknownWords(_ words: String, in commerce: Commerce) throws -> String? {
        let said = words.split(separator: " ").map(String.init)
        guard said.count >= 2, said.count <= 6, words.allSatisfy(\.isASCII) else { return nil }
        var known: [String] = []
        for word in said where !["one", "ones"].contains(word.lowercased()) {
            var probe = SearchQuery(text: word, limit: 1)
            probe.forgiving = false
            if try !commerce.search(probe).isEmpty { known.append(word) }
        }
        guard !known.isEmpty, known.count < said.count else { return nil }
        return known.joined(separator: " ")
    }

    /// The Chinese name before a space or comma that a Chinese clause follows, if the words are
    /// so split: a reason said after the name is no part of it.
    static func nameBeforeReason(_ words: String) -> String? {
        let parts = words.split(whereSeparator: { " ，,".contains($0) })
        guard parts.count > 1, let name = parts.first, name.count >= 2, name.unicodeScalars.contains(where: Language.isHan),
            parts.dropFirst().allSatisfy({ $0.unicodeScalars.allSatisfy(Language.isHan) })
        else { return nil }
        return String(name)
    }

    /// `products` with their stores' names, which rows read from the catalog leave empty: the
    /// 米家 rice cooker of a list is "小米那个" by its store, 小米官方旗舰店.
    private func withStoreNames(_ products: [Product]) throws -> [Product] {
        var names: [String: StoreInfo?] = [:]
        return try products.map { product in
            var product = product
            if names[product.store] == nil { names[product.store] = .some(try commerce.store(id: product.store)) }
            if let store = names[product.store] ?? nil {
                product.storeName = store.name
                product.storeNameZh = store.nameZh
            }
            return product
        }
    }

    /// The number in `slot` that no product of the last list has ("the ninth one" after two), if any.
    func missingOrdinal(in slot: SlotValue?) -> MissingOrdinal? {
        switch slot {
        case .int(let ordinal)? where ordinal < 1 || ordinal > session.results.count:
            MissingOrdinal(number: ordinal, listed: session.results.count)
        case .list(let values)?: values.lazy.compactMap { missingOrdinal(in: $0) }.first
        default: nil
        }
    }

    /// The product a superlative names; ties go to the one listed first.
    static func pick(_ superlative: String, from pool: [Product]) -> Product? {
        var best: Product?
        for product in pool {
            guard let current = best else {
                best = product
                continue
            }
            let better: Bool
            switch superlative {
            case "cheapest": better = product.price < current.price
            case "most expensive": better = product.price > current.price
            default: better = product.rating > current.rating
            }
            if better { best = product }
        }
        return best
    }

    /// Whether the words ask for several products at once: "both", "all of them", "each", "都".
    static func namesEvery(_ text: String) -> Bool {
        let words = Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        if !words.isDisjoint(with: ["all", "both", "each", "every", "everything"]) { return true }
        return ["都", "全部", "所有", "每个", "每样", "两样"].contains { text.contains($0) }
    }

    static func isSKU(_ text: String) -> Bool {
        let upper = text.uppercased()
        return upper.count >= 2 && upper.count <= 32 && upper.first?.isLetter == true
            && upper.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
            && upper.contains(where: \.isNumber)
    }

    /// `words` with a space where Chinese meets Latin letters or digits: "米家电饭煲 3l".
    static func spacedAtScriptChanges(_ words: String) -> String {
        var result = ""
        var previousIsHan: Bool?
        for character in words {
            let isHan = Self.isHan(character)
            let isSpace = character.isWhitespace
            if let previous = previousIsHan, !isSpace, previous != isHan, result.last?.isWhitespace == false { result.append(" ") }
            result.append(character)
            previousIsHan = isSpace ? nil : isHan
        }
        return result
    }

    /// Of several products the words match, the one whose name has them as written ("美的电饭煲"
    /// is "美的电饭煲 4L", not "美的 IH电饭煲 5L"), when exactly one does; else all of them.
    static func closest(_ products: [Product], to words: String) -> [Product] {
        guard products.count > 1 else { return products }
        let written = squeezed(words)
        // Each product's names as compared, made once (three times each, they were 5 % of a
        // scripted session: "remove the socks" with eight socks on screen).
        let names = products.map { [squeezed($0.name), squeezed($0.nameZh)] }
        let exact = products.indices.filter { names[$0].contains { $0.contains(written) } }
        if exact.count == 1 {
            // "贝亲奶瓶" is the 贝亲 宽口径玻璃奶瓶, not the 奶瓶清洗剂 that has the words as written: a
            // Chinese name ends on what the thing is, and there 奶瓶 only says what it cleans.
            if let head = headNamed(written, in: names, besides: exact[0]) { return [products[head]] }
            return [products[exact[0]]]
        }
        // "the iphone 15" is the iPhone 15 128GB, not the 15 Pro nor the 15's case: of a model
        // named by its number, the one name that goes on after the words with nothing but a size.
        let plain =
            !written.contains(where: \.isNumber)
            ? []
            : exact.filter { index in
                names[index].contains { name in
                    guard let found = name.range(of: written) else { return false }
                    return isSize(name[found.upperBound...])
                }
            }
        if plain.count == 1 { return [products[plain[0]]] }
        // "欧莱雅玻尿酸面霜" is 欧莱雅 复颜玻尿酸面霜: its characters in order in one name only.
        let inOrder = products.indices.filter { names[$0].contains { Self.holdsInOrder($0, written) } }
        return inOrder.count == 1 ? [products[inOrder[0]]] : products
    }

    /// "贝亲奶瓶" found only the 贝亲 奶瓶清洗剂, whose name has the words before more Chinese: the
    /// brand's products searched with the rest apart ("贝亲 奶瓶") find the 宽口径玻璃奶瓶 too, and
    /// the one whose name ends on 奶瓶 is meant.
    private func headOfBrand(_ words: String, over hit: Product) throws -> Product? {
        let written = Self.squeezed(words)
        guard let brand = hit.nameZh.split(separator: " ").first, brand.count >= 2, words.hasPrefix(brand), words.count > brand.count + 1,
            case let name = Self.squeezed(hit.nameZh), name.contains(written), !Self.endsRun(name, written)
        else { return nil }
        let wider = try commerce.search(SearchQuery(text: brand + " " + words.dropFirst(brand.count), limit: 5))
        guard let modifier = wider.firstIndex(where: { $0.sku == hit.sku }) else { return nil }
        return Self.headNamed(written, in: wider.map { [Self.squeezed($0.name), Self.squeezed($0.nameZh)] }, besides: modifier).map {
            wider[$0]
        }
    }

    /// The one other product whose name holds `written`'s characters in order and ends a Chinese
    /// run on its last two, when the product at `modifier` has them only as written before more
    /// Chinese ("奶瓶清洗剂"); nil otherwise.
    static func headNamed(_ written: String, in names: [[String]], besides modifier: Int) -> Int? {
        let characters = Array(written)
        guard characters.count >= 2, characters.suffix(2).allSatisfy(isHan) else { return nil }
        let head = String(characters.suffix(2))
        guard !names[modifier].contains(where: { endsRun($0, written) }) else { return nil }
        let heads = names.indices.filter { index in
            index != modifier && names[index].contains { holdsInOrder($0, written) && endsRun($0, head) }
        }
        return heads.count == 1 ? heads[0] : nil
    }

    /// Whether `part` is in `name` with no Chinese character right after it (it ends a word).
    static func endsRun(_ name: String, _ part: String) -> Bool {
        var rest = Substring(name)
        while let found = rest.range(of: part) {
            if found.upperBound == rest.endIndex || !isHan(rest[found.upperBound]) { return true }
            rest = rest[found.upperBound...]
        }
        return false
    }

    private static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(Language.isHan) ?? false
    }

    /// `text` lowered, without its spaces (those `Character.isWhitespace` knows).
    static func squeezed(_ text: String) -> String {
        var lowered = text.quickLowercased()
        let squeezed: String? = lowered.withUTF8 { bytes in
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let length = whitespaceLength(bytes, at: index)
                if length == 0 { kept.append(bytes[index]) }
                index += max(length, 1)
            }
            return kept.count == bytes.count ? nil : String(decoding: kept, as: UTF8.self)
        }
        return squeezed ?? lowered
    }

    /// How many bytes the white space at `index` takes: ASCII's, U+0085, U+00A0, U+1680,
    /// U+2000–200A, U+2028, U+2029, U+202F, U+205F, U+3000; 0 when none starts there.
    private static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let first = bytes[index]
        if first < 0x80 { return first == 0x20 || (0x09...0x0D).contains(first) ? 1 : 0 }
        func byte(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch (first, byte(1), byte(2)) {
        case (0xC2, 0x85, _), (0xC2, 0xA0, _): return 2
        case (0xE1, 0x9A, 0x80), (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80): return 3
        case (0xE2, 0x80, let last) where (0x80...0x8A).contains(last) || [0xA8, 0xA9, 0xAF].contains(last): return 3
        default: return 0
        }
    }

    /// Nothing, or a size alone: "128gb", "5l", "2.5kg".
    static func isSize(_ rest: Substring) -> Bool {
        guard let first = rest.first else { return true }
        return first.isNumber && rest.allSatisfy { $0.isNumber || $0 == "." || ($0.isASCII && $0.isLetter) }
    }

    /// "豆腐砂" of a list holding 网易严选 豆腐猫砂, "鞋子" of an order's 跑鞋: a shortened Chinese
    /// name, its characters in order in the product's Chinese name (a noun's 子 dropped). Taken only
    /// when one product of a short list (on screen, in the cart, ordered) holds them.
    static func holdsShortened(_ product: Product, words: String) -> Bool {
        guard words.count >= 2, words.unicodeScalars.allSatisfy(Language.isHan) else { return false }
        let core = words.count == 2 && words.hasSuffix("子") ? String(words.prefix(1)) : words
        return holdsInOrder(product.nameZh.filter { !$0.isWhitespace }, core)
    }

    /// The one product whose names hold every word (as said, none forgiven), or nil: none or
    /// several do. With `namesOnly` false its other text counts too.
    static func onlyProduct(named words: String, in commerce: Commerce, namesOnly: Bool = true) throws -> Product? {
        guard !SearchTerms.query(words).isEmpty else { return nil }
        var probe = SearchQuery(text: words, limit: 2)
        probe.forgiving = false
        probe.namesOnly = namesOnly
        let found = try commerce.search(probe)
        // "帮宝适NB码的纸尿裤": the 的 between what it is and its size is no part of a name.
        if found.isEmpty, words.contains("的"), words.count > 3 {
            return try onlyProduct(named: words.replacingOccurrences(of: "的", with: ""), in: commerce, namesOnly: namesOnly)
        }
        // "lays variety packs", "oreo boxes": what it comes in, said last, is no part of its name
        // ("Lay's Potato Chips Variety 6 Bags").
        if found.isEmpty, let space = words.lastIndex(of: " "), containers.contains(words[words.index(after: space)...].lowercased()) {
            return try onlyProduct(named: String(words[..<space]), in: commerce, namesOnly: namesOnly)
        }
        return found.count == 1 ? found[0] : nil
    }

    private static let containers: Set<String> = [
        "pack", "packs", "bag", "bags", "box", "boxes", "bottle", "bottles", "can", "cans", "case", "cases", "carton", "cartons", "jar",
        "jars", "tin", "tins", "tub", "tubs",
    ]

    /// The one of `products` whose brand (the first word of either name, or its brand) `said`
    /// holds, or nil: none or several are named.
    static func oneNamed(in said: String, among products: [Product]) -> Product? {
        let lowered = said.lowercased()
        guard !lowered.isEmpty else { return nil }
        let named = products.filter { product in
            let words = [
                product.brand, String(product.name.split(separator: " ").first ?? ""),
                String(product.nameZh.split(separator: " ").first ?? ""),
            ]
            return words.contains { $0.count >= 2 && lowered.contains($0.lowercased()) }
        }
        return named.count == 1 ? named[0] : nil
    }

    /// The one product whose Chinese name holds the first two characters of `words` together and
    /// every other after them in order, or nil: "钢化膜" (钢化玻璃手机膜). Three characters at
    /// least, so two common ones cannot pick a product.
    static func onlyShortened(_ words: String, in commerce: Commerce) throws -> Product? {
        guard (3...8).contains(words.count), words.unicodeScalars.allSatisfy(Language.isHan) else { return nil }
        var probe = SearchQuery(text: String(words.prefix(2)), limit: 50)
        probe.namesOnly = true
        let fits = try commerce.search(probe).filter {
            $0.nameZh.contains(String(words.prefix(2))) && holdsShortened($0, words: words)
        }
        return fits.count == 1 ? fits[0] : nil
    }

    /// Whether every character of `words` occurs in `name`, in the same order.
    static func holdsInOrder(_ name: String, _ words: String) -> Bool {
        var rest = Substring(name)
        for character in words {
            guard let found = rest.firstIndex(of: character) else { return false }
            rest = rest[rest.index(after: found)...]
        }
        return true
    }

    /// Every term of `words` is one of the product's names, brand or store, as search reads
    /// them (SearchTerms): "伊利纯牛奶" is "伊利 纯牛奶 …", "网易严选砧板" the 网易严选 store's 砧板,
    /// and "phone" means here what it means in a search.
    /// `matches`, or Chinese words that open with a name of the product and go on to say
    /// something of it ("微波炉门关不严").
    static func matchesOpening(_ product: Product, words: String) -> Bool {
        if matches(product, words: words) { return true }
        guard words.count > 2, words.unicodeScalars.allSatisfy(Language.isHan) else { return false }
        return (2..<words.count).contains { matches(product, words: String(words.prefix($0))) }
    }

    static func matches(_ product: Product, words: String) -> Bool {
        let terms = TermMemo.said.terms(of: words)
        guard !terms.isEmpty else { return false }
        let fields = [product.name, product.nameZh, product.brand, product.storeName, product.storeNameZh]
        let named = TermMemo.named.terms(of: fields.joined(separator: "\u{1}"))
        // "the pull ups" are the Pull-Up Pants: an English plural names what its singular does.
        return terms.allSatisfy { named.contains($0) || ($0.utf8.count >= 3 && $0.hasSuffix("s") && named.contains(String($0.dropLast()))) }
    }

    /// Latin letters without their accents: "estee lauder" is how "Estée Lauder" is typed.
    static func folded(_ text: String) -> String {
        // Only Latin letters carry accents here (U+00C0–U+024F): other text is left as it is
        // without going through Foundation, for every candidate of every resolution.
        text.unicodeScalars.contains { (0xC0...0x24F).contains($0.value) }
            ? text.folding(options: .diacriticInsensitive, locale: nil) : text
    }
}

/// A number that picks no product of the last list: "the ninth one" when it had two.
struct MissingOrdinal: Sendable {
    var number: Int64
    /// How many products the last list had (0: none was shown).
    var listed: Int

    /// "#9 (the last list had 2)" / "第9件（上次的列表只有2件）".
    func words(_ lang: Language) -> String {
        listed == 0
            ? lang.pick("#\(number)", "第\(number)件")
            : lang.pick("#\(number) (the last list had \(listed))", "第\(number)件（上次的列表只有\(listed)件）")
    }
}
