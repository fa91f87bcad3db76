import ShopText

/// The word that says what a product is: the last word of its name once sizes and packs are
/// set aside ("Apple iPhone 15 Silicone Case" is a case, "Midea Rice Cooker 4L" a cooker,
/// "美的电饭煲 4L" a 饭煲). A search for "iphone 15" names the phone; the case only mentions it,
/// so a product whose head the query names ranks above one whose name merely holds the words.
public enum NameHead {
    /// `products` (in the index's order) with those whose head `terms` name first, and within
    /// each group those with fewer variant words the query did not say ("iphone 15" is the
    /// iPhone 15 before the 15 Pro; "小米14" the 14 before the 14 Ultra). Otherwise in order.
    public static func ranked(_ products: [Product], by terms: [String]) -> [Product] {
        let said = Set(terms)
        // Only a query that names a model (it has a number) asks for the plain one: "rice
        // cooker" does not prefer a big one to a mini.
        let namesModel = terms.contains { !SearchTerms.isLetters($0) }
        let keyed = products.enumerated().map { index, product in
            let variants =
                !namesModel
                ? []
                : SearchTerms.documentText([product.name, product.nameZh]).split(separator: " ").filter {
                    variantWords.contains(String($0)) && !said.contains(String($0))
                }
            return (product: product, headed: isNamed(product, by: terms), unsaid: variants.count, index: index)
        }
        return keyed.sorted { left, right in
            if left.headed != right.headed { return left.headed }
            if left.unsaid != right.unsaid { return left.unsaid < right.unsaid }
            return left.index < right.index
        }.map(\.product)
    }

    /// Whether `product` is an accessory of another product: a charger, case or cable, named
    /// so by its head word.
    public static func isAccessory(_ product: Product) -> Bool {
        if let english = head(ofEnglish: product.name), accessoryHeads.contains(english) { return true }
        if let chinese = head(ofChinese: product.nameZh), accessoryHeads.contains(chinese) { return true }
        return false
    }

    static let accessoryHeads: Set<String> = [
        "charger", "adapter", "case", "cover", "protector", "cable", "strap", "holder", "mount", "powerbank", "bank",
        "电器", "配器", "护壳", "机壳", "机膜", "据线", "电宝", "表带", "支架",
    ]

    /// Words that name a variant of a base model.
    static let variantWords: Set<String> = ["pro", "max", "ultra", "plus", "mini", "lite", "se", "青春", "尊享"]

    /// Whether `terms` (a query's SearchTerms) name the head of `product`'s English or Chinese name.
    public static func isNamed(_ product: Product, by terms: [String]) -> Bool {
        let words = Set(terms)
        if let english = head(ofEnglish: product.name), words.contains(english) { return true }
        if let chinese = head(ofChinese: product.nameZh), words.contains(chinese) { return true }
        return false
    }

    /// The last word without digits that no number precedes ("Cotton Socks 5 Pairs" → sock).
    static func head(ofEnglish name: String) -> String? {
        let words = name.split(separator: " ")
        var index = words.count - 1
        while index >= 0 {
            let word = words[index]
            let afterNumber = index > 0 && words[index - 1].contains(where: \.isNumber)
            if !word.contains(where: \.isNumber), !afterNumber {
                return SearchTerms.query(String(word)).last
            }
            index -= 1
        }
        return nil
    }

    /// The last two characters of the last word ending in two or more Chinese characters, a
    /// counter after a number set aside ("三体 全集（共3册）" → 三体, "李宁 7号篮球" → 篮球,
    /// "婴儿配方奶粉 1段 700g" → 奶粉, "竹炭牙刷 4支装" → 牙刷).
    static func head(ofChinese name: String) -> String? {
        for word in name.split(separator: " ").reversed() {
            let scalars = Array(word.unicodeScalars)
            var start = scalars.endIndex
            while start > 0,
                SearchTerms.isHan(scalars[start - 1])
                    || !(scalars[start - 1].properties.isAlphabetic || scalars[start - 1].properties.numericType != nil)
            {
                start -= 1
            }
            var han = scalars[start...].filter(SearchTerms.isHan)
            if start > 0, scalars[start - 1].properties.numericType != nil, !han.isEmpty { han.removeFirst() }
            guard han.count >= 2 else { continue }
            return String(String.UnicodeScalarView(han.suffix(2)))
        }
        return nil
    }
}
