import Testing

@testable import ShopConversation

/// A Chinese name ends on what the thing is (ProductResolver.headNamed): "贝亲奶瓶" is the bottle,
/// not the cleanser whose name has the words before more Chinese.
@Suite struct HeadNounTests {
    let names = [["贝亲奶瓶清洗剂700ml"], ["贝亲宽口径玻璃奶瓶160ml"], ["好孩子轻便婴儿推车"]]

    @Test func theNameEndingOnTheWordsIsMeant() {
        #expect(ProductResolver.headNamed("贝亲奶瓶", in: names, besides: 0) == 1)
    }

    @Test func noHeadWhenTheWrittenNameEndsTheWordItself() {
        // The cleanser named whole ends a word: no other product is looked for.
        #expect(ProductResolver.headNamed("奶瓶清洗剂", in: names, besides: 0) == nil)
        // Two that end on the words: none is guessed.
        let two = names + [["贝亲玻璃奶瓶240ml"]]
        #expect(ProductResolver.headNamed("贝亲奶瓶", in: two, besides: 0) == nil)
        // English words are no Chinese head.
        #expect(ProductResolver.headNamed("bottle", in: [["bottlecleaner"], ["glassbottle"]], besides: 0) == nil)
    }

    @Test func endsRunLooksPastEarlierOccurrences() {
        #expect(ProductResolver.endsRun("奶瓶清洗剂奶瓶", "奶瓶"))
        #expect(!ProductResolver.endsRun("奶瓶清洗剂", "奶瓶"))
        #expect(ProductResolver.endsRun("玻璃奶瓶160ml", "奶瓶"))
    }
}
