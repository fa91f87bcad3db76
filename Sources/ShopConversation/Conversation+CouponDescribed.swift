import ShopCommerce
import ShopIntents
import ShopText

/// "还是用打九折那张吧", "用减10块那张", "use the 10% off one": a coupon the shopper holds, named by
/// what it takes off instead of its code (it asked which coupon, or did not understand). Only
/// when exactly one coupon held and usable fits the words.
extension Conversation {
    func couponDescribed(_ turn: Turn) throws -> String? {
        guard turn.slots[.coupon] == nil, [.couponApply, .fallback, .checkout].contains(turn.parse.intent) else { return nil }
        // A word of what a coupon takes off, however cased, before any other work.
        guard ["折", "减", "%", "off", "包邮", "运费", "shipping", "门槛"].contains(where: { turn.text.contains($0) }) else { return nil }
        let said = turn.text.lowercased()
        // Said of a coupon to use, not asked of a price ("这个打九折吗").
        guard turn.parse.intent == .couponApply || Self.usingWords.contains(where: said.contains),
            let fits = CouponDescription(said)
        else { return nil }
        let matching = try turn.commerce.usableCoupons(of: turn.user).filter(fits.matches)
        return matching.count == 1 ? matching[0].code : nil
    }

    private static let usingWords = ["用", "换成", "use", "apply", "switch"]
}

/// What a shopper's words say a coupon takes off: a percentage (九折, 八五折, 9.5折, "15% off"), an
/// amount (减10块, 满200减20, "10 off"), or a kind (满减, 包邮, 打折, 无门槛).
struct CouponDescription: Equatable {
    enum Fit: Equatable {
        case pays(percent: Int64)
        case saves(fen: Int64)
        case kind(Coupon.Kind)
    }

    let fit: Fit

    init?(_ said: String) {
        if let percent = Self.percentPaid(said) {
            fit = .pays(percent: percent)
        } else if let fen = Self.amountSaved(said) {
            fit = .saves(fen: fen)
        } else if said.contains("满减") {
            fit = .kind(.threshold)
        } else if ["包邮", "免运费", "运费券", "free shipping"].contains(where: said.contains) {
            fit = .kind(.shipping)
        } else if ["打折", "折扣"].contains(where: said.contains) {
            fit = .kind(.percent)
        } else if said.contains("无门槛") {
            fit = .kind(.fixed)
        } else {
            return nil
        }
    }

    func matches(_ coupon: Coupon) -> Bool {
        switch fit {
        case .pays(let percent): coupon.kind == .percent && coupon.pct == percent
        case .saves(let fen): (coupon.kind == .fixed || coupon.kind == .threshold) && coupon.off == fen
        case .kind(let kind): coupon.kind == kind
        }
    }

    /// 九折 → 90, 八五折 → 85, 9.5折 → 95, 85折 → 85, "15% off" → 85.
    static func percentPaid(_ said: String) -> Int64? {
        if let at = said.firstIndex(of: "折") {
            var digits = ""
            for character in said[..<at].reversed() {
                if let digit = character.wholeNumberValue ?? chineseDigits[character] {
                    digits = String(digit) + digits
                } else if character != "." {
                    break
                }
            }
            switch digits.count {
            case 1: return Int64(digits).map { $0 * 10 }
            case 2: return Int64(digits)
            default: return nil
            }
        }
        guard let percent = said.firstIndex(of: "%"), said[percent...].contains("off") else { return nil }
        let number = said[..<percent].reversed().prefix(while: \.isNumber)
        guard let off = Int64(String(number.reversed())), (1...99).contains(off) else { return nil }
        return 100 - off
    }

    /// 减10块 → 1000, 满200减20 → 2000, "10 off", "¥10 off" → 1000 (yuan, whole).
    static func amountSaved(_ said: String) -> Int64? {
        var number: Substring?
        if let cut = said.lastIndex(of: "减") {
            number = said[said.index(after: cut)...].prefix(while: \.isNumber)
        } else {
            let words = said.split(separator: " ")
            if let off = words.firstIndex(of: "off"), off > words.startIndex {
                number = words[off - 1].drop(while: { "¥$".contains($0) })
            }
        }
        guard let number, !number.isEmpty, number.allSatisfy(\.isASCII), let yuan = Int64(number), (1...100_000).contains(yuan)
        else { return nil }
        return yuan * 100
    }

    private static let chineseDigits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
}
