import ShopText

extension IntentEngine {
    /// "女儿住校 帮她囤点东西 苏菲卫生巾先来两包": read whole, the product is 住校, words no product,
    /// brand or store has, taken from a clause that asks for nothing; another clause read alone
    /// asks for something the shop has. That clause is the request; the others say why or for
    /// whom. "格力这个多少钱 一天能抽多少水啊" named "Gree 一天能抽" (the brand, and words of the
    /// question after it). With no clause naming a product, the one request among remarks of the
    /// whole reading's kind takes the product in focus ("三盒不够 再来一盒吧" looked for 戴, "还有货吧
    /// 别付了钱说没货" for 付了钱说). Nil when the whole reading's words all name something the shop
    /// has, or no clause does better.
    func groundedClause(_ text: String, over whole: Parse) -> Parse? {
        // Bytes first (asked of most shopping readings): a clause break, or a space in Chinese.
        let chinese = text.containsByte(where: { $0 >= 0xE3 })
        guard BuyingWords.shopping.contains(whole.intent),
            text.containsByte(where: { BuyingWords.isBreakByte($0) || (chinese && $0 == 0x20) }),
            let words = Self.namedWords(whole)
        else { return nil }
        // All of the words, or the Chinese ones among words that name something: an English word
        // the lexicon lacks beside a name is as likely part of it ("nanjiren cotton socks").
        let stray =
            BuyingWords.namesCatalogThing(words, engine: self)
            ? words.split(separator: " ").map(String.init).filter {
                $0.unicodeScalars.contains(where: Language.isHan) && !BuyingWords.namesCatalogThing($0, engine: self)
            } : [words]
        guard !stray.isEmpty else { return nil }
        let clauses = BuyingWords.clauses(of: text, spacesBreak: text.unicodeScalars.contains(where: Language.isHan))
        guard (2...4).contains(clauses.count) else { return nil }
        let readings = clauses.map { parse($0) }
        // (A search for nothing, "有点贵", is a remark.)
        let isRequest = readings.map {
            BuyingWords.shopping.contains($0.intent) && $0.confidence >= 0.9 && !($0.intent == .catalogSearch && $0.slots.isEmpty)
        }
        // The stray words are a remark's: no clause that holds them asks for anything alone.
        let lowered = clauses.map { $0.quickLowercased() }
        guard stray.allSatisfy({ piece in !lowered.indices.contains { lowered[$0].contains(piece) && isRequest[$0] } }) else { return nil }
        let requests = readings.indices.filter { isRequest[$0] }
        if let named = requests.last(where: { grounded(readings[$0]) }) { return readings[named] }
        // The one request left points at the product in focus.
        guard requests.count == 1, case let request = readings[requests[0]], request.intent == whole.intent,
            request.slots[.product] == nil, request.slots[.query] == nil
        else { return nil }
        return request
    }

    /// "ok whatever. rating them 2 stars", "nvm leo got his own 🙄 take the band out of my cart",
    /// "thx for the L bro 🙏 grab": English sentences, the last of which asks for something sure on
    /// its own, while the whole reading's product words name nothing the shop has and are not the
    /// last sentence's (whatever, leo, l bro): the last sentence is the request.
    func lastSentenceAsks(_ text: String, over whole: Parse) -> Parse? {
        // Bytes first (asked of most English readings): an emoji's lead byte, or . ? ! then a space.
        guard text.containsByte(where: { $0 >= 0xF0 }) || Self.hasSentenceEnd(text), !text.unicodeScalars.contains(where: Language.isHan),
            let words = Self.namedWords(whole), !BuyingWords.namesCatalogThing(words, engine: self)
        else { return nil }
        let sentences = Self.sentences(of: text)
        guard sentences.count >= 2, let last = sentences.last, !last.quickLowercased().contains(words.quickLowercased()) else { return nil }
        var reading = parse(last)
        guard reading.confidence >= 0.9, !BuyingWords.chat.contains(reading.intent), reading.alternatives.isEmpty else { return nil }
        // ("…😭 im a student so under 800 max. what phones u got": the budget said before.)
        if reading.intent == .catalogSearch, whole.intent == .catalogSearch {
            for slot in [SlotName.maxPrice, .minPrice] where reading.slots[slot] == nil { reading.slots[slot] = whole.slots[slot] }
        }
        return reading
    }

    static func hasSentenceEnd(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x20, previous == 0x2E || previous == 0x3F || previous == 0x21 { return true }
            previous = byte
        }
        return false
    }

    /// English sentences: parted by a full stop, question or exclamation mark before a space, or by
    /// an emoji ("nvm 🙄 take it out").
    static func sentences(of text: String) -> [String] {
        BuyingWords.pieces(of: text) { previous, character, _ in
            character.unicodeScalars.contains { $0.properties.isEmojiPresentation }
                || character == " " && previous.map { ".?!".contains($0) } == true
        }
    }

    /// A reading whose product or search words name something the shop has (or a code or SKU);
    /// a reference ("就它了") names nothing: the whole reading's words may be what it points at.
    private func grounded(_ reading: Parse) -> Bool {
        Self.namedWords(reading).map { BuyingWords.namesCatalogThing($0, engine: self) } ?? false
    }

    /// A reading's product or search words, unless they point at the screen ("this", "it", "1"
    /// an ordinal) rather than name a product.
    static func namedWords(_ reading: Parse) -> String? {
        namedWords(in: reading.slots[.product] ?? reading.slots[.query])
    }

    /// A slot's words, unless they point at the screen.
    static func namedWords(in value: SlotValue?) -> String? {
        guard case .string(let words)? = value, !["this", "it", "that", "them", "those"].contains(words), !words.allSatisfy(\.isNumber)
        else { return nil }
        return words
    }
}
