import ShopText

/// The lexicon the training phrases are read with: the brands, stores and groups they annotate,
/// so that "[xiaomi](brand)" trains as a brand exactly as a catalog brand will parse at run time.
enum TrainingLexicon {
    static func make(_ phrases: [TrainingPhrase]) -> Lexicon {
        var lexicon = Lexicon()
        var brands: Set<String> = []
        for phrase in phrases {
            for slot in phrase.slots {
                switch slot.name {
                case "brand": brands.insert(slot.surface)
                case "store":
                    let lower = slot.surface.quickLowercased()
                    if !["this ", "the ", "that "].contains(where: lower.hasPrefix), !lower.hasPrefix("这") {
                        lexicon.stores[lower, default: []].append(lower)
                    }
                default: break
                }
            }
        }
        lexicon.brands = brands.sorted()
        return lexicon
    }
}
