import Foundation
import ShopCommerce
import ShopIntents
import ShopText

/// The one entry point of every front: a request in, a reply out.
///
/// A conversation belongs to one front (a REPL, a pipe, a JSON connection, a dialog run): it
/// holds that front's current user, clock and random source. Everything a user has said and
/// bought lives in the database, one transaction per turn.
///
/// ```swift
/// let conversation = try Conversation(database: SQLiteDatabase(path: ":memory:"))
/// let reply = conversation.handle(Request(text: "search rice cooker under 300", user: "alice"))
/// print(reply.text)              // words for the person
/// print(reply.data.jsonText)     // PROTOCOL.md §5 data for programs
/// for event in reply.events { }  // pushes for other users (a red envelope for bob)
/// ```
///
/// Not thread-safe: give each thread or connection a conversation of its own; they may share
/// one database and one ``IntentEngine`` (see ``init(database:engine:user:clock:seed:baseDirectory:)``).
public final class Conversation {
    /// The store every turn reads and writes, one transaction per turn.
    public let database: any ShopDatabase
    /// Who speaks when a request names no user; `/as` and `account.login` change it.
    public private(set) var currentUser: String
    /// Where "now" comes from: `.system`, or a fixed time that only `/clock` moves (replays).
    public var clock: ShopClock
    var random: SeededRandom
    /// The seed this conversation started from (its template passes it on).
    let seed: UInt64
    /// The session text last read or written, decoded: most turns find it unchanged.
    var lastSession: (user: String, state: String, session: Session)?
    /// Where relative paths of `/import` are read from.
    public var baseDirectory: String
    /// The intent engine, with the lexicon of this store's catalog; shared by every conversation
    /// opened from this one, so an `/import` anywhere in the process reaches them all.
    public var engine: IntentEngine { lexicon.engine }
    let lexicon: SharedEngine
    /// Whether operator commands (`/…`) run here: true for the operator's own fronts (REPL, pipe,
    /// dialogs), false for a gateway's users unless the operator proved who they are. Refused
    /// with `forbidden` otherwise (PROTOCOL.md §1).
    public var allowsOperatorCommands = true
    /// Whether an utterance may change who speaks ("log me in as alice"): only where the person
    /// at the keyboard owns the store (REPL, pipe). A gateway says who speaks.
    public var allowsUserSwitching = true
    /// The language of replies when nothing else says (`--lang`; PROTOCOL.md §4a).
    public var defaultLanguage: Language = .en

    /// Opens a conversation on `database`, filling a fresh store with the demo catalog and
    /// training an engine on its words (some milliseconds: share it for many conversations).
    ///
    /// - Parameters:
    ///   - user: the starting user.
    ///   - clock: the source of time; `.fixed(date)` makes runs repeatable.
    ///   - seed: seeds the generator behind red-envelope splits and share codes.
    ///   - baseDirectory: where relative `/import` paths are read from.
    public init(
        database: any ShopDatabase, user: String = "guest", clock: ShopClock = .system, seed: UInt64 = 1,
        baseDirectory: String = FileManager.default.currentDirectoryPath
    ) throws {
        self.database = database
        self.currentUser = Self.normalizedUser(user) ?? "guest"
        self.clock = clock
        self.random = SeededRandom(seed: seed)
        self.seed = seed
        self.baseDirectory = baseDirectory
        let now = clock.now()
        // Searches need it; made on another core while the engine trains.
        SearchTerms.prepareInBackground()
        try database.write { tx in try Commerce(tx, now: now).seedDemoCatalogIfNeeded() }
        lexicon = SharedEngine(IntentEngine(lexicon: try database.read { tx in try Self.lexicon(Commerce(tx, now: now)) }))
    }

    /// A conversation on a store that is already set up, sharing an engine already trained: what
    /// a server opens per connection, cheaply.
    public convenience init(
        database: any ShopDatabase, engine: IntentEngine, user: String = "guest", clock: ShopClock = .system, seed: UInt64 = 1,
        baseDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.init(database: database, sharing: SharedEngine(engine), user: user, clock: clock, seed: seed, baseDirectory: baseDirectory)
    }

    /// What opens more conversations like this one, on its store and its engine: after an
    /// `/import` in any of them, all understand the new catalog. What a server opens per
    /// connection, from any thread.
    public var template: ConversationTemplate {
        ConversationTemplate(
            database: database, lexicon: lexicon, user: currentUser, clock: clock, seed: seed, baseDirectory: baseDirectory,
            defaultLanguage: defaultLanguage)
    }

    init(
        database: any ShopDatabase, sharing lexicon: SharedEngine, user: String, clock: ShopClock, seed: UInt64, baseDirectory: String
    ) {
        self.database = database
        self.lexicon = lexicon
        self.currentUser = Self.normalizedUser(user) ?? "guest"
        self.clock = clock
        self.random = SeededRandom(seed: seed)
        self.seed = seed
        self.baseDirectory = baseDirectory
    }

    /// Understands `text` without acting on it (`shopchat parse`).
    public func parse(_ text: String) -> Parse {
        engine.parse(text)
    }

    /// Whether ``handle(_:then:)`` may return before the reply (the store queues writes), so a
    /// server can start turns on threads that must not block.
    public var queuesWrites: Bool { database.queuesWrites }

    /// Handles one turn like ``handle(_:)``, but may return before the turn's transaction has
    /// committed; `reply` then comes on a thread of the store's. For servers: a turn waiting for
    /// its commit holds no thread. `reply` must be quick and must not use this conversation or
    /// its store; the next turn of this conversation must wait for it.
    public func handle(_ request: Request, then reply: @escaping (Reply) -> Void) {
        let (text, lang, speaker) = opening(request)
        guard let user = speaker else { return reply(Self.badUser(request, lang)) }
        if text.hasPrefix("/") {
            guard allowsOperatorCommands else {
                let error = ReplyError.forbidden(lang)
                return reply(Reply(user: user, text: error.message, error: error, lang: lang))
            }
            // The operator's own choice of language counts too ("说中文", then /stats).
            let chosen = request.lang ?? (try? database.read { tx in try storedLanguage(of: user, tx) }) ?? nil
            return reply(handleCommand(text, user: user, lang: chosen ?? lang))
        }
        if text.isEmpty { return reply(Reply(user: user, text: "", lang: lang)) }
        handleUtterance(text, user: user, lang: request.lang, then: reply)
    }

    /// What a request says before the store is read: its text trimmed, the language it is in
    /// (a command's own name, "/clock", is no English: only its arguments say, "/group 家人群"),
    /// and who speaks, nil for a user name that is none.
    func opening(_ request: Request) -> (text: String, lang: Language, user: String?) {
        let text = Self.trimmed(request.text)
        let words = text.hasPrefix("/") ? text.drop { !$0.isWhitespace } : Substring(text)
        let lang = request.lang ?? Language.of(words) ?? defaultLanguage
        return (text, lang, request.user.map(Self.normalizedUser) ?? currentUser)
    }

    /// The refusal of a request whose user name is none.
    static func badUser(_ request: Request, _ lang: Language) -> Reply {
        let error = ReplyError.badUser(request.user ?? "", lang)
        return Reply(user: "", text: error.message, error: error, lang: lang)
    }

    /// `text` without surrounding whitespace; most lines have none, and skip Foundation's trim.
    static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        let space = CharacterSet.whitespacesAndNewlines
        guard space.contains(first) || space.contains(last) else { return text }
        return text.trimmingCharacters(in: space)
    }

    /// Lower-case letters (any script), digits, `-`, `_` and `.`, 1 to 32 of them, in Unicode NFC;
    /// anything else is refused.
    public static func normalizedUser(_ name: String) -> String? {
        // The common case, a plain ASCII name, without Foundation's character sets.
        if (1...32).contains(name.utf8.count), name.utf8.allSatisfy({ Self.isNameByte($0) }) {
            return name.utf8.contains(where: { (0x41...0x5A).contains($0) }) ? name.lowercased() : name
        }
        // NFC, so "josé" typed with a combining accent is the same user as with a precomposed é:
        // the store, the push registry and the rate limiter all key on this form.
        // Nothing is trimmed: "alice\u{200B}" or " alice " from a gateway is not alice (found by
        // the soak; Foundation counts U+200B as white space).
        let trimmed = name.lowercased().precomposedStringWithCanonicalMapping
        let name = trimmed.hasPrefix("@") ? String(trimmed.dropFirst()) : trimmed
        // Bytes are bounded too: "a" with thousands of combining accents is one character.
        guard (1...32).contains(name.count), name.utf8.count <= 128,
            name.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0) })
        else { return nil }
        return name
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."): true
        default: false
        }
    }

    func switchUser(to user: String) {
        currentUser = user
    }

    func reseed(_ seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// Reseeds from the current generator and `salt`: a server gives each connection a salt of
    /// its own (and of its process), so connections never draw the same share codes.
    public func reseed(mixing salt: UInt64) {
        random = SeededRandom(seed: random.next() ^ salt)
    }

    /// Rebuilds the understanding of catalog words after the catalog changed, for every
    /// conversation sharing this one's engine.
    func refreshLexicon() throws {
        let now = clock.now()
        lexicon.engine = IntentEngine(lexicon: try database.read { tx in try Self.lexicon(Commerce(tx, now: now)) })
    }

    static func lexicon(_ commerce: Commerce) throws -> Lexicon {
        CatalogLexicon.make(
            products: try commerce.lexiconProducts(limit: CatalogLexicon.namedProducts), brands: try commerce.brands(),
            categories: try commerce.categories().map(\.category), stores: try commerce.stores())
    }
}
