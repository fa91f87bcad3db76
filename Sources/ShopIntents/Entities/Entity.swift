/// A span of tokens that the extractors recognised, with its normalised value.
struct Entity: Sendable, Equatable {
    enum Kind: UInt8, Sendable {
        /// `P1002`
        case sku
        /// "the second one", "#2", "第二个" → `value`
        case ordinal
        /// "the first two", "前三个" → `list`
        case ordinals
        /// "20", "twenty", "二十" → `value` in hundredths
        case number
        /// "¥20", "20 yuan", "二十块" → `value` in fen
        case money
        /// "under 300" → `value` in fen; "over 300"; "between 3000 and 5000" → `value`…`value2`
        case priceBelow, priceAbove, priceBetween
        /// "cheapest first" → `text` = price_asc
        case sort
        /// "this", "it", "这个"; "those", "them", "这些"; "this store", "这家店"
        case this, those, thisStore
        /// "my friends", "朋友圈"
        case friends, moments
        /// "@bob" → `text` = bob
        case mention
        /// "the family group", "#family", "家人群" → `text` = family
        case group
        /// "split evenly" → `text` = equal
        case mode
        /// "5 stars", "五星" → `value`
        case rating
        /// "5 ways", "3 people" → `value`
        case count
        /// A code-looking word: letters with digits ("save50", "k7q2xm") → `text` upper-cased
        case code
        /// A catalog or user word from the lexicon; see `lexicon`.
        case lexicon
    }

    var kind: Kind
    /// Token range (half-open).
    var start: Int
    var end: Int
    var value: Int64 = 0
    var value2: Int64 = 0
    var text: String = ""
    var list: [Int64] = []
    /// For `.lexicon`: what the phrase can mean.
    var lexicon: Int32 = -1

    var range: Range<Int> { start..<end }

    /// An ``Kind/ordinal``'s value for "the last one", "最后那个": the list's last, however long.
    static let last: Int64 = -1
}
