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

    /// The demo catalog's lexicon, read from the bundled files without opening a store.
    public static func demo() throws -> Lexicon {
        make(products: try DemoCatalog.products(), brands: [], categories: [], stores: try DemoCatalog.stores())
    }
}
