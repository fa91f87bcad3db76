import ShopIntents

/// Every page of the message catalog, for the completeness test: a page missing here is found
/// by that test, which reads the `Messages/` folder.
enum MessageCatalog {
    static let pages: [any Phrasebook.Type] = [
        CartText.self, ChatText.self, ChoiceText.self, GeneralText.self, RefusalText.self, EventText.self, CheckoutText.self,
        RedPacketText.self, CatalogText.self, StoreText.self, ReviewText.self, CommandText.self, StatsText.self,
        SocialText.self, GroupBuyText.self, OrderText.self, CouponText.self, PointsText.self,
        StructuredText.self, PriceProtectionText.self, ReturnText.self, FlashText.self, BargainText.self, AddressText.self,
    ]

    /// Each page's name and the texts of its samples in `lang`.
    static func samples(in lang: Language) -> [(page: String, sample: String, text: String)] {
        pages.flatMap { page in page.renderedSamples(lang) }
    }
}

extension Phrasebook {
    static func renderedSamples(_ lang: Language) -> [(page: String, sample: String, text: String)] {
        samples.map { (String(describing: Self.self), Self.caseName(of: $0), $0.text(lang)) }
    }

    /// The case a sample is ("added" of `.added(…)`), for counting which cases the samples cover.
    static func caseName(of sample: Self) -> String {
        let mirror = Mirror(reflecting: sample)
        if mirror.displayStyle == .enum, let label = mirror.children.first?.label { return label }
        return mirror.displayStyle == .enum ? String(describing: sample) : String(describing: Self.self)
    }
}
