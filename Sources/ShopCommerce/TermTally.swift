/// How many more (or fewer) products hold each search term: an import's changes to the term
/// counts (`SQLSession.recountSearchTerms(changes:)`).
///
/// Terms are hashed and compared by their UTF-8 bytes: String's own hashing normalises Unicode
/// first, and a Set and a Dictionary of Strings made counting a catalog's terms cost 20 µs a
/// product (4 s of 200,000 products), more than the rest of the import's work in Swift.
struct TermTally {
    private var counts: [Term: Int64] = [:]
    /// One product's terms, each once (reused: cleared, not freed).
    private var product: Set<Term> = Set(minimumCapacity: 256)

    /// Counts each term of `texts` (space-separated terms; a term in several counts once) as
    /// held by `step` more products.
    mutating func add(_ texts: [String], by step: Int64) {
        product.removeAll(keepingCapacity: true)
        for text in texts {
            for term in text.utf8.split(separator: 0x20) { product.insert(Term(Substring(term))) }
        }
        for term in product {
            if let index = counts.index(forKey: term) {
                counts.values[index] += step
            } else {
                // Its own copy: a Substring would keep the product's whole text alive.
                counts[Term(Substring(String(term.text)))] = step
            }
        }
    }

    /// The changes, those that cancelled out left out.
    var changes: [String: Int64] {
        var changes: [String: Int64] = [:]
        changes.reserveCapacity(counts.count)
        for (term, count) in counts where count != 0 { changes[String(term.text)] = count }
        return changes
    }

    private struct Term: Hashable {
        let text: Substring

        init(_ text: Substring) { self.text = text }

        func hash(into hasher: inout Hasher) {
            let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            if hashed == nil { for byte in text.utf8 { hasher.combine(byte) } }
        }

        static func == (left: Term, right: Term) -> Bool { left.text.utf8.elementsEqual(right.text.utf8) }
    }
}
