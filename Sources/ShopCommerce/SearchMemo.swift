/// What one turn's searches have read of the catalog's index: its version and how many products
/// hold each term. A turn reads each once, however many searches it makes: the conversation's
/// probes and fallbacks (a model number looked up alone, a guessed category dropped) read them
/// again and again, a round trip each on PostgreSQL (13 statements for one search turn). Only
/// within a turn: the next may follow an import. A reference, as the turn's use cases share it.
public final class SearchMemo {
    /// The catalog's identity and version, once read (`.some(nil)`: the store has none).
    var catalog: (id: String, version: Int64)??
    var counts: [String: Int64] = [:]

    public init() {}
}
