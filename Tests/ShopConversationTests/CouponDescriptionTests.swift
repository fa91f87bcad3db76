import ShopCommerce
import Testing

@testable import ShopConversation

/// A coupon named by what it takes off (stop 51): "还是用打九折那张吧", "用减10块那张", "use the 10%
/// off one".
@Suite struct CouponDescriptionTests {
    @Test(
        arguments: [
            ("还是用打九折那张吧", 90), ("八五折的", 85), ("用9.5折那张", 95), ("85折那张", 85), ("9折", 90), ("use the 15% off one", 85),
        ] as [(String, Int64)])
    func aPercentagePaid(_ said: String, _ percent: Int64) {
        #expect(CouponDescription.percentPaid(said) == percent, "\(said)")
        #expect(CouponDescription(said)?.fit == .pays(percent: percent), "\(said)")
    }

    @Test(arguments: [("用减10块那张", 1000), ("满200减20的", 2000), ("the 10 off one", 1000), ("use the ¥15 off one", 1500)] as [(String, Int64)])
    func anAmountSaved(_ said: String, _ fen: Int64) {
        #expect(CouponDescription(said)?.fit == .saves(fen: fen), "\(said)")
    }

    @Test func kindsSaid() {
        #expect(CouponDescription("用满减那张")?.fit == .kind(.threshold))
        #expect(CouponDescription("用包邮那张")?.fit == .kind(.shipping))
        #expect(CouponDescription("用打折的那张")?.fit == .kind(.percent))
        #expect(CouponDescription("用无门槛的")?.fit == .kind(.fixed))
    }

    @Test(arguments: ["用那张", "use the other one", "减一减", "减99999999999999999999"])
    func nothingSaidOfWhatItTakesOff(_ said: String) {
        #expect(CouponDescription(said) == nil, "\(said)")
    }

    @Test func matchesByWhatItTakesOff() {
        let ten = Coupon(code: "ZHE9", kind: .percent, minSpend: 0, off: 0, pct: 90)
        let cut = Coupon(code: "JIAN10", kind: .fixed, minSpend: 0, off: 1000, pct: 100)
        let fits = CouponDescription("还是用打九折那张吧")!
        #expect(fits.matches(ten) && !fits.matches(cut))
        let saves = CouponDescription("用减10块那张")!
        #expect(saves.matches(cut) && !saves.matches(ten))
    }
}
