import ShopCommerce
import ShopIntents
import ShopText

/// Builds the intent engine's lexicon from catalog words.
public enum CatalogLexicon {
    /// How many products' names the lexicon holds (the catalog's first; see
    /// `Commerce.lexiconProducts`). The rest are understood as words and found by search: with a
    /// name per product a 1,000,000-product catalog took 16 s and 1 GB to start.
    public static let namedProducts = 500

    public static func make(products: [Product], brands: [String], categories: [String], stores: [StoreInfo]) -> Lexicon {
        var lexicon = Lexicon()
        var brands = Set(brands.filter { !$0.isEmpty })
        var categories = Set(categories)
        for product in products {
            lexicon.products[product.name.lowercased()] = product.sku
            // Any catalog's SKUs ("Z100", not only the demo's P1001 shape) name their product, so
            // "add Z100" is not taken for a coupon or group-buy code.
            lexicon.products[product.sku.lowercased()] = product.sku
            if !product.nameZh.isEmpty {
                lexicon.products[product.nameZh] = product.sku
                // Typed without the space: "米家电饭煲3L".
                let joined = product.nameZh.filter { !$0.isWhitespace }.lowercased()
                if joined != product.nameZh { lexicon.products[joined] = product.sku }
            }
            if !product.brand.isEmpty { brands.insert(product.brand) }
            categories.insert(product.category)
        }
        lexicon.brands = brands.sorted()
        lexicon.brandNames = chineseBrandNames(products: products, brands: lexicon.brands, stores: stores)
        for category in categories { lexicon.categories[category] = [category] }
        for store in stores {
            var names = [store.id, store.name.lowercased()]
            if !store.nameZh.isEmpty { names.append(store.nameZh) }
            // People shorten "小米官方旗舰店" to "小米旗舰店" or "小米官方店".
            if store.nameZh.hasSuffix("官方旗舰店") {
                let brand = store.nameZh.dropLast(5)
                // …and to the brand alone in "关注美的", "去美的店逛逛".
                names += [brand + "旗舰店", brand + "官方店", brand + "专卖店", brand + "店", String(brand)]
            }
            lexicon.stores[store.id] = names
        }
        return lexicon
    }

    /// The Chinese names of `brands`, as the catalog writes them. Of the products whose English
    /// name starts with the brand, the first word of the Chinese name is the brand's name when it
    /// is short ("荣耀 X50") or Chinese words follow it ("戴森 Supersonic 吹风机", "三只松鼠 开心果"),
    /// and what two such first words start with is
    /// too ("海尔浴霸 …", "海尔电视 …": 海尔) — but not a first word with the product glued on
    /// ("美的电饭煲 4L", "九阳电饭煲 4L", nor one that ends with a product word: "小猫袜子 白色"). The
    /// name of a brand's store before 官方旗舰店 or 旗舰店 is its
    /// name (小米官方旗舰店). Not names: a longer form of one of the brand's names (小熊电器 of 小熊),
    /// a name two brands would share, a word inside another brand's product name (苹果 of
    /// 烟台红富士苹果, a fruit).
    static func chineseBrandNames(products: [Product], brands: [String], stores: [StoreInfo]) -> [String: String] {
        func isChinese<S: StringProtocol>(_ text: S) -> Bool {
            (2...6).contains(text.count) && text.unicodeScalars.allSatisfy { $0.properties.isIdeographic }
        }
        func isName<S: StringProtocol>(_ text: S) -> Bool {
            isChinese(text) && !Lexicon.endsWithProductWord(String(text))
        }
        // Two Chinese characters in a row: a word, not a measure word ("3双").
        func hasChineseWord(_ word: Substring) -> Bool {
            zip(word.unicodeScalars, word.unicodeScalars.dropFirst()).contains {
                $0.0.properties.isIdeographic && $0.1.properties.isIdeographic
            }
        }
        var found: [String: Set<String>] = [:]
        var firstWords: [String: Set<String>] = [:]
        for product in products where !product.brand.isEmpty {
            guard product.name.lowercased().hasPrefix(product.brand.lowercased() + " ") else { continue }
            let words = product.nameZh.split(whereSeparator: \.isWhitespace)
            guard words.count >= 2, isChinese(words[0]) else { continue }
            firstWords[product.brand, default: []].insert(String(words[0]))
            if isName(words[0]), words[0].count <= 3 || words.dropFirst().contains(where: hasChineseWord) {
                found[String(words[0]), default: []].insert(product.brand)
            }
        }
        for (brand, words) in firstWords {
            let sorted = words.sorted()
            // Sorted, the words sharing a start are neighbours.
            for (left, right) in zip(sorted, sorted.dropFirst()) {
                let shared = String(zip(left, right).prefix { $0.0 == $0.1 }.map(\.0))
                if isName(shared) { found[shared, default: []].insert(brand) }
            }
        }
        // Store ids are brands without their spaces and marks ("three-squirrels", "lining").
        let brandsByKey = Dictionary(grouping: brands) { $0.lowercased().filter { $0.isLetter || $0.isNumber } }
        for store in stores {
            let key = store.id.lowercased().filter { $0.isLetter || $0.isNumber }
            guard let brand = brandsByKey[key]?.first else { continue }
            for suffix in ["官方旗舰店", "旗舰店"] where store.nameZh.hasSuffix(suffix) {
                let name = store.nameZh.dropLast(suffix.count)
                if isName(name) { found[String(name), default: []].insert(brand) }
                break
            }
        }
        let names = found.compactMapValues { $0.count == 1 ? $0.first : nil }.filter { name, brand in
            !found.contains { other, brands in brands.contains(brand) && other.count < name.count && name.hasPrefix(other) }
        }
        // 苹果 of 烟台红富士苹果 is a fruit: a name inside another brand's product is a word too.
        let others = products.map { (brand: $0.brand, name: Array($0.nameZh.utf8)) }
        return names.filter { name, brand in
            let bytes = Array(name.utf8)
            return !others.contains { $0.brand != brand && contains($0.name, bytes) }
        }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count, let first = needle.first else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }

    /// The demo catalog's lexicon, read from the bundled files without opening a store.
    public static func demo() throws -> Lexicon {
        make(products: try DemoCatalog.products(), brands: [], categories: [], stores: try DemoCatalog.stores())
    }
}
