import Foundation
import ShopCommerce
import ShopIntents
import ShopText

/// A product asked about rather than bought: by a name only one product has ("看看九阳豆浆机",
/// "how much r the airtags"), or by pointing at the next one right after a page ("那海南芒果呢").
extension Conversation {
    /// "看看九阳豆浆机", "格力1.5匹空调多少钱", "好孩子安全座椅还有吗": a look, a price or stock asked
    /// of a name only one product has is that product's page, not a list of one.
    func oneProductAskedAbout(_ turn: Turn) throws -> String? {
        // "帮宝适NB码的纸尿裤多少钱" read as the wallet's money: a product's name says whose price.
        let readings: Set<IntentName> = [.catalogSearch, .fallback, .shareOpen, .walletShow]
        guard readings.contains(turn.parse.intent) else { return nil }
        let text = Self.trimmed(turn.text)
        var name = Substring(text)
        // "多少钱啊", "还有货吗？": the particle or mark after a question is no part of it.
        while let last = name.last, "啊呀呢哈嘛吧?？!！~～。 ".contains(last) { name = name.dropLast() }
        var asked = false
        // Every search passes here: the Chinese words are looked for only in text with Chinese.
        let hasChinese = text.containsByte { $0 >= 0xE0 }
        for lead in Self.lookWords where hasChinese && name.hasPrefix(lead) {
            name = name.dropFirst(lead.count)
            asked = true
            break
        }
        for tail in Self.askingTails where hasChinese && name.hasSuffix(tail) {
            name = name.dropLast(tail.count)
            asked = true
            // "米家电饭煲平时卖多少": when it is asked of is no part of the name either.
            for when in Self.askedWhen where name.hasSuffix(when) { name = name.dropLast(when.count) }
            break
        }
        if !asked, let english = Self.englishAsked(text) {
            name = Substring(english)
            asked = true
        }
        let words = name.trimmingCharacters(in: .whitespaces)
        guard asked, !words.isEmpty, words.count <= 40 else { return nil }
        return try ProductResolver.onlyProduct(named: words, in: turn.commerce)?.sku
    }

    /// "上面第三个呢" right after an add, with no word of buying or a count: a question about it,
    /// not another add.
    static func asksAfterAdding(_ turn: Turn) -> Bool {
        turn.session.justAdded == true && turn.parse.intent == .cartAdd && turn.parse.slots[.quantity] == nil
            && !saysBuying(turn.text.lowercased())
    }

    /// Whether lower-cased `text` holds a word of buying ("来", "要", "add", "buy"…).
    static func saysBuying(_ text: String) -> Bool {
        ["来", "要", "加", "买", "拿", "add", "buy", "get", "take"].contains(where: text.contains)
    }

    /// Right after a product's page, "那海南芒果呢", "上面第三个呢", "what about the second one":
    /// the page of what is named now (an ordinal of the list on screen, or one product's name).
    func anotherLookedAt(_ turn: Turn) throws -> SlotValue? {
        var text = Substring(turn.text.trimmingCharacters(in: .whitespaces))
        while let last = text.last, "?？!！。~ ".contains(last) { text = text.dropLast() }
        let lowered = text.lowercased()
        var words: Substring
        // "啊没货了 那海南芒果呢": the last clause asks; "没货了啊 那海南贵妃芒呢 她也爱吃芒果": the
        // last that ends in 呢, a remark after it.
        // (Not when what follows buys: "那烟台苹果呢 来一箱".)
        let asking = text.split(whereSeparator: { $0 == " " || $0 == "，" || $0 == "," }).last { $0.hasSuffix("呢") }
        if let asking, asking.count >= 3, !["来", "要", "买", "加", "下单", "拿"].contains(where: text[asking.endIndex...].contains) {
            words = asking.dropLast()
            for lead in ["那个", "那", "还有", "上面"] where words.hasPrefix(lead) && words.count > lead.count + 1 {
                words = words.dropFirst(lead.count)
                break
            }
        } else if let lead = ["what about ", "how about "].first(where: lowered.hasPrefix) {
            words = Substring(lowered.dropFirst(lead.count))
        } else {
            return nil
        }
        let named = words.trimmingCharacters(in: .whitespaces)
        guard !named.isEmpty, named.count <= 40 else { return nil }
        // An ordinal of the list on screen ("第三个", "the second one").
        if case .int(let ordinal)? = lexicon.engine.slots(named, as: .productShow)[.product], ordinal >= 1,
            ordinal <= turn.session.results.count
        {
            return .int(ordinal)
        }
        return try ProductResolver.onlyProduct(named: named, in: turn.commerce).map { .string($0.sku) }
    }

    /// The name in "how much r the airtags", "is the sk-ii sold out now", "is the kindle still in
    /// stock": a price or stock asked in English (one product's name makes it its page).
    static func englishAsked(_ text: String) -> String? {
        guard text.first?.isASCII == true else { return nil }
        var lowered = Substring(text.lowercased())
        while let last = lowered.last, "?!. ".contains(last) { lowered = lowered.dropLast() }
        for tail in [" now", " rn", " today", " normally"] where lowered.hasSuffix(tail) { lowered = lowered.dropLast(tail.count) }
        if let lead = ["how much are the ", "how much r the ", "how much are ", "how much r "].first(where: lowered.hasPrefix) {
            return String(lowered.dropFirst(lead.count))
        }
        guard let lead = ["is the ", "are the ", "is ", "are "].first(where: lowered.hasPrefix),
            let tail = [" sold out", " still in stock", " in stock", " still available", " available"].first(where: lowered.hasSuffix)
        else { return nil }
        let name = lowered.dropFirst(lead.count).dropLast(tail.count)
        return ["it", "this", "that", "they", "these", "those"].contains(String(name)) ? nil : String(name)
    }

    static let lookWords = ["看看", "看下", "看一下", "瞧瞧"]
    static let askingTails = [
        "这本书多少钱", "多少钱一个", "多少钱", "卖多少钱", "卖多少", "原价多少", "什么价", "啥价", "还有货吗", "还有吗", "怎么样", "咋样", "有货吗",
    ]
    static let askedWhen = ["平时", "现在", "一般", "目前", "大概", "的"]
}
