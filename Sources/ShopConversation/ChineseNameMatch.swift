import ShopCommerce
import ShopIntents
import ShopText

/// How Chinese shoppers name a product: a shortened catalog name, run together ("兰蔻小黑瓶" for
/// "兰蔻 小黑瓶精华 50ml", "米家走步机" for "米家 走步机 C2"). Word search can't split Chinese, so
/// this compares pairs of characters instead.
enum ChineseNameMatch {
    /// The share of `words`' pieces — each pair of neighbouring Chinese characters, each Latin or
    /// digit run — that `product`'s names hold, spaces ignored.
    static func score(_ words: String, _ product: Product) -> Double {
        let pieces = pieces(of: words)
        guard !pieces.isEmpty else { return 0 }
        let haystack = (product.nameZh + product.name + product.brand).lowercased().filter { !$0.isWhitespace }
        return Double(pieces.filter(haystack.contains).count) / Double(pieces.count)
    }

    static func pieces(of words: String) -> [String] {
        var pieces: [String] = []
        var han: [Character] = []
        var latin = ""
        func flush() {
            if han.count == 1 { pieces.append(String(han)) }
            for index in han.indices.dropLast() { pieces.append(String(han[index...index + 1])) }
            han.removeAll()
            if !latin.isEmpty { pieces.append(latin) }
            latin = ""
        }
        for character in words.lowercased() {
            if character.unicodeScalars.first.map(Language.isHan) == true {
                if !latin.isEmpty {
                    pieces.append(latin)
                    latin = ""
                }
                han.append(character)
            } else if character.isLetter || character.isNumber {
                if !han.isEmpty { flush() }
                latin.append(character)
            } else {
                flush()
            }
        }
        flush()
        return pieces
    }

    /// The products that `words` may name this way: the one that clearly does (3 pieces in 4, no
    /// other close), else the close ones to choose from. Candidates come from searching its first
    /// and last Chinese pair.
    static func find(_ words: String, in commerce: Commerce) throws -> [Product] {
        let all = pieces(of: words)
        let han = all.filter { $0.unicodeScalars.contains(where: Language.isHan) }
        guard all.count >= 2, let first = han.first, let last = han.last else { return [] }
        var candidates: [String: Product] = [:]
        for piece in Set([first, last]) {
            for product in try commerce.search(SearchQuery(text: piece, limit: 200)) { candidates[product.sku] = product }
        }
        var close: [(product: Product, score: Double)] = []
        for product in candidates.values {
            let match = score(words, product)
            if match >= 0.6 { close.append((product, match)) }
        }
        close.sort { left, right in left.score != right.score ? left.score > right.score : left.product.sku < right.product.sku }
        guard let best = close.first else { return [] }
        if best.score >= 0.75, close.count == 1 { return [best.product] }
        return close.prefix(5).map { $0.product }
    }
}
