import ShopText

extension IntentEngine {
    /// "eh scratch the candle, our smoke alarm goes off …", "ditch the mouse": the first clause
    /// said as "remove the …" (read whole: nothing, or a flash buy of the candle).
    static func takenOut(_ text: String) -> String? {
        // Asked of every utterance: the verb and "the" before any splitting (a first version split
        // every English utterance with "the", a tenth of parsing).
        guard text.contains("the"), Self.takingOutVerbs.contains(where: { text.contains($0) }), !text.containsByte(where: { $0 >= 0xE3 })
        else { return nil }
        let lowered = text.quickLowercased()
        guard let first = lowered.split(whereSeparator: { ",.!?;".contains($0) }).first else { return nil }
        let words = first.split(separator: " ").drop {
            ["eh", "ok", "okay", "actually", "nah", "hmm", "wait", "oh", "and", "also"].contains($0)
        }
        guard let verb = words.first, ["scratch", "ditch", "nix", "skip", "lose", "bin", "axe"].contains(verb),
            words.dropFirst().first == "the",
            words.count <= 6
        else { return nil }
        return "remove " + words.dropFirst().joined(separator: " ")
    }

    private static let takingOutVerbs = [
        "scratch the", "ditch the", "nix the", "skip the", "lose the", "bin the", "axe the", "Scratch the", "Ditch the", "Skip the",
    ]
}
