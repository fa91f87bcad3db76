import ShopText

/// Money and price bounds: "¥20", "20 yuan", "二十块", "under 300", "3000到5000之间".
extension EntityExtractor {
    func money(_ u: Utterance, at i: Int) -> Entity? {
        guard let reading = NumberReader.read(u, at: i + 1), u.tokens[i + 1].kind != .word || reading.end > i + 1 else { return nil }
        var end = skipCurrency(u, reading.end)
        var fen = reading.hundredths
        end = jiao(u, end, &fen)
        if let bound = priceAfter(u, end) {
            return Entity(kind: bound.kind, start: i, end: bound.end, value: fen)
        }
        if let range = rangeRest(u, from: end, low: fen, start: i, requireMarker: false) { return range }
        return Entity(kind: .money, start: i, end: end, value: fen)
    }

    /// Skips "yuan", "rmb", "元", "块", "块钱" after a number; returns the new position.
    func skipCurrency(_ u: Utterance, _ i: Int) -> Int {
        guard i < u.tokens.count else { return i }
        let token = u.tokens[i]
        if token.kind == .word, Word.currencyWords.contains(token.hash) { return i + 1 }
        if token.kind == .cjk, token.hash == Word.zhYuan || token.hash == Word.zhKuai {
            if i + 1 < u.tokens.count, u.tokens[i + 1].hash == Word.zhQianMoney { return i + 2 }
            return i + 1
        }
        return i
    }

    func hasCurrency(_ u: Utterance, _ i: Int) -> Bool { skipCurrency(u, i) > i }

    /// "两块五": a digit right after 块/元 counts ten fen each.
    func jiao(_ u: Utterance, _ i: Int, _ fen: inout Int64) -> Int {
        guard i > 0, i < u.tokens.count, u.tokens[i - 1].kind == .cjk,
            u.tokens[i - 1].hash == Word.zhKuai || u.tokens[i - 1].hash == Word.zhYuan,
            u.tokens[i].kind == .cjk || u.tokens[i].kind == .number,
            // Written right after 块 ("50块5"), not after a space ("50块 5个" is ¥50 for 5 people).
            u.tokens[i].start == u.tokens[i - 1].end,
            let reading = NumberReader.read(u, at: i), reading.whole < 10, reading.isWhole
        else { return i }
        // "50块5个": a classifier after the digit makes it a count, not jiao.
        if reading.end < u.tokens.count, u.tokens[reading.end].kind == .cjk,
            [0x4E2A, 0x4EBA, 0x4EFD, 0x4F4D].contains(u.text[Int(u.tokens[reading.end].start)])
        {
            return i
        }
        fen += reading.whole * 10
        var end = reading.end
        if end < u.tokens.count, u.tokens[end].hash == Word.zhJiao || u.tokens[end].hash == Word.zhMao { end += 1 }
        return end
    }

    func priceAfter(_ u: Utterance, _ i: Int) -> (kind: Entity.Kind, end: Int)? {
        guard i < u.tokens.count else { return nil }
        let claimed = [Bool](repeating: false, count: u.tokens.count + 1)
        guard let (meaning, end) = PriceKeywords.afterTable.longestMatch(u, at: i, claimed: claimed),
            let kind = PriceKeywords.afterTable.meanings[Int(meaning)].builtin
        else { return nil }
        return (kind, end)
    }

    /// A bound that starts with its keyword: "under 300", "between 3000 and 5000", "不超过300".
    func priceBound(_ u: Utterance, at i: Int, claimed: [Bool]) -> Entity? {
        guard let (meaning, keywordEnd) = PriceKeywords.table.longestMatch(u, at: i, claimed: claimed),
            let kind = PriceKeywords.table.meanings[Int(meaning)].builtin
        else { return nil }
        var j = keywordEnd
        var marked = false
        if j < u.tokens.count, u.tokens[j].kind == .symbol, u.text[Int(u.tokens[j].start)] == 0xA5 || u.text[Int(u.tokens[j].start)] == 0x24
        {
            j += 1
            marked = true
        }
        guard j < u.tokens.count, let reading = NumberReader.read(u, at: j) else { return nil }
        // Word numbers only with a money marker: "under two" is not a price.
        if u.tokens[j].kind == .word, !marked, !hasCurrency(u, reading.end) { return nil }
        var end = skipCurrency(u, reading.end)
        marked = marked || end > reading.end
        var fen = reading.hundredths
        end = jiao(u, end, &fen)
        if kind == .priceBetween {
            let isFrom = u.tokens[i].hash == Word.from || u.tokens[i].hash == Word.h("从") || u.tokens[i].hash == Word.h("在")
            if let range = rangeRest(u, from: end, low: fen, start: i, requireMarker: isFrom && !marked) { return range }
            if isFrom, marked { return Entity(kind: .priceAbove, start: i, end: end, value: fen) }
            return nil
        }
        if end < u.tokens.count, u.tokens[end].hash == Word.h("的") { end += 0 }
        return Entity(kind: kind, start: i, end: end, value: fen)
    }

    /// The rest of a range after its low end: "… and 5000", "…-5000元", "…到5000之间".
    func rangeRest(_ u: Utterance, from i: Int, low: Int64, start: Int, requireMarker: Bool) -> Entity? {
        guard i + 1 < u.tokens.count, PriceKeywords.joiners.contains(u.tokens[i].hash) else { return nil }
        var j = i + 1
        var marked = false
        if u.tokens[j].kind == .symbol, u.text[Int(u.tokens[j].start)] == 0xA5 || u.text[Int(u.tokens[j].start)] == 0x24 {
            j += 1
            marked = true
        }
        guard j < u.tokens.count, u.tokens[j].kind != .word, let reading = NumberReader.read(u, at: j) else { return nil }
        var end = skipCurrency(u, reading.end)
        marked = marked || end > reading.end
        var high = reading.hundredths
        end = jiao(u, end, &high)
        guard high > low else { return nil }
        if requireMarker, !marked, high < 5000 { return nil }
        let claimed = [Bool](repeating: false, count: u.tokens.count + 1)
        if let (_, tailEnd) = PriceKeywords.tails.longestMatch(u, at: end, claimed: claimed) { end = tailEnd }
        return Entity(kind: .priceBetween, start: start, end: end, value: low, value2: high)
    }
}
