/// The word that says what a product is: the last word of its name once sizes and packs are
/// set aside ("Apple iPhone 15 Silicone Case" is a case, "Midea Rice Cooker 4L" a cooker,
/// "美的电饭煲 4L" a 饭煲). A search for "iphone 15" names the phone; the case only mentions it,
/// so a product whose head the query names ranks above one whose name merely holds the words.
public enum NameHead {
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

    /// The last two characters of the last Chinese run without digits ("三体 全集（共3册）" → 三体).
    static func head(ofChinese name: String) -> String? {
        for word in name.split(separator: " ").reversed() where !word.contains(where: \.isNumber) {
            let han = word.filter { $0.unicodeScalars.first.map(SearchTerms.isHan) == true }
            guard !han.isEmpty else { continue }
            return String(han.suffix(2))
        }
        return nil
    }
}
