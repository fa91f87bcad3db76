import ShopText

/// The lexicon turned into what the extractors need: one phrase table (built-in phrases,
/// categories, brands, stores, products, users, groups) and the set of catalog words, which are
/// product words rather than requests and are never "corrected" into command words.
struct CompiledLexicon: Sendable {
    var phrases = PhraseTable()
    /// Hashes of every word and Chinese character that occurs in a catalog name.
    var catalogWords = HashIndex()
    /// The first two characters of each Chinese word of a product's name (`pair`): 好 of 好奇纸尿裤
    /// and 好丽友 is the brand's, not the "好" of a yes.
    var chineseNameOpenings = HashIndex()
    /// A word and the number after it in a product's name (`pair`): the 15 of "iPhone 15", the 40
    /// of "Pegasus 40" name a model when said after that word, they count nothing.
    var modelNumbers = HashIndex()
    /// Words a product's name ends on with a number after them ("gt" of "Huawei Watch GT 4"): a
    /// number said last after one is a model too, though no product has it ("gt 5" is no count).
    var modelSeries = HashIndex()
    /// Store ids by lower-cased brand, so "the xiaomi store" finds store `xiaomi-official`.
    var storesByBrand: [String: String] = [:]

    /// What every engine knows: built-in phrases, default categories, common product words.
    /// Built once per process; each engine copies it and adds its catalog.
    /// Small words inside catalog names that are never product words on their own.
    static let packCounts = Word.set([
        "pair", "pairs", "pack", "packs", "bag", "bags", "pcs", "pieces", "rolls", "bottles", "cans", "boxes", "sheets", "count",
    ])

    static let notCatalogWords = Word.set([
        "the", "a", "an", "of", "and", "for", "with", "in", "on", "to", "my", "this", "that", "it", "store", "shop",
        "official", "flagship", "online", "new", "one", "set", "by", "from", "at", "or", "is", "me",
        // Command words stay commands even when a product's name has them ("No-Show Socks").
        "show", "add", "search", "find", "buy", "get", "send", "share", "open", "check", "out", "order",
        "cart", "remove", "cancel", "follow", "join", "start", "help", "list", "track", "compare", "use",
        "claim", "grab", "write", "tell", "look", "see", "want", "need", "give", "more", "about",
    ])

    private static let base: CompiledLexicon = {
        var base = CompiledLexicon()
        for (kind, value, texts) in BuiltinPhrases.entries {
            for text in texts { base.phrases.insert(text, PhraseMeaning(builtin: kind, builtinValue: value)) }
        }
        for (id, names) in BuiltinPhrases.categories {
            for name in names + [id] { base.phrases.insert(name, PhraseMeaning(category: id)) }
        }
        for word in ProductWords.all {
            // A category name stays a category ("phone" is the phones category).
            base.phrases.insert(word, PhraseMeaning(product: word), ifAbsent: true)
            // Only one-word names are product words by themselves: "card" of "memory card" is
            // more often "add to card" than a card.
            if !word.contains(" ") { base.addCatalogWords(word) }
        }
        return base
    }()

    private init() {}

    init(_ lexicon: Lexicon) {
        self = Self.base
        for (id, names) in lexicon.categories.sorted(by: { $0.key < $1.key }) {
            for name in names + [id] where !name.isEmpty { phrases.insert(name, PhraseMeaning(category: id.quickLowercased())) }
        }
        for brand in lexicon.brands where !brand.isEmpty {
            phrases.insert(brand, PhraseMeaning(brand: brand))
            addCatalogWords(brand)
        }
        // "add oreos", "two kindles": a one-word brand said in the plural, for its products (read
        // as a name, "add oreos" befriended an "oreos").
        for brand in lexicon.brands
        where brand.count >= 3 && !brand.hasSuffix("s") && brand.utf8.allSatisfy({ (0x61...0x7A).contains($0 | 0x20) }) {
            phrases.insert(brand + "s", PhraseMeaning(brand: brand), ifAbsent: true)
        }
        for (name, brand) in lexicon.brandNames.sorted(by: { $0.key < $1.key }) where !name.isEmpty {
            phrases.insert(name, PhraseMeaning(brand: brand))
        }
        for (id, names) in lexicon.stores.sorted(by: { $0.key < $1.key }) {
            for name in names + [id] where !name.isEmpty {
                phrases.insert(name, PhraseMeaning(store: id))
                addCatalogWords(name)
            }
        }
        // Lower-cased once, as bytes: this runs for every brand against every store name, at
        // start-up (`shopchat parse hi` has 50 ms in all).
        let stores = lexicon.stores.sorted { $0.key < $1.key }.map { id, names in
            (id: id, lowerID: id.quickLowercased(), names: names.map { Array($0.quickLowercased().utf8) })
        }
        for brand in lexicon.brands {
            let key = brand.quickLowercased()
            let bytes = Array(key.utf8)
            if let store = stores.first(where: { $0.lowerID == key || $0.lowerID.hasPrefix(key + "-") }) {
                storesByBrand[key] = store.id
            } else if let store = stores.first(where: { $0.names.contains { Self.bytes($0, contain: bytes) } }) {
                storesByBrand[key] = store.id
            }
        }
        let brandsByFirstWord = Dictionary(grouping: lexicon.brands.map { $0.quickLowercased() }) {
            $0.split(separator: " ").first.map(String.init) ?? $0
        }
        for (name, _) in lexicon.products.sorted(by: { $0.key < $1.key }) where !name.isEmpty {
            let lower = name.quickLowercased()
            for variant in Self.productVariants(lower, brandsByFirstWord: brandsByFirstWord) {
                phrases.insert(variant, PhraseMeaning(product: variant))
            }
            addCatalogWords(lower)
            let tokens = Utterance(lower).tokens
            // Each Chinese word of it: 可调 of "迪卡侬 可调节哑铃" opens a name too ("有可调节的哑铃吗").
            for index in tokens.indices.dropLast() where tokens[index].kind == .cjk && tokens[index + 1].kind == .cjk {
                let opens = index == 0 || tokens[index - 1].kind != .cjk || tokens[index - 1].end != tokens[index].start
                if opens { chineseNameOpenings.insert(Self.pair(tokens[index].hash, tokens[index + 1].hash)) }
            }
            // A number standing alone: the 4 of "Rice Cooker 4L" is a size, not a model.
            for index in tokens.indices.dropFirst() where tokens[index - 1].kind == .word && tokens[index].kind == .number {
                let next = index + 1 < tokens.count ? tokens[index + 1] : nil
                if let next, next.start == tokens[index].end { continue }
                // "Li-Ning Sports Socks 3 Pairs": a count of what is in the pack, not a model ("make
                // the socks 2" read "socks 2" as a name).
                if let next, Self.packCounts.contains(next.hash) { continue }
                modelNumbers.insert(Self.pair(tokens[index - 1].hash, tokens[index].hash))
                if index == tokens.count - 1 { modelSeries.insert(tokens[index - 1].hash) }
            }
        }
        for user in lexicon.users where !user.isEmpty {
            phrases.insert(user, PhraseMeaning(user: user.quickLowercased()))
        }
        for group in lexicon.groups where !group.isEmpty {
            phrases.insert(group + " group", PhraseMeaning(group: group.quickLowercased()))
            phrases.insert(group + "群", PhraseMeaning(group: group.quickLowercased()))
        }
    }

    /// One key for two characters in a row.
    static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
        first &* 0x9E37_79B9_7F4A_7C15 ^ second
    }

    static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    private mutating func addCatalogWords(_ text: String) {
        for token in Utterance(text).tokens where token.kind == .word && !Self.notCatalogWords.contains(token.hash) {
            catalogWords.insert(token.hash)
        }
    }

    /// The names people actually type for a product: the full name, without the size or pack
    /// ("Midea Rice Cooker 4L" → "midea rice cooker"), and without the brand ("rice cooker").
    /// A shortened name must still name something: "Xiaomi 14" does not make "14" a product, nor
    /// "小米 14" make the brand "小米" one.
    static func productVariants(_ name: String, brandsByFirstWord: [String: [String]]) -> [String] {
        var variants = [name]
        var words = name.split(separator: " ")
        if let cut = words.indices.dropFirst().first(where: { words[$0].contains(where: \.isNumber) }) {
            words.removeSubrange(cut...)
            let shorter = words.joined(separator: " ")
            if namesSomething(shorter) { variants.append(shorter) }
        }
        guard let first = words.first, let brands = brandsByFirstWord[String(first)] else { return variants }
        for brand in brands {
            for variant in variants where variant.hasPrefix(brand + " ") {
                let rest = String(variant.dropFirst(brand.count + 1))
                if namesSomething(rest) { variants.append(rest) }
            }
        }
        return variants
    }

    /// Two or more words, or one word of at least four letters or three Chinese characters.
    private static func namesSomething(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        if words.count >= 2 { return true }
        guard let word = words.first else { return false }
        let letters = word.filter { $0.isASCII && $0.isLetter }.count
        let chinese = word.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count
        return (letters >= 4 && !word.contains(where: \.isNumber)) || chinese >= 3
    }
}
