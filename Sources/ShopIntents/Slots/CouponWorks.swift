import ShopText

/// "wait does my welcome coupon work on this?", "will the 10% coupon apply to my cart": whether
/// a coupon takes something off, which a quote of the cart answers (read whole: a look at reviews
/// of "welcome", or nothing). "u said i got a coupon?" asks to see them; "any coupons from the
/// lenovo store rn? ill take one" claims one (it added one of something to the cart).
enum CouponWorks {
    static func asks(_ text: String) -> Bool {
        guard text.contains("coupon") || text.contains("Coupon") else { return false }
        let words = text.quickLowercased().split(whereSeparator: { $0 == " " || $0 == "?" || $0 == "," }).drop {
            ["wait", "ok", "so", "hey", "hmm", "btw", "and", "oh", "quick", "question"].contains($0)
        }
        guard let first = words.first, ["does", "do", "will", "would", "can", "could", "is"].contains(first) else { return false }
        return words.contains { $0.hasPrefix("coupon") } && words.contains { ["work", "apply", "count", "valid", "usable"].contains($0) }
    }

    /// "u said i got a coupon?", "you said i have coupons": the coupons held.
    static func asksWhatIsHeld(_ text: String) -> Bool {
        guard text.contains("coupon") else { return false }
        let lowered = text.quickLowercased()
        return ["u said i", "you said i", "did you say i", "did u say i"].contains(where: lowered.contains)
            && [" got", " have", " get"].contains(where: lowered.contains)
    }

    /// The clause before "ill take one" when it asks about coupons.
    static func takingOneOf(_ text: String) -> String? {
        guard text.contains("coupon"), let mark = text.lastIndex(where: { "?,.!".contains($0) }) else { return nil }
        let after = text[text.index(after: mark)...].trimmingCharacters().quickLowercased()
        guard
            ["ill take one", "i'll take one", "i will take one", "ill take it", "i'll take it", "gimme one", "give me one"].contains(after)
        else { return nil }
        return String(text[...mark])
    }
}
