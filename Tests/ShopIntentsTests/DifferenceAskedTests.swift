import Testing

@testable import ShopIntents

/// How two things differ, asked in Chinese (差在哪, 差多少, 有啥区别), compares them (stop 50): it
/// tracked an order, searched "无线鼠标差" or showed one of them.
@Suite struct DifferenceAskedTests {
    let engine = IntentEngine(lexicon: .demo)

    func compared(_ text: String) -> [SlotValue]? {
        let parse = engine.parse(text)
        guard parse.intent == .productCompare, case .list(let items)? = parse.slots[.products] else { return nil }
        return items
    }

    @Test func oneSetAgainstTheOneInViewBeforeARemark() {
        #expect(compared("跟小米平板6比差在哪 贵了一千呢") == [.string("this"), .string("小米平板6")])
        #expect(compared("两千九…超预算了😭 跟米家那个比比差在哪") == [.string("this"), .string("米家")])
    }

    @Test func twoNamedAndTheirDifferenceAsked() {
        #expect(compared("想换个电动牙刷 欧乐b的io3跟米家那个有啥区别啊") == [.string("欧乐b的io3"), .string("米家")])
        #expect(compared("三千啊😰 米家那个H501跟它比差多少") == [.string("米家H501"), .string("this")])
    }

    @Test func anEnglishNamesWordsStayTogether() {
        #expect(compared("鼠标也想换个好点的 罗技mx master 3s跟联想那个无线鼠标差在哪") == [.string("罗技mx master 3s"), .string("联想无线鼠标")])
    }

    @Test func otherDifferencesAreNoComparison() {
        #expect(engine.parse("我的快递差在哪").intent == .orderTrack)
        #expect(engine.parse("还差多少包邮").intent == .cartQuote)
    }
}
