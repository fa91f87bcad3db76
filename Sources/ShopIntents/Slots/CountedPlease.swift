import ShopText

/// "ok 2 sets, my bedroom has 2 windows", "i have 2 windows so 2 sets pls", "ok the cheaper one,
/// 2 cans pls": an English clause that is only a count of what things come in is an order of that
/// many of the one in view (or of the one another clause picks); the rest is why. Read whole, the
/// other numbers and words won (a window's count, an order tracked, a search by price).
enum CountedPlease {
    /// The count and the other clauses, or nil.
    static func split(_ text: String) -> (count: Int64, rest: [String])? {
        // Asked of every English utterance: a break between clauses, then a digit or a word of a
        // count (a first version without the break cost parsing a sixth of its time).
        guard text.utf8.count <= 80,
            text.containsByte(where: { $0 == 0x2C || $0 == 0x2E || $0 == 0x21 || $0 == 0x3F || $0 == 0x3B }) || text.contains(" so "),
            !text.containsByte(where: { $0 >= 0xE3 }),
            text.containsByte(where: { (0x30...0x39).contains($0) }) || text.contains("a pair") || text.contains(" two ")
                || text.hasPrefix("two ")
        else { return nil }
        let lowered = text.quickLowercased()
        var clauses: [String] = []
        for piece in lowered.split(whereSeparator: { ",.!?;".contains($0) }) {
            // "… so 2 sets pls": "so" parts the why from the request.
            clauses += piece.split(separator: " so ").map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
        }
        guard clauses.count >= 2 else { return nil }
        var found: (index: Int, count: Int64)?
        for (index, clause) in clauses.enumerated() {
            guard let count = count(of: clause) else { continue }
            if found != nil { return nil }
            found = (index, count)
        }
        guard let found else { return nil }
        var rest = clauses
        rest.remove(at: found.index)
        return (found.count, rest)
    }

    /// The count of a clause that is nothing else: "2 sets pls", "ok 2 sets", "a pair then".
    static func count(of clause: String) -> Int64? {
        var words = clause.split(separator: " ").map(String.init)
        while let first = words.first, openers.contains(first) { words.removeFirst() }
        while let last = words.last, closers.contains(last) { words.removeLast() }
        guard words.count == 2, units.contains(words[1]) else { return nil }
        if let digits = Int64(words[0]), (1...999).contains(digits) { return digits }
        return numbers[words[0]]
    }

    static let openers: Set<String> = ["ok", "okay", "alright", "fine", "then", "just", "and", "also", "get", "take", "ill", "i'll"]
    static let closers: Set<String> = ["pls", "plz", "please", "then", "thx", "thanks", "lol", "too"]
    static let units: Set<String> = [
        "sets", "set", "cans", "can", "packs", "pack", "bags", "bag", "boxes", "box", "bottles", "bottle", "pairs", "pair", "tubes",
        "cases", "case", "pcs", "pieces", "units", "tins", "jars", "rolls", "bars", "cartons", "carton",
    ]
    static let numbers: [String: Int64] = ["a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6]
}

extension IntentEngine {
    /// `cart.add` of the count `CountedPlease` finds, of the one another clause picks ("the
    /// cheaper one") or the one in view; nil when another clause asks something of its own.
    func countedPlease(_ text: String) -> Parse? {
        guard let (count, rest) = CountedPlease.split(text) else { return nil }
        var product: SlotValue = .string("this")
        for clause in rest {
            let reading = parse(clause)
            if reading.intent == .cartAdd, reading.confidence >= 0.9, let picked = reading.slots[.product] {
                product = picked
                continue
            }
            // A reason asks nothing of the shop, and names nothing it has.
            guard reading.confidence < 0.9 || BuyingWords.chat.contains(reading.intent),
                !BuyingWords.namesCatalogThing(clause, engine: self)
            else { return nil }
        }
        return Parse(intent: .cartAdd, confidence: 0.9, slots: [.product: product, .quantity: .int(count)])
    }
}
