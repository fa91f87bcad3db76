import ShopCommerce
import Testing

@testable import ShopConversation

/// A brand said alone among products compared is narrowed by what else was said
/// (ProductResolver.narrowed); a coupon question names its store by its opening words.
@Suite struct BrandComparedTests {
    let diapers = [
        Product(
            sku: "D1", name: "Pampers Diapers NB 84", nameZh: "帮宝适 纸尿裤 NB 84片", brand: "Pampers", category: "baby", store: "jd",
            price: 13_900, stock: 9),
        Product(
            sku: "D2", name: "Pampers Diapers M 62", nameZh: "帮宝适 纸尿裤 M 62片", brand: "Pampers", category: "baby", store: "jd",
            price: 14_900, stock: 9),
        Product(
            sku: "D3", name: "Pampers Baby Wipes", nameZh: "帮宝适 婴儿湿巾", brand: "Pampers", category: "baby", store: "jd", price: 5_990,
            stock: 9),
    ]

    @Test func aSizeSaidBesideTheOtherBrandPicksOne() {
        let said = "帮宝适和好奇的M号纸尿裤哪个划算啊"
        #expect(ProductResolver.narrowed(diapers, bySaid: said, besides: "帮宝适")?.sku == "D2")
    }

    @Test func aTieIsLeftUnlessTheFirstIsTaken() {
        // 纸尿 and 尿裤 are in both diapers' names: none is guessed, unless the first is asked for.
        let said = "帮宝适和好奇的纸尿裤哪个好"
        #expect(ProductResolver.narrowed(diapers, bySaid: said, besides: "帮宝适") == nil)
        #expect(ProductResolver.narrowed(diapers, bySaid: said, besides: "帮宝适", firstOfTies: true)?.sku == "D1")
    }

    @Test func englishWordsCountAsWholeWords() {
        #expect(ProductResolver.narrowed(diapers, bySaid: "the pampers or the huggies wipes", besides: "pampers")?.sku == "D3")
        // Nothing else said that a name holds: no guess.
        #expect(ProductResolver.narrowed(diapers, bySaid: "pampers or huggies", besides: "pampers", firstOfTies: true) == nil)
    }

    @Test func onlyABrandSaidAloneIsNarrowed() {
        #expect(ProductResolver.narrowed(diapers, bySaid: "纸尿裤和湿巾哪个好 M号", besides: "纸尿裤") == nil)
    }

    @Test func aCouponQuestionOpensWithTheStore() {
        #expect(Conversation.couponTopic("严选有券吗") == "严选")
        #expect(Conversation.couponTopic("严选店有卷没") == "严选")
        #expect(Conversation.couponTopic("有券吗") == nil)
        #expect(Conversation.couponTopic("any coupons") == nil)
        #expect(Conversation.pointsAtThem("any coupons from them?"))
        #expect(!Conversation.pointsAtThem("any coupons for the mother of the bride"))
    }
}
