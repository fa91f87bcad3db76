import ShopCommerce
import Synchronization

/// Search terms of texts met again and again within and across turns: the words a product is
/// resolved by ("the socks", tried on each product of the cart and of the list on screen) and
/// each candidate's names. Made anew, they were 7 % of a scripted session's time (perf, stop 26).
/// Bounded: when full it starts over, as the turns that repeat refill it.
final class TermMemo: Sendable {
    private let entries = Mutex<[String: Set<String>]>([:])
    private let capacity: Int
    private let make: @Sendable (String) -> Set<String>

    init(capacity: Int, make: @escaping @Sendable (String) -> Set<String>) {
        self.capacity = capacity
        self.make = make
    }

    func terms(of text: String) -> Set<String> {
        if let known = entries.withLock({ $0[text] }) { return known }
        let terms = make(text)
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[text] = terms
        }
        return terms
    }

    /// What words say, as a search reads them.
    static let said = TermMemo(capacity: 4_096) { Set(SearchTerms.query(ProductResolver.folded($0))) }
    /// A product's names (its fields joined by a character no name has), as the catalog indexes them.
    static let named = TermMemo(capacity: 16_384) { joined in
        Set(
            SearchTerms.document(
                joined.split(separator: "\u{1}", omittingEmptySubsequences: false).map { ProductResolver.folded(String($0)) }))
    }
}
