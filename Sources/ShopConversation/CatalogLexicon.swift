import ShopCommerce
import ShopIntents

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

    /// The Chinese names of `brands`, as the catalog writes them: the first word of a product's
    /// Chinese name when its English name starts with the brand ("Anker 10000mAh Power Bank",
    /// "安克 10000mAh 充电宝"), and a brand's store name before 官方旗舰店 or 旗舰店 (小米官方旗舰店). A
    /// first word that holds more than the brand ("美的电饭煲 4L": 美的 is another product's first
    /// word; "九阳电饭煲" of a brand's one product) is not its name: a longer form of another of
    /// the brand's names is dropped, and a word of four characters or more must open two
    /// products. A name that two brands would share is neither's.
    static func chineseBrandNames(products: [Product], brands: [String], stores: [StoreInfo]) -> [String: String] {
        var found: [String: Set<String>] = [:]
        func isName(_ text: Substring) -> Bool {
            (2...6).contains(text.count) && text.unicodeScalars.allSatisfy { $0.properties.isIdeographic }
        }
        var opened: [String: (brand: String, products: Int)] = [:]
        for product in products where !product.brand.isEmpty {
            let name = product.name.lowercased()
            let brand = product.brand.lowercased()
            guard name.hasPrefix(brand + " ") else { continue }
            let words = product.nameZh.split(whereSeparator: \.isWhitespace)
            if words.count >= 2, isName(words[0]) {
                let word = String(words[0])
                opened[word] = (product.brand, (opened[word]?.products ?? 0) + 1)
                found[word, default: []].insert(product.brand)
            }
        }
        for (word, seen) in opened where word.count >= 4 && seen.products < 2 { found[word]?.remove(seen.brand) }
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
