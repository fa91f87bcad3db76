import ShopText

/// "my daughter says you can ask friends to cut the price? lets do that please" (a bargain of
/// "daughter says"), "start a group buy for it, leo and nina from work want one too" (of "leo and
/// nina"): English words in a product slot that name nothing the shop has, of a request made of
/// one product, are who said it or who else wants it. The product is then the one pointed at, or
/// the one in focus.
extension IntentEngine {
    func withoutStrayProduct(_ reading: Parse, _ text: String) -> Parse {
        guard Self.actsOnOneProduct.contains(reading.intent), let words = Self.namedWords(in: reading.slots[.product]),
            !words.unicodeScalars.contains(where: Language.isHan), !BuyingWords.namesCatalogThing(words, engine: self)
        else { return reading }
        var reading = reading
        let pointed = Analysis(text, extractor: extractor).has(.this)
        reading.slots[.product] = pointed ? .string("this") : nil
        return reading
    }

    private static let actsOnOneProduct: Set<IntentName> = [.bargainStart, .groupbuyStart, .shareProduct]
}
