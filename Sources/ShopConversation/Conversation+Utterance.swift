import Foundation
import ShopCommerce
import ShopIntents
import ShopText

extension Conversation {
    /// One utterance, one transaction: understand, resolve, act, remember. A refusal rolls the
    /// whole turn back, so nothing is half done. `reply` may be called after this returns, on a
    /// thread of the store's (see ``ShopDatabase/write(_:then:)``).
    func handleUtterance(
        _ text: String, user: String, lang requested: Language?, admitted: Bool = false, then reply: @escaping (Reply) -> Void
    ) {
        let now = clock.now()
        // Parsed before the transaction, as the session last seen here would have it read, so
        // that concurrent turns don't parse one after another on the store's single writer; parsed
        // again inside only if the stored session reads it differently.
        let lastSeen = lastSession.flatMap { $0.user == user ? $0.session : nil }
        let guessedContext = lastSeen.map(Self.parseContext(for:)) ?? ParseContext()
        let guessedParse = Self.yesByVerb(engine.parse(text, context: guessedContext), text: text, pending: lastSeen?.pending)
        let turn = utteranceTurn(text, user: user, lang: requested, admitted: admitted, now: now, guessed: (guessedContext, guessedParse))
        let answer: (Result<Reply, any Error>) -> Void = { result in
            if case .failure(is NewUserFirst) = result {
                return self.admit(user, now: now) { self.handleUtterance(text, user: user, lang: requested, admitted: true, then: reply) }
            }
            reply(turn.reply(result))
        }
        // A turn that looks as it reads (a search, the cart, points) first tries without a
        // transaction; if it would write after all, or its session moved meanwhile, it wrote
        // nothing and runs again in one (ShopDatabase.optimistic).
        // A turn that changes only its user's cart or address (or a look that had to write after
        // all) needs no SERIALIZABLE transaction, unless it writes something shared after all
        // (ShopDatabase.writeOwnRows): concurrent carts no longer abort one another.
        let effect = guessedParse.intent.spec.effect
        if effect == .acts || guessedParse.intent == .confirm { return database.write(turn.body, then: answer) }
        if effect != .looks { return database.writeOwnRows(turn.body, then: answer) }
        database.optimistic(
            turn.body,
            then: { result in
                switch result {
                case .failure(let error) where error is WriteOnReadSnapshot || error is SessionMoved:
                    self.database.writeOwnRows(turn.body, then: answer)
                default: answer(result)
                }
            })
    }

    /// An utterance's work inside a transaction (`body`), and the reply its outcome makes (a
    /// refusal, a failure's report). `guessed`: a parse made beforehand and the context it
    /// assumed, used if the stored session has that context.
    func utteranceTurn(
        _ text: String, user: String, lang requested: Language?, admitted: Bool, now: Date,
        guessed: (context: ParseContext, parse: Parse)? = nil
    ) -> UtteranceTurn {
        let said = Language.of(AddressWords.requestWords(text))
        // Set by the body, read by `reply`: what the turn understood and the language it spoke.
        final class Outcome {
            var understood = Parse(intent: .fallback, confidence: 0)
            var lang: Language
            init(lang: Language) { self.lang = lang }
        }
        let outcome = Outcome(lang: requested ?? said ?? defaultLanguage)
        let body: (any SQLSession) throws -> Reply = { tx in
            // Made inside the transaction: a retried one (PostgreSQL) must not push twice.
            let notices = NoticeLog()
            let commerce = Commerce(tx, now: now, notices: notices)
            let opened = try self.openTurn(commerce, user: user, admitted: admitted)
            let session = self.decodedSession(opened, user: user)
            let context = Self.parseContext(for: session)
            let parse = Self.yesByVerb(
                guessed.flatMap { context == $0.context ? $0.parse : nil } ?? self.engine.parse(text, context: context), text: text,
                pending: session.pending)
            outcome.understood = parse
            var turn = Turn(commerce: commerce, user: user, session: session, parse: parse, text: text)
            turn.opened = opened
            // A refusal reports what the turn understood, resolved ("要两台": P1133, not enough).
            defer { outcome.understood = turn.parse }
            turn.lang = Self.language(requested: requested, session: session, said: said, fallback: self.defaultLanguage, text: text)
            outcome.lang = turn.lang
            guard session.pending != nil && parse.intent == .confirm else {
                return try self.finish(&turn, from: session, notices: notices)
            }
            return try self.confirm(&turn, from: session, notices: notices)
        }
        let reply: (Result<Reply, any Error>) -> Reply = { result in
            switch result {
            case .success(let answer): return answer
            case .failure(let error as CommerceError): return Self.refusal(error, user: user, parse: outcome.understood, lang: outcome.lang)
            case .failure(let error):
                let failure = FailureReport.make(error, user: user, during: outcome.understood.intent.rawValue, lang: outcome.lang)
                return Reply(user: user, text: failure.message, intent: outcome.understood, error: failure, lang: outcome.lang)
            }
        }
        return UtteranceTurn(body: body, reply: reply)
    }

    /// The language of a turn (PROTOCOL.md §4a): what the request asks for, else what the user
    /// chose, else what they wrote in, else what they were last answered in, else `--lang`.
    static func language(requested: Language?, session: Session, said: Language?, fallback: Language, text: String = "") -> Language {
        // One Latin word answering a question ("bob" to "分享给谁？") is a name, not English.
        let answersInOneWord = session.pending != nil && said == .en && !text.contains(where: \.isWhitespace)
        // So is an address given when asked: a Beijing address in an English chat is still English.
        var answersAddress = false
        if case .slot(_, _, .address) = session.pending { answersAddress = true }
        return requested ?? session.language ?? (answersInOneWord || answersAddress ? nil : said) ?? session.lastLanguage ?? said
            ?? fallback
    }

    /// The rest of a turn: act, remember the session if it changed, record the event.
    private func finish(_ turn: inout Turn, from session: Session, notices: NoticeLog) throws -> Reply {
        var answer = try respondKeepingWhatWaits(&turn)
        if turn.session.lastLanguage != turn.lang { turn.session.lastLanguage = turn.lang }
        // A swap or a new count puts a line in hand as an add does: "and a kong cat teaser wand",
        // "oops, the first one" then add or swap again.
        turn.session.justAdded = [.cartAdd, .cartUpdate].contains(turn.parse.intent) && answer.data["cart"] != nil ? true : nil
        turn.session.justOrdered = turn.parse.intent == .confirm && answer.data["order"] != nil ? true : nil
        turn.session.justCompared = turn.parse.intent == .productCompare && answer.data["products"] != nil ? true : nil
        turn.session.offered = try couponsOffered(turn, answer)
        if Self.askedAgainIntents.contains(turn.parse.intent), answer.data["error"] == nil {
            turn.session.asked = turn.parse.intent.rawValue
        }
        // An add refused for stock leaves that product in mind as its page does: "啊没货了
        // 那海南芒果呢" then looks at another.
        let refusedForStock =
            turn.parse.intent == .cartAdd && [.string("out_of_stock"), .string("not_enough_stock")].contains(answer.data["error"])
        turn.session.justLooked = turn.parse.intent == .productShow && answer.data["product"] != nil || refusedForStock ? true : nil
        if answer.suggestions == nil { answer.suggestions = Suggestions.after(turn, answer) }
        // Most turns (a search, a look at the cart) leave the session as it was.
        let changed = turn.session != session ? try encodedSession(turn.session, user: turn.user) : nil
        try turn.commerce.closeTurn(for: turn.user, event: turn.parse.intent.rawValue, session: changed, opened: turn.opened)
        return Reply(
            user: turn.user, text: answer.text, intent: turn.parse, data: answer.data, events: try events(notices.notices, turn.commerce),
            lang: turn.lang, suggestions: answer.suggestions ?? [])
    }

    /// A "yes" to what is waiting. Only a "yes" that fails drops what it answered (the order
    /// can't be placed); a refused "use 900 points" leaves the checkout waiting, as if never
    /// said. So a refused "yes" rolls back to a savepoint, and what stays is the dropped wait.
    private func confirm(_ turn: inout Turn, from session: Session, notices: NoticeLog) throws -> Reply {
        let tx = turn.commerce.tx
        let parse = turn.parse
        let noticed = notices.notices.count
        do {
            return try tx.inSavepoint { try finish(&turn, from: session, notices: notices) }
        } catch let error as CommerceError {
            var dropped = session
            dropped.pending = nil
            dropped.beneath = nil
            try turn.commerce.storeSession(try encodedSession(dropped, user: turn.user), for: turn.user)
            var reply = Self.refusal(error, user: turn.user, parse: parse, lang: turn.lang)
            // What the turn's start did (refunds of expired envelopes) stays, and is told.
            reply.events = try events(Array(notices.notices.prefix(noticed)), turn.commerce)
            return reply
        }
    }

    static func refusal(_ error: CommerceError, user: String, parse: Parse, lang: Language) -> Reply {
        Reply(user: user, text: RefusalText(error).text(lang), intent: parse, data: .object(["error": .string(error.code)]), lang: lang)
    }

    /// Pushed events for what the turn changed, each with a sentence in its user's language.
    func events(_ notices: [Notice], _ commerce: Commerce) throws -> [ShopEvent] {
        try notices.map { notice in
            let data = JSONValue.object(notice.fields.map { JSONValue.Member($0.0, JSONValue($0.1)) })
            let lang = try language(of: notice.user, commerce)
            let text = try Self.eventText(notice, commerce, lang).text(lang)
            return ShopEvent(name: notice.name, user: notice.user, data: data, text: text, lang: lang)
        }
    }

    /// The language someone else is spoken to in: their choice, else their last reply's.
    func language(of user: String, _ commerce: Commerce) throws -> Language {
        let session = try Self.storedSession(of: user, commerce.tx)
        return session?.language ?? session?.lastLanguage ?? defaultLanguage
    }

    /// The language `user` chose, if they did.
    func storedLanguage(of user: String, _ tx: any SQLSession) throws -> Language? {
        try Self.storedSession(of: user, tx)?.language
    }

    /// Another user's session as stored, read without touching this conversation's cache.
    static func storedSession(of user: String, _ tx: any SQLSession) throws -> Session? {
        try Commerce.sessionText(of: user, in: tx).flatMap(decode)
    }

    /// A session from its stored text; nil if unreadable (then it starts afresh).
    static func decode(_ state: String) -> Session? {
        try? JSONDecoder().decode(Session.self, from: Data(state.utf8))
    }

    static func parseContext(for session: Session) -> ParseContext {
        switch session.pending {
        case .slot(let intent, _, let missing):
            return ParseContext(expecting: .init(intent: intent, slot: missing))
        case .choice(let intents, _):
            return ParseContext(choices: intents)
        case .checkout, .redPacket, .priceProtection, .orderReturn, .flashBuy, .bargainBuy, nil:
            return ParseContext()
        }
    }

    func loadSession(user: String, tx: any SQLSession) throws -> Session {
        decodedSession(try Commerce.sessionText(of: user, in: tx), user: user)
    }

    /// The session stored as `state` (none: a fresh one).
    func decodedSession(_ state: String?, user: String) -> Session {
        guard let state else { return Session() }
        // The stored text is what this conversation last read or wrote: skip decoding it again.
        if let known = lastSession, known.user == user, known.state == state { return known.session }
        let session = Self.decode(state) ?? Session()
        lastSession = (user, state, session)
        return session
    }

    /// The text `session` is stored as. Remembered even if the transaction rolls back: the next
    /// turn compares the stored text before trusting it.
    func encodedSession(_ session: Session, user: String) throws -> String {
        let state = try session.storedText()
        lastSession = (user, state, session)
        return state
    }

    /// Settles what was pending (a yes to a preview, a missing slot, a choice), then acts.
    func respond(_ turn: inout Turn) throws -> Answer {
        if turn.parse.intent == .fallback, turn.session.pending == nil, let shopping = lexicon.engine.shoppingSentence(in: turn.text) {
            turn.parse = shopping
        }
        if let again = askedAgain(turn) {
            turn.parse = again
        } else if let takenBack = takesBackTheAdd(turn) {
            turn.parse = takenBack
        } else if let chosen = choosesThisOne(turn) ?? chosenBySort(turn) {
            turn.parse = chosen
        } else if dealAskedOfThis(turn) {
            turn.parse = Parse(intent: .catalogDeals, confidence: turn.parse.confidence)
        } else if turn.session.justAdded == true || turn.session.justOrdered == true, turn.session.pending == nil,
            let more = alsoAdding(turn)
        {
            turn.parse = more
        } else if turn.session.justAdded == true, turn.session.pending == nil, Self.correctsPick(turn.text),
            [.productShow, .cartAdd].contains(turn.parse.intent)
                || (turn.parse.intent == .cartRemove && !Self.saysRemove(turn.text) && !Self.fewerOfANamedLine(turn.parse)),
            let product = turn.parse.slots[.product]
        {
            // "不对 是第三个" right after an add: that one instead of the one just added (updateCart swaps).
            turn.parse = Parse(intent: .cartUpdate, confidence: turn.parse.confidence, slots: [.product: product])
        } else if let query = try productNamed(by: turn) {
            turn.parse = Parse(intent: .catalogSearch, confidence: turn.parse.confidence, slots: [.query: .string(query)])
        }
        if turn.session.justCompared == true, turn.session.pending == nil, let chosen = try chosenAfterComparing(turn) {
            turn.parse = chosen
        }
        if turn.session.pending == nil, let sku = try oneProductAskedAbout(turn) {
            turn.parse = Parse(intent: .productShow, confidence: turn.parse.confidence, slots: [.product: .string(sku)])
        } else if turn.session.pending == nil, turn.session.justLooked == true || Self.asksAfterAdding(turn),
            let other = try anotherLookedAt(turn)
        {
            turn.parse = Parse(intent: .productShow, confidence: turn.parse.confidence, slots: [.product: other])
        } else if let sku = try attributeAsked(turn) {
            turn.parse = Parse(intent: .productShow, confidence: turn.parse.confidence, slots: [.product: .string(sku)])
        }
        // "便宜70呢 抢一个给我妈" on a flash sale's product: the sale grabbed, not a red envelope.
        if let sku = try flashGrabbed(turn) {
            turn.parse = Parse(intent: .flashBuy, confidence: turn.parse.confidence, slots: [.product: .string(sku)])
        }
        if leftInSaleAsked(turn) { turn.parse = Parse(intent: .flashList, confidence: turn.parse.confidence) }
        if try boughtAtBargainPrice(turn) { turn.parse = Parse(intent: .bargainBuy, confidence: turn.parse.confidence) }
        if try collectsEnvelope(turn) {
            turn.parse = Parse(intent: .redpacketGrab, confidence: turn.parse.confidence, slots: [:])
        }
        if let wanted = try oneTooOfThis(turn) { turn.parse = wanted }
        if grabsNothingInView(turn) { turn.parse = Parse(intent: .redpacketGrab, confidence: turn.parse.confidence) }
        if let shared = sharedToGroup(turn) { turn.parse = shared }
        if turn.session.pending == nil, let code = claimsOffered(turn) {
            turn.parse = Parse(intent: .couponClaim, confidence: turn.parse.confidence, slots: [.coupon: .string(code)])
        }
        if let cheaper = try cheaperAsked(turn) { turn.parse = cheaper }
        if let both = try checkoutThere(&turn) { return both }
        // Before what waits: "用一下TEN" with a checkout on screen applies coupon TEN.
        if let coupon = try couponSaidAsNumber(turn) ?? couponDescribed(turn) {
            turn.parse = Parse(intent: .couponApply, confidence: turn.parse.confidence, slots: [.coupon: .string(coupon)])
        }
        let pending = turn.session.pending
        turn.session.pending = nil
        switch pending {
        case .checkout(let coupons, let points):
            switch turn.parse.intent {
            case .confirm: return try placeOrder(&turn, coupons: coupons, points: points)
            // "确认下单", "place the order", "pay now" with a preview on screen are that preview's
            // yes, JD's own button words; "check out" again only shows it again.
            case _ where turn.slots.isEmpty && Self.commits(turn.text, to: Self.orderCommitments),
                _ where Self.yesThenRemark(turn.text), _ where Self.yesLast(turn.text):
                turn.parse.intent = .confirm
                return try placeOrder(&turn, coupons: coupons, points: points)
            case .deny, .cancel: return Answer(turn.say(CheckoutText.notPlaced))
            case .couponApply, .pointsRedeem, .checkout:
                return try dispatch(&turn, previewCoupons: coupons, previewPoints: points)
            // "any coupons for me?": a coupon claimed (or none to claim) leaves the checkout waiting,
            // shown again with what the new coupon takes off (PROTOCOL.md §9).
            case .couponClaim: return try changeCartThenPreview(&turn, coupons: coupons, points: points)
            case let intent where Self.changesCart(intent) && turn.parse.alternatives.isEmpty:
                return try changeCartThenPreview(&turn, coupons: coupons, points: points)
            case let intent where Self.changesAddress(intent):
                return try changeAddressKeeping(&turn, pending!)
            case let intent where Self.changesNothing(intent) && turn.parse.alternatives.isEmpty:
                return try answerAside(&turn, keeping: pending!)
            default: break
            }
        case .redPacket(let amount, let count, let mode, let recipient, let perShare):
            // "要平分的", "改成普通红包" change the split; whatever the classifier made of them, they
            // are never the preview's yes (money would move on the other split).
            // (A whole new envelope, amount and shares, is read as said: after one refused for
            // the wallet, "发10块红包到三人行群，3个人平分".)
            let saysAll = turn.parse.intent == .redpacketSend && turn.slots[.amount] != nil && turn.slots[.count] != nil
            if !saysAll, let said = Self.splitMode(in: turn.text), said != mode {
                turn.parse = Parse(intent: .redpacketSend, confidence: turn.parse.confidence, slots: [.mode: .string(said)])
            }
            // "太少了 改成200吧", "群里人多 改成10个": a new number said to a red envelope's preview
            // changes it (its amount in yuan; its shares with 个/份/ways), never a cart.
            if !saysAll,
                let change = eachPacketChange(turn.text, shares: count) ?? Self.packetChange(turn.text)
                    ?? Self.packetChangeAfterThen(turn.text)
                    ?? Self.packetChange(fromCount: turn)
            {
                turn.parse = Parse(intent: .redpacketSend, confidence: turn.parse.confidence, slots: change)
            }
            switch turn.parse.intent {
            case .confirm: return try sendRedPacket(&turn, amount: amount, count: count, mode: mode, recipient: recipient)
            // "发吧", "send it": the preview's yes, unless it changes something.
            case _ where turn.slots.isEmpty && Self.commits(turn.text, to: Self.packetCommitments):
                turn.parse.intent = .confirm
                return try sendRedPacket(&turn, amount: amount, count: count, mode: mode, recipient: recipient)
            case .deny, .cancel: return Answer(turn.say(RedPacketText.notSent))
            // "给三人行群发个红包" once the one refused for the wallet waits: a new envelope asked
            // for afresh, its amount asked again, not the old one's taken.
            case .redpacketSend where turn.slots[.amount] == nil && Self.asksNewEnvelope(turn.text): break
            case .redpacketSend:
                // "make it 10 ways": adjust the preview with what was just said.
                let kept: Slots = [
                    .amount: .int(amount), .count: .int(count), .mode: .string(mode), .recipient: .string(recipient),
                ]
                let said = turn.parse.slots
                turn.parse.slots = kept.merging(said) { _, new in new }
                // "20 each for all 6" then "make it 5", "每人88 发6个" then "那发5个吧": shares said
                // per share keep what each gets; "150块 5个人平分" then "改成6个" shares the same total.
                if perShare == true, said[.amount] == nil, case .int(let shares)? = said[.count], count > 0,
                    amount % count == 0, case (let total, let overflow) = (amount / count).multipliedReportingOverflow(by: shares),
                    !overflow
                {
                    turn.parse.slots[.amount] = .int(total)
                    turn.perShareKept = true
                }
            case let intent where Self.changesNothing(intent) && turn.parse.alternatives.isEmpty:
                return try answerAside(&turn, keeping: pending!)
            default: break
            }
        case .priceProtection, .orderReturn, .flashBuy, .bargainBuy:
            if let preview = previewActions(pending!), let answer = try settle(preview, waiting: pending!, &turn) { return answer }
        case .slot(_, _, .address) where [.confirm, .fallback, .addressUse].contains(turn.parse.intent) || turn.parse.confidence < 0.5:
            // "yes" to "where should it go?" is not an address, nor is "寄我家" with no address
            // saved: the question stands.
            turn.session.pending = pending
            return Answer(turn.say(AddressText.notAnAddress), data: .object(["expecting": "address"]))
        case .slot(_, _, .address) where Self.changesNothing(turn.parse.intent) && turn.parse.alternatives.isEmpty:
            // "what's in my cart" while asked where it should go: answered, and the question stands.
            return try answerAside(&turn, keeping: pending!)
        case .slot(let intent, let slots, let missing):
            // Asked "why?" about the rice cooker, "return the toothbrush, I changed my mind" is a
            // new request: what was said of the other product (how many) is not carried over.
            let named = turn.slots[.product]?.stringValue
            let otherProduct =
                missing != .product && named.map { !ProductResolver.referenceWords.contains($0) } == true && slots[.product] != nil
                && turn.slots[.product] != slots[.product]
            if turn.parse.intent == intent, !otherProduct {
                turn.parse.slots = slots.merging(turn.parse.slots) { _, new in new }
            } else if turn.parse.intent == .cancel {
                return Answer(turn.say(ChatText.forgotten))
            }
        case .choice(let intents, let slots):
            if intents.contains(turn.parse.intent) {
                turn.parse.slots = slots.merging(turn.parse.slots) { _, new in new }
            } else if turn.parse.intent == .cancel || turn.parse.intent == .deny {
                return Answer(turn.say(ChatText.forgotten))
            }
        case nil:
            break
        }
        // A model number reads like a coupon code ("苏泊尔水杯 SP-X7230K"): no such coupon, and a
        // product that has every word, is a search.
        // "add the dyson v12": a verb of adding and no word of coupons; v12 is a model, not a code.
        if turn.parse.intent == .cartAdd, Self.startsWithBuying(turn.text), !Self.mentionsCoupons(turn.text) {
            turn.parse.alternatives.removeAll { $0 == .couponClaim || $0 == .couponApply }
        }
        if let group = try groupBuySaidAsCoupon(turn) {
            turn.parse = Parse(intent: .groupbuyJoin, confidence: turn.parse.confidence, slots: [.group: .string(group)])
        }
        if let bargain = try bargainSaidAsCoupon(turn) {
            turn.parse = Parse(intent: .bargainCut, confidence: turn.parse.confidence, slots: [.bargain: .string(bargain)])
        }
        if let sku = try productBySKU(turn) {
            turn.parse = Parse(intent: .productShow, confidence: turn.parse.confidence, slots: [.product: .string(sku)])
            return try showProduct(&turn)
        }
        // So does a model read as a share code ("我想看看iphone15"): no such share.
        var unknownShare = false
        if turn.parse.intent == .shareOpen, turn.string(.sharer) == nil, let code = turn.string(.code) {
            unknownShare = try !turn.commerce.shareCodeTaken(code)
        }
        if unknownShare || (Self.mayBeModelNumber(turn.parse) && !Self.mentionsCoupons(turn.text)),
            try turn.commerce.coupon(code: turn.string(.coupon) ?? "") == nil
        {
            let slots = lexicon.engine.slots(turn.text, as: .catalogSearch)
            // Every word in one product, or a model number one product has ("philips mose hd-l2925f");
            // or asked whether it is sold, with no word of coupons ("有没有PS5": none, as a search says).
            if let query = slots[.query]?.stringValue,
                try !turn.commerce.search(Self.probe(query)).isEmpty || !modelledProducts(in: turn.text, turn.commerce).isEmpty
                    || (Self.asksIfSold(turn.text) && !Self.mentionsCoupons(turn.text))
            {
                turn.parse = Parse(intent: .catalogSearch, confidence: turn.parse.confidence, slots: slots)
                return try search(&turn)
            }
        }
        if try meansAnAddressNotTheCart(turn) { turn.parse = Parse(intent: .addressRemove, confidence: turn.parse.confidence) }
        if !turn.parse.alternatives.isEmpty { try dropImpossibleReadings(&turn) }
        if !turn.parse.alternatives.isEmpty {
            let options = [turn.parse.intent] + turn.parse.alternatives
            turn.session.pending = .choice(intents: options, slots: turn.parse.slots)
            // Every reading only looks: what waited waits beneath the question.
            if let pending, options.allSatisfy(Self.changesNothing) { turn.session.beneath = pending }
            return Answer(
                turn.say(ChoiceText(options: options)),
                data: .object(["choices": .array(options.map { .string($0.rawValue) })]))
        }
        return try dispatch(&turn, previewCoupons: nil, previewPoints: 0)
    }

    /// Readings that can't apply are not offered: with an empty cart "要两台" changes no line in
    /// it, so it adds (or asks about what else it may be); so does "贝亲玻璃奶瓶也要一个" when no
    /// line of the cart is what it names.
    func dropImpossibleReadings(_ turn: inout Turn) throws {
        let changesLines: Set<IntentName> = [.cartUpdate, .cartRemove]
        let readings = [turn.parse.intent] + turn.parse.alternatives
        // "全集那套多少钱 还有货没" of a list on screen: a look at the one product of it so named,
        // not the wallet ("还有…没").
        if readings.contains(.productShow), case .string(let words)? = turn.parse.slots[.product],
            !ProductResolver.referenceWords.contains(words),
            try turn.commerce.products(skus: turn.session.results).filter({ ProductResolver.matches($0, words: words) }).count == 1
        {
            turn.parse.intent = .productShow
            turn.parse.alternatives = []
            return
        }
        guard readings.contains(where: changesLines.contains) else { return }
        let cart = try turn.commerce.cart(of: turn.user)
        let named = turn.parse.slots[.product]?.stringValue.flatMap { ProductResolver.referenceWords.contains($0) ? nil : $0 }
        let noLine = named.map { words in !cart.lines.contains { ProductResolver.matches($0.product, words: words) } } ?? false
        guard cart.isEmpty || noLine else { return }
        let possible = readings.filter { !changesLines.contains($0) }
        guard let first = possible.first else { return }
        turn.parse.intent = first
        turn.parse.alternatives = Array(possible.dropFirst())
    }

    /// Right after an add, "and an umbrella", "also the eyeliner", "plus 2 bags of walnuts",
    /// "还有洗衣液" add that too, whatever the words alone would be read as.
    func alsoAdding(_ turn: Turn) -> Parse? {
        let text = turn.text.lowercased()
        // "另外那个卓睿的还有货吗": a question about another product asks, it adds nothing
        // ("还有伊利纯牛奶" adds); so does a story that surely ends asking for a kind of thing
        // ("还有它牙痒 …拖鞋都被啃烂了😭 有耐咬的玩具吗" added "拖鞋都被啃烂").
        let asksForAKind = turn.parse.intent == .catalogSearch && turn.parse.confidence >= 0.9
        guard !((turn.parse.intent == .productShow || asksForAKind) && Self.asks(turn.text)),
            let lead = Self.alsoWords.first(where: { text.hasPrefix($0) })
        else { return nil }
        // "also its my friend marco's birthday today lol. send him a 66 red envelope": something
        // surely sent to someone is no more bought (it added 66 of "marco's birthday").
        guard turn.parse.confidence < 0.9 || turn.parse.slots[.recipient] == nil && turn.parse.slots[.amount] == nil else { return nil }
        var rest = String(turn.text.dropFirst(lead.count)).trimmingCharacters(in: .whitespaces)
        // "the airtag 4 pack, he loses his keys every week": a clause with a subject says why
        // ("a screen protector, 2 packs, i always crack them" keeps its count).
        let clauses = rest.split(separator: ",", omittingEmptySubsequences: false)
        if let why = clauses.dropFirst().firstIndex(where: { Self.saysWhy($0) }) {
            rest = clauses[..<why].joined(separator: ",")
        } else if turn.parse.intent == .cartAdd, turn.parse.slots[.product] != nil {
            // With no reason to cut, an add of a product read whole stands ("oh and the babycare
            // wipes, the 10 pack" is one pack of them, not 10).
            return Parse(intent: .cartAdd, confidence: turn.parse.confidence, slots: turn.parse.slots)
        }
        // "and delete the old drum tower address": another thing done, not another thing bought.
        let verb = rest.lowercased().split(separator: " ").first.map(String.init) ?? ""
        guard !Self.otherDoings.contains(verb) else { return nil }
        let slots = lexicon.engine.slots(rest, as: .cartAdd)
        guard slots[.product] != nil else { return nil }
        return Parse(intent: .cartAdd, confidence: turn.parse.confidence, slots: slots)
    }

    private static let otherDoings: Set<String> = [
        "delete", "remove", "cancel", "track", "change", "use", "apply", "show", "check", "send", "return", "drop", "switch",
    ]

    /// "he loses his keys every week", "i always crack them": a clause with its own subject.
    private static func saysWhy(_ clause: Substring) -> Bool {
        let first = clause.lowercased().split(separator: " ").first.map(String.init) ?? ""
        return ["i", "im", "i'm", "he", "she", "they", "we", "it", "its", "it's", "my", "his", "her", "our"].contains(first)
    }

    /// Words of taking out: a correction with them removes ("不对，删掉第二个").
    static func saysRemove(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["删", "去掉", "拿掉", "不要", "remove", "delete", "take out", "drop"].contains(where: lowered.contains)
    }

    static let alsoWords = ["and also ", "and ", "also ", "plus ", "oh and ", "ok and ", "oh also ", "还有", "另外", "再加上"]

    /// "有没有PS5", "do you sell the switch": whether something is sold here.
    static func asksIfSold(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["有没有", "有吗", "有卖", "卖不卖", "do you have", "do you sell", "got any", "you guys have"].contains { lowered.contains($0) }
    }

    static func mentionsCoupons(_ text: String) -> Bool {
        // Read as the engine reads slang: "有卷没", "迪卡侬有quan吗" say 券 (卷纸 and 卷发棒 do not).
        let lowered = ChineseSlang.read(text).lowercased()
        return ["coupon", "voucher", "code", "券", "优惠码"].contains { lowered.contains($0) }
    }

    /// A coupon reading that may be a product's model number instead.
    static func mayBeModelNumber(_ parse: Parse) -> Bool {
        let couponish: Set<IntentName> = [.couponClaim, .couponApply]
        return couponish.contains(parse.intent) || parse.alternatives.contains(where: couponish.contains) || parse.slots[.coupon] != nil
    }

    /// The split a red envelope's words ask for, if they name one.
    static func splitMode(in text: String) -> String? {
        let folded = text.lowercased()
        if ["平分", "均分", "平均", "普通红包", "equal", "evenly"].contains(where: folded.contains) { return "equal" }
        if ["拼手气", "手气红包", "lucky", "random"].contains(where: folded.contains) { return "lucky" }
        return nil
    }

    /// Whether the words ask for a red envelope as a whole ("给三人行群发个红包", "send a red
    /// envelope to the trio"), not a change to the one waiting ("红包改成发给三人行").
    static func asksNewEnvelope(_ text: String) -> Bool {
        let folded = text.lowercased()
        guard !["改", "换", "change", "instead", "make it"].contains(where: folded.contains) else { return false }
        return ["发个红包", "发红包", "发一个红包", "send a red envelope", "send a hongbao", "send a lucky"].contains(where: folded.contains)
    }

    /// "改成100块", "改成10个", "改为200吧": the amount (fen) or shares a change word sets.
    static func packetChange(_ text: String) -> Slots? {
        guard let marker = ["改成", "改为", "变成", "换成"].compactMap({ text.ranges(of: $0).last }).max(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let rest = text[marker.upperBound...].drop { $0 == " " }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 12, let number = Int64(digits) else { return nil }
        let unit = rest.dropFirst(digits.count).first.map(String.init) ?? ""
        return packetChange(number, shares: chineseShareUnits.contains(unit))
    }

    /// "那每个60吧", "make it 25 each": a number said of each packet; the envelope holds that many
    /// times its shares (or the shares said with it), in equal shares. "每个60" was 60 shares.
    func eachPacketChange(_ text: String, shares: Int64) -> Slots? {
        guard Self.saysEach(text) else { return nil }
        var slots = lexicon.engine.slots(text, as: .redpacketSend)
        guard case .int(let each)? = slots[.amount] else { return nil }
        slots[.recipient] = nil
        if slots[.count] == nil {
            let (total, overflow) = each.multipliedReportingOverflow(by: shares)
            slots[.amount] = .int(overflow ? Int64.max : total)
            slots[.mode] = .string("equal")
        }
        return slots
    }

    private static let eachWords = ["每个", "每人", "每份", "一人", "each", "apiece", "per person", "a head"]

    /// Whether `text` says an amount of each share ("每人88", "20 each").
    static func saysEach(_ text: String) -> Bool {
        let folded = text.lowercased()
        return eachWords.contains(where: folded.contains)
    }

    /// "make it 200" read as a cart count: the red envelope's amount (or shares with ways, packets).
    static func packetChange(fromCount turn: Turn) -> Slots? {
        guard let said = turn.int(.quantity) else { return nil }
        switch turn.parse.intent {
        // Whatever product the words seemed to name ("make it 68" after "a booking fee").
        case .cartUpdate: break
        // A number and no product, nor a word to buy with: "oh lol. 188 then" (it read as adding
        // 188 of something).
        case .cartAdd where turn.slots[.product] == nil && !Self.saysBuying(turn.text.lowercased()): break
        default: return nil
        }
        return packetChange(said, shares: namesShares(turn.text))
    }

    /// Whether `text` counts shares or people ("make it 8 ways", "theres 8 of us now", "改成10个"):
    /// English by whole words, as "anyway, make it 100" is an amount.
    static func namesShares(_ text: String) -> Bool {
        let folded = text.lowercased()
        if chineseShareUnits.contains(where: folded.contains) || folded.contains("of us") { return true }
        return folded.split { !$0.isLetter }.contains { packetShareWords.contains(String($0)) }
    }

    /// A number said to a red envelope's preview: its shares, or its amount in yuan (as fen; one
    /// too large to hold is kept too large, for the preview to refuse).
    private static func packetChange(_ number: Int64, shares: Bool) -> Slots {
        if shares { return [.count: .int(number)] }
        let (fen, overflow) = number.multipliedReportingOverflow(by: 100)
        return [.amount: .int(overflow ? Int64.max : fen)]
    }

    /// What counts a red envelope's shares in Chinese ("10个", "5份", "8人").
    private static let chineseShareUnits = ["个", "份", "人"]

    /// English words that make a number a red envelope's shares.
    private static let packetShareWords: Set<String> = [
        "way", "ways", "packet", "packets", "share", "shares", "people", "person", "persons", "ppl", "peeps", "guys", "friends",
        "members",
        // "make it 4 so i can grab one too": one more to grab is one more share; "make it 5, not
        // grabbing my own" one fewer (it made the envelope ¥5.00).
        "grab", "grabbing", "grabs",
    ]

    static func commits(_ text: String, to phrases: Set<String>) -> Bool {
        if commitsWhole(text, to: phrases) { return true }
        // "差一毛包邮啊 那算了 直接下单": a remark, then the commitment as the last clause, when
        // nothing before it holds back ("不要了 下单" is no yes).
        let clauses = remarkClauses(text)
        guard clauses.count >= 2, let last = clauses.last, commitsWhole(String(last), to: phrases) else { return false }
        let before = clauses.dropLast().joined(separator: " ").lowercased()
        return !holdingBack.contains(where: before.contains)
    }

    /// The clauses of `text` that a commitment and a remark are said in: parted by punctuation, and
    /// by a space in Chinese only ("what would i pay" is a question, not a remark and "pay").
    private static func remarkClauses(_ text: String) -> [Substring] {
        let chinese = text.unicodeScalars.contains(where: Language.isHan)
        return text.split(whereSeparator: { "，,。！!；;~～".contains($0) || (chinese && $0 == " ") })
    }

    /// "8 for shipping?? so 97. fine still under 100. yes": remarks (a question answered by the
    /// asker), then a plain yes as the last clause, nothing before it holding back.
    static func yesLast(_ text: String) -> Bool {
        let clauses = text.split(whereSeparator: { "，,。.！!？?；;~～".contains($0) })
        guard clauses.count >= 2, let last = clauses.last, plainYes.contains(bared(String(last))) else { return false }
        let before = " " + clauses.dropLast().joined(separator: " ").lowercased() + " "
        return !holdingBack.contains(where: before.contains)
    }

    /// "确认 反正公司报销😏", "ok lol the company pays anyway": a plain yes, then a remark that asks
    /// for nothing (no word of holding back or of changing, no number), is the yes, whatever the
    /// remark's words sound like to the classifier (公司 read as the office address).
    static func yesThenRemark(_ text: String) -> Bool {
        var clauses = remarkClauses(text)
        // "ok lol the company pays anyway": English says its yes as the first word.
        if clauses.count == 1, !text.unicodeScalars.contains(where: Language.isHan) { clauses = text.split(separator: " ", maxSplits: 1) }
        guard clauses.count >= 2, plainYes.contains(bared(String(clauses[0]))) else { return false }
        let rest = " " + clauses.dropFirst().joined(separator: " ").lowercased() + " "
        return !rest.contains(where: \.isNumber) && !(holdingBack + changing + asking).contains(where: rest.contains)
    }

    /// A question after a yes is asked before it ("确认 运费多少", "ok whats shipping"); thanks
    /// after an ok end the talk ("ok thanks" is no order).
    private static let asking = [
        "?", "？", "吗", "呢", "多少", "几", "什么", "怎么", "哪", " what", " how", " where", " when", " why", " which", "谢", "thank", " thx",
        " ty ", "bye", "拜",
    ]

    /// Whether `text` is a yes and nothing else ("确认", "ok!").
    static func saysPlainYes(_ text: String) -> Bool { plainYes.contains(bared(text)) }

    /// A yes and nothing else, bared.
    private static let plainYes: Set<String> = Set(
        ["确认", "确定", "可以", "没问题", "yes", "ok", "okay", "yep", "yeah", "sure", "confirm"].map(bared))

    /// Words that ask for a change: after a yes, they make it no plain yes ("确认 改寄公司").
    private static let changing = [
        "改", "换", "加", "删", "减", "用", "寄", "送到", "发到", "地址", "券", "积分", "change", "add", "remove", "use", "ship", "address",
        "coupon", "points", "make it", "instead",
    ]

    private static let holdingBack = ["不要", "别", "取消", "不买", "不下", "等", "no", "not", "don't", "dont", "cancel", "wait", "hold"]

    private static func commitsWhole(_ text: String, to phrases: Set<String>) -> Bool {
        var bare = bared(text)
        // "cool, yes place the order", "那下单吧": a word of agreement before it, or two.
        // "好 就这样下单", "够 发吧", "那算了 直接下单": more than one, in any order.
        while let lead = commitLeads.first(where: { bare.hasPrefix($0) && bare.count > $0.count }) { bare.removeFirst(lead.count) }
        // "要要要", "发发发": one word said again and again, in a hurry.
        if bare.count >= 2, let first = bare.first, bare.allSatisfy({ $0 == first }) { return phrases.contains(String(first)) }
        // "下单下单", "pay pay": said twice, in a hurry.
        let half = bare.count / 2
        if bare.count.isMultiple(of: 2), half > 0, bare.prefix(half) == bare.suffix(half) {
            return phrases.contains(String(bare.prefix(half)))
        }
        if phrases.contains(bare) { return true }
        // "猫砂先付了", "那豆浆机的先补了": what it is for, then 先 and the verb.
        if let first = bare.range(of: "先", options: .backwards), first.upperBound < bare.endIndex {
            return phrases.contains(String(bare[first.upperBound...]))
        }
        return false
    }

    /// `text` lower-cased without punctuation, spaces and particles (了 of 算了 too).
    private static func bared(_ text: String) -> String {
        text.lowercased().filter { !$0.isPunctuation && !$0.isWhitespace && !"吧啊呀了哈嗯好的吗呗".contains($0) }
    }

    /// Bared as the text is, so "算了" is looked for as what is left of it ("算").
    private static let commitLeads = [
        "ok", "okay", "cool", "great", "sure", "alright", "yes", "yeah", "ya", "yea", "yup", "fine", "够了", "够", "那算了", "算了", "那就", "就这样",
        "先这样", "这样", "那", "就", "直接",
        "行",
        "冲",
    ].map(bared)

    /// "哦不对 次卧已经有窗帘了 少一个": fewer of a line named by its words, no pick corrected (a
    /// place, "不对 是第三个", is one).
    static func fewerOfANamedLine(_ parse: Parse) -> Bool {
        guard parse.slots[.quantity] != nil, case .string? = parse.slots[.product] else { return false }
        return true
    }

    static let orderCommitments: Set<String> = [
        "确认下单", "确定下单", "提交订单", "下单", "去付款", "付款", "立即付款", "支付", "去支付", "确认支付", "确认付款", "买单", "付",
        "付钱",
        "placetheorder", "placeorder", "placemyorder", "paynow", "pay", "confirmorder", "confirmtheorder", "confirmandpay",
    ]

    static let packetCommitments: Set<String> = [
        "发", "发发发", "发出去", "发送", "就这么发", "塞钱进红包", "sendit", "send", "sendtheredenvelope", "sendnow", "senditout", "sendout",
        "goahead",
    ]

    /// Asks for a missing slot, in the turn's language, and remembers what was already said.
    func ask(_ question: some Phrasebook, for slot: SlotName, _ turn: inout Turn) -> Answer {
        ask(question.text(turn.lang), for: slot, &turn)
    }

    /// Asks for a missing slot and remembers what was already said.
    func ask(_ question: String, for slot: SlotName, _ turn: inout Turn) -> Answer {
        turn.session.pending = .slot(intent: turn.parse.intent, slots: turn.parse.slots, missing: slot)
        return Answer(question, data: .object(["expecting": .string(slot.rawValue)]))
    }
}
