import ShopCommerce
import ShopIntents

/// A page of the message catalog: each case is one thing the shop says, with typed arguments,
/// and `text` writes it in either language. Both languages are written side by side, in one
/// switch, so a sentence can't exist in one language only (the compiler checks that), and
/// `samples` lets a test read every case in Chinese and check that no English was left in it.
///
/// Foundation's localisation isn't used: on Linux `String(localized:)` is missing and `.lproj`
/// lookup follows the process locale, while here every turn picks its own language.
protocol Phrasebook: Sendable {
    func text(_ lang: Language) -> String
    /// At least one value of every case, with arguments like real ones.
    static var samples: [Self] { get }
}

extension Language {
    /// The English or the Chinese sentence; only the chosen one is built.
    @inline(__always)
    public func pick(_ en: @autoclosure () -> String, _ zh: @autoclosure () -> String) -> String {
        self == .zh ? zh() : en()
    }

    /// Items of a list: "a, b and c" / "a、b和c".
    func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return pick(
            items.dropLast().joined(separator: ", ") + " and " + items.last!,
            items.dropLast().joined(separator: "、") + "和" + items.last!)
    }

    /// Choices: "a, b or c" / "a、b还是c".
    func alternatives(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return pick(
            items.dropLast().joined(separator: ", ") + " or " + items.last!,
            items.dropLast().joined(separator: "、") + "还是" + items.last!)
    }

    /// An utterance to say, quoted: "check out" / “结算”.
    func quote(_ text: String) -> String {
        pick("\"\(text)\"", "“\(text)”")
    }
}

extension Phrasebook {
    /// "free shipping" / "shipping ¥8.00" (包邮 / 运费¥8.00), for one-unit previews.
    static func shippingWords(_ shipping: Int64, _ lang: Language) -> String {
        shipping == 0 ? lang.pick("free shipping", "包邮") : lang.pick("shipping \(Money.format(shipping))", "运费\(Money.format(shipping))")
    }
}
