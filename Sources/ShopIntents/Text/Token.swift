/// One token of a normalised utterance: an English word, a number, one Chinese character, a
/// symbol that carries meaning (`@`, `#`, `¥`), or a clause break (`,` `。` `!`).
struct Token: Sendable, Equatable {
    enum Kind: UInt8, Sendable {
        case word, number, cjk, symbol, clauseBreak
    }

    var kind: Kind
    /// Scalar offsets into `Utterance.text` (half-open).
    var start: Int32
    var end: Int32
    /// FNV-1a hash of the normalised scalars; words are compared by hash, never by `String`.
    var hash: UInt64
    /// The original spelling was all upper case letters (and digits), as codes often are ("TEN").
    var wasUpperCase: Bool

    var length: Int { Int(end - start) }
}
