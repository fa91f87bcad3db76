import Foundation
import ShopCommerce
import ShopIntents
import ShopText

/// A turn whose meaning a program gives (an intent and typed slots) instead of words the engine
/// must understand: the MCP front's tool calls. It runs through the same handlers, rules and
/// one-transaction-per-turn as an utterance; only the understanding is skipped.
///
/// Slots are those of PROTOCOL.md §4, with `product` a SKU. A few intents read them more
/// strictly than words would be read:
/// - `catalog.search`: also `limit`, a shorter list than the usual page (1 to 10).
/// - `cart.update`: `product` and `quantity` (0 to 999) set that line: 0 removes it, a product
///   not yet in the cart is added.
/// - `checkout`: optional `coupon` and `points`; the reply's `data.checkout` carries a
///   `preview_id` that names exactly this cart, these prices and coupons.
/// - `confirm`: `preview_id` and `idempotency_key` place the waiting checkout, if it still has
///   that `preview_id`, once per key: a key already used returns its order again.
/// A structured turn never asks a question back: a missing slot is refused and changes nothing.
public struct StructuredTurn: Sendable, Equatable {
    public var intent: IntentName
    public var slots: Slots
    /// The words the caller had, if any (a search query): they decide the reply's language as an
    /// utterance's would, and the handlers that read words (model numbers) read them.
    public var text: String
    /// The speaker; nil means the conversation's current user.
    public var user: String?
    /// The language the reply must be written in, whatever else is known.
    public var lang: Language?

    public init(_ intent: IntentName, slots: Slots = [:], text: String = "", user: String? = nil, lang: Language? = nil) {
        self.intent = intent
        self.slots = slots
        self.text = text
        self.user = user
        self.lang = lang
    }
}

/// Why a structured turn was refused before or instead of acting; the turn changes nothing.
struct StructuredRefusal: Error {
    /// What the refusal says: a phrase, written in the turn's language once it is known, or a
    /// handler's own words, written in it already.
    enum Said: Sendable {
        case phrase(StructuredText)
        case words(String)
    }

    var code: String
    var said: Said

    init(code: String, _ phrase: StructuredText) {
        self.code = code
        said = .phrase(phrase)
    }

    init(code: String, words: String) {
        self.code = code
        said = .words(words)
    }

    func message(_ lang: Language) -> String {
        switch said {
        case .phrase(let phrase): phrase.text(lang)
        case .words(let words): words
        }
    }
}

/// A placed order's reply without its id: can't happen, and fails the turn if it does.
struct OrderWithoutID: Error {}

extension Conversation {
    /// The intents a structured turn may not ask for: who speaks is the front's to say.
    static let unstructured: Set<IntentName> = [.accountLogin, .accountLogout]

    /// The longest idempotency key, in bytes.
    static let longestKey = 128

    /// ``perform(_:)`` for servers: `reply` may come later, on a thread of the store's.
    public func perform(_ request: StructuredTurn, then reply: @escaping (Reply) -> Void) {
        perform(request, admitted: false, then: reply)
    }

    private func perform(_ request: StructuredTurn, admitted: Bool, then reply: @escaping (Reply) -> Void) {
        let said = Language.of(request.text)
        var lang = request.lang ?? said ?? defaultLanguage
        guard let user = request.user.map(Self.normalizedUser) ?? currentUser else {
            let error = ReplyError.badUser(request.user ?? "", lang)
            return reply(Reply(user: "", text: error.message, error: error, lang: lang))
        }
        let parse = Parse(intent: request.intent, confidence: 1, slots: request.slots)
        let now = clock.now()
        database.write(
            { tx in
                let notices = NoticeLog()
                let commerce = Commerce(tx, now: now, notices: notices)
                let session = self.decodedSession(try self.openTurn(commerce, user: user, admitted: admitted), user: user)
                var turn = Turn(commerce: commerce, user: user, session: session, parse: parse, text: request.text)
                turn.lang = Self.language(requested: request.lang, session: session, said: said, fallback: self.defaultLanguage)
                lang = turn.lang
                // A question the engine asked in chat ("which one?") waits no longer: a program's
                // call answers none. A preview waiting for a yes stays (`confirm` places it).
                switch turn.session.pending {
                case .slot, .choice: turn.session.pending = nil
                default: break
                }
                let answer = try self.act(&turn)
                if case .string(let code) = answer.data["error"] {
                    // A handler's refusal as a reply ("no such product"): a program gets it as an
                    // error, and the turn is undone.
                    throw StructuredRefusal(code: code, words: answer.text)
                }
                // A handler that would ask back: the call lacked what it needed.
                switch turn.session.pending {
                case .slot(_, _, let missing): throw StructuredRefusal(code: "invalid_params", .missing(missing.rawValue))
                case .choice: throw StructuredRefusal(code: "invalid_params", .missing("product"))
                default: break
                }
                if turn.session.lastLanguage != turn.lang { turn.session.lastLanguage = turn.lang }
                let changed = turn.session != session ? try self.encodedSession(turn.session, user: user) : nil
                try commerce.closeTurn(for: user, event: turn.parse.intent.rawValue, session: changed)
                return Reply(
                    user: user, text: answer.text, intent: turn.parse, data: answer.data,
                    events: try self.events(notices.notices, commerce), lang: turn.lang)
            },
            then: { result in
                switch result {
                case .success(let answer): reply(answer)
                case .failure(is NewUserFirst): self.admit(user, now: now) { self.perform(request, admitted: true, then: reply) }
                case .failure(let error as CommerceError): reply(Self.refusal(error, user: user, parse: parse, lang: lang))
                case .failure(let refusal as StructuredRefusal):
                    let message = refusal.message(lang)
                    let error = ReplyError(code: refusal.code, message: message)
                    reply(
                        Reply(
                            user: user, text: message, intent: parse, data: .object(["error": .string(refusal.code)]), error: error,
                            lang: lang))
                case .failure(let error):
                    let failure = FailureReport.make(error, user: user, during: parse.intent.rawValue, lang: lang)
                    reply(Reply(user: user, text: failure.message, intent: parse, error: failure, lang: lang))
                }
            })
    }

    /// Acts on a structured turn: the handlers of utterances, with the few intents a program
    /// means more exactly (a cart line set, a checkout placed by its preview id).
    private func act(_ turn: inout Turn) throws -> Answer {
        guard !Self.unstructured.contains(turn.parse.intent) else {
            throw StructuredRefusal(code: "forbidden", .identityIsTheFronts)
        }
        if let sku = turn.string(.product), try turn.commerce.product(sku: sku) == nil { throw CommerceError.unknownProduct(sku) }
        switch turn.parse.intent {
        case .cartUpdate: return try setCartLine(&turn)
        case .checkout:
            let points = turn.int(.points) ?? 0
            guard points == 0 || Limits.points.contains(points) else {
                throw CommerceError.outOfRange(what: "number of points", range: Limits.points)
            }
            var answer = try previewCheckout(&turn, coupons: nil, points: points)
            guard case .checkout(let coupons, let points) = turn.session.pending else { return answer }
            let id = Self.previewID(of: try quote(turn, coupons: coupons, points: points), shipTo: try shipTo(turn)?.id)
            if var checkout = answer.data["checkout"] {
                checkout.set("preview_id", .string(id))
                answer.data.set("checkout", checkout)
            }
            return answer
        case .confirm: return try placePreviewedOrder(&turn)
        default: return try dispatch(&turn, previewCoupons: nil, previewPoints: 0)
        }
    }

    /// `cart.update` with a SKU and a quantity: that line becomes that quantity.
    private func setCartLine(_ turn: inout Turn) throws -> Answer {
        guard let sku = turn.string(.product) else { throw StructuredRefusal(code: "invalid_params", .missing("product")) }
        guard let quantity = turn.int(.quantity) else { throw StructuredRefusal(code: "invalid_params", .missing("quantity")) }
        guard (0...Commerce.maximumQuantity).contains(quantity) else { throw CommerceError.invalidQuantity(quantity) }
        let inCart = try turn.commerce.cart(of: turn.user).lines.contains { $0.product.sku == sku }
        switch (quantity, inCart) {
        case (0, false): return try showCart(&turn)
        case (0, true):
            turn.parse = Parse(intent: .cartRemove, confidence: 1, slots: [.product: .string(sku)])
            return try removeFromCart(&turn)
        case (_, false):
            turn.parse.intent = .cartAdd
            return try addToCart(&turn)
        case (_, true): return try updateCart(&turn)
        }
    }

    /// `confirm` with `preview_id` and `idempotency_key`: places the waiting checkout if it is
    /// still the one previewed, and remembers the key with the order, in the same transaction.
    private func placePreviewedOrder(_ turn: inout Turn) throws -> Answer {
        guard let previewID = turn.string(.previewID) else { throw StructuredRefusal(code: "invalid_params", .missing("preview_id")) }
        guard let key = turn.string(.idempotencyKey) else {
            throw StructuredRefusal(code: "invalid_params", .missing("idempotency_key"))
        }
        guard (1...Self.longestKey).contains(key.utf8.count), key.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) else {
            throw StructuredRefusal(code: "invalid_params", .badKey)
        }
        let commerce = turn.commerce
        if let done = try commerce.checkout(keyed: key, by: turn.user) {
            guard done.previewID == previewID else { throw StructuredRefusal(code: "idempotency_key_reused", .keyReused) }
            let order = try commerce.order(id: done.order, user: turn.user)
            var data = JSONValue.order(order, at: commerce.now)
            data.set("replayed", true)
            return Answer(turn.say(StructuredText.alreadyPlaced(order: order.id, total: order.total)), data: .object(["order": data]))
        }
        guard case .checkout(let coupons, let points) = turn.session.pending else {
            throw StructuredRefusal(code: "no_preview", .noPreview)
        }
        guard Self.previewID(of: try quote(turn, coupons: coupons, points: points), shipTo: try shipTo(turn)?.id) == previewID else {
            throw StructuredRefusal(code: "stale_preview", .stalePreview)
        }
        turn.session.pending = nil
        var answer = try placeOrder(&turn, coupons: coupons, points: points)
        guard case .int(let orderID) = answer.data.value(at: "order.id") else { throw OrderWithoutID() }
        try commerce.keepCheckout(keyed: key, by: turn.user, preview: previewID, order: orderID)
        if var order = answer.data["order"] {
            order.set("replayed", false)
            answer.data.set("order", order)
        }
        return answer
    }

    /// A name for exactly what a checkout preview shows: every line at its price, the coupons,
    /// the points, the totals and where it ships. The same cart priced the same way has the same
    /// id in every process (FNV-1a, not Swift's seeded hashing); anything that changes the bill
    /// or the address changes it.
    static func previewID(of quote: Quote, shipTo address: Int64?) -> String {
        var described = quote.cart.lines.map { "\($0.product.sku)*\($0.quantity)@\($0.product.price)" }.joined(separator: ",")
        described += "|" + quote.coupons.map { "\($0.code)=\($0.saving)" }.joined(separator: ",")
        described += "|\(quote.subtotal)|\(quote.discount)|\(quote.shipping)|\(quote.pointsUsed)|\(quote.total)|\(address ?? 0)"
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in described.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "pv_" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
