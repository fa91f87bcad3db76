import Foundation
import ShopText

/// Turns an utterance into an intent with slots (PROTOCOL.md §4).
///
/// Two stages, as in Snips NLU: shared extractors find the entities (numbers, money, ordinals,
/// SKUs, recipients, catalog words), then a classifier trained from the annotated training
/// phrases picks the intent and the slot filler reads that intent's slots from the entities. What
/// the classifier cannot place with confidence is `fallback`.
public struct IntentEngine: Sendable {
    /// The catalog words the engine knows; changing it recompiles them.
    public var lexicon: Lexicon {
        get { parts.value.lexicon }
        set { parts = Frozen(Parts(lexicon: newValue, model: model)) }
    }

    // Borrowed, not copied: a parse reads these dozens of times.
    var extractor: EntityExtractor { _read { yield parts.value.extractor } }
    var slotFiller: SlotFiller { _read { yield parts.value.slotFiller } }
    var model: IntentModel { _read { yield parts.value.model } }

    /// Everything behind one reference: an engine is copied on every turn (a conversation reads
    /// the process's shared one). Immutable once made, so shared across threads as it is.
    private var parts: Frozen<Parts>

    private struct Parts: Sendable {
        let lexicon: Lexicon
        let extractor: EntityExtractor
        let slotFiller: SlotFiller
        let model: IntentModel

        init(lexicon: Lexicon, model: IntentModel, compiled: CompiledLexicon? = nil) {
            let compiled = compiled ?? CompiledLexicon(lexicon)
            self.lexicon = lexicon
            self.model = model
            extractor = EntityExtractor(lexicon: compiled)
            slotFiller = SlotFiller(lexicon: compiled, featurizer: model.featurizer)
        }
    }

    /// Trains (once per process) and compiles `lexicon`'s catalog words. Then `parse` is
    /// read-only, so one engine may serve every thread.
    ///
    /// ```swift
    /// let engine = IntentEngine(lexicon: Lexicon(brands: ["Midea"]))
    /// let parse = engine.parse("add 2 of the second one")   // cart.add, quantity 2, product 2
    /// ```
    public init(lexicon: Lexicon = Lexicon()) {
        // The first engine of a process trains the model; compiling the catalog meanwhile on the
        // other core keeps `shopchat parse hi` quick.
        let (model, compiled) = inParallel({ Self.trainedModel }, { CompiledLexicon(lexicon) })
        parts = Frozen(Parts(lexicon: lexicon, model: model, compiled: compiled))
    }

    /// Starts training on another thread, so that reading the catalog and training overlap;
    /// the first engine built then waits only for what is left.
    public static func startTraining() {
        Thread.detachNewThread { _ = trainedModel }
    }

    /// The model depends only on the training phrases, so one process trains it once.
    private static let trainedModel: IntentModel = {
        let phrases = TrainingSet.phrases
        return IntentModel(phrases: phrases, extractor: EntityExtractor(lexicon: CompiledLexicon(TrainingLexicon.make(phrases))))
    }()

    /// Whether `text` opens with a count and what it comes in ("2 packs of …", "a box of …"):
    /// an order, said without a verb.
    public static func opensWithCountedContainer(_ text: String) -> Bool {
        BuyingWords.countedContainer(text) != nil
    }

    /// Whether `text` is a count and what it comes in, nothing more ("2 packs pls", "3 boxes"): no
    /// product's name, so the product meant is the one on screen.
    public static func saysOnlyACount(_ text: String) -> Bool {
        var words = text.quickLowercased().split(whereSeparator: { " ,.!".contains($0) })[...]
        while let last = words.last, ["pls", "please", "plz", "thx", "then", "too"].contains(last) { words = words.dropLast() }
        while let first = words.first, ["ok", "okay", "just", "and", "umm", "hmm"].contains(first) { words = words.dropFirst() }
        guard let first = words.first, let count = Int64(first), count > 0 else { return false }
        return words.count == 1 || (words.count == 2 && SlotFiller.containers.contains(String(words.last!)))
    }

    /// Understands `text`; `context` says what the conversation just asked, if anything.
    public func parse(_ text: String, context: ParseContext = ParseContext()) -> Parse {
        var parse = understood(text, context: context)
        if context == ParseContext(), let named = strayQueryNamed(text, over: parse) { parse = named }
        if context == ParseContext(), parse.intent == .fallback || parse.confidence < 0.5, let sent = SlotFiller.sentToSomeone(text) {
            var slots: Slots = [.product: .string(sent.product)]
            if let person = sent.recipient { slots[.recipient] = .string("@" + person) }
            return Parse(intent: .shareProduct, confidence: 0.9, slots: slots)
        }
        // "my coworker ben keeps asking what to get us. send him the play gym": the request was
        // read in its own sentence; him is the one the story introduced.
        // ("its my friend marco's birthday today lol. send him a 66 red envelope": the envelope too.)
        if [.friendAdd, .shareProduct, .redpacketSend].contains(parse.intent), parse.slots[.user] == nil, parse.slots[.recipient] == nil,
            let person = SlotFiller.personIntroduced(text)
        {
            parse.slots[parse.intent == .friendAdd ? .user : .recipient] = .string(parse.intent == .friendAdd ? person : "@" + person)
        }
        // "再加瓶", "那加本": 加 and a measure word add one more of the product in view; nobody is
        // called 瓶 (they made a friend named "本").
        if parse.intent == .friendAdd, case .string(let user)? = parse.slots[.user], user.count == 1,
            Word.zhClassifiers.contains(Word.h(user)), !["友", "friend"].contains(where: text.quickLowercased().contains)
        {
            return Parse(intent: .cartAdd, confidence: parse.confidence, slots: [.quantity: .int(1)])
        }
        return parse
    }

    private func understood(_ text: String, context: ParseContext) -> Parse {
        if let plain = RoughCounts.plain(text) { return parse(plain, context: context) }
        // "有木有", "好滴", "有卷没": slang read as the words it stands for, before any rule reads it.
        if let plain = ChineseSlang.plain(text) { return parse(plain, context: context) }
        if context == ParseContext(), let asked = howDoI(text) { return asked }
        if context == ParseContext(), HelpAsked.asks(text) { return Parse(intent: .help, confidence: 0.9) }
        if context == ParseContext(), CouponWorks.asks(text) { return Parse(intent: .cartQuote, confidence: 0.9) }
        if context == ParseContext(), CouponWorks.asksWhatIsHeld(text) { return Parse(intent: .couponList, confidence: 0.9) }
        if context == ParseContext(), let asked = CouponWorks.takingOneOf(text), case let reading = parse(asked),
            reading.intent == .couponClaim
        {
            return reading
        }
        // "现在砍到多少了", "台灯砍到多少了": how far a bargain has come, which its start shows.
        if context == ParseContext(), text.contains("砍"), ["砍到多少", "砍了多少", "砍到哪", "砍价进度"].contains(where: text.contains) {
            return Parse(intent: .bargainStart, confidence: 0.9, slots: slots(text, as: .bargainStart))
        }
        // "再来一刀！": a cut (read as 来 with a count, it added one more of something).
        if context == ParseContext(), text.contains("一刀"), ["来一刀", "补一刀"].contains(where: text.contains) {
            return Parse(intent: .bargainCut, confidence: 0.9, slots: slots(text, as: .bargainCut))
        }
        if context == ParseContext(), let request = PurposeSaid.request(text), case let reading = parse(request),
            !BuyingWords.chat.contains(reading.intent), reading.confidence >= 0.9
        {
            return reading
        }
        if context == ParseContext(), Self.grabHowAsked(text) { return Parse(intent: .redpacketGrab, confidence: 0.9) }
        // Each of these readings needs several words (ten bytes at least), which most chat turns
        // ("yes", "check out") lack: one length check spares them all.
        if context == ParseContext(), text.utf8.count >= 10, let asked = askedInPassing(text) { return asked }
        if context == ParseContext(), let shared = sentToLook(text) { return shared }
        if context == ParseContext(), let enough = countEnough(text) { return enough }
        if context == ParseContext(), let place = NumberedItem.place(text) {
            return Parse(intent: .productShow, confidence: 0.9, slots: [.product: .int(place)])
        }
        if context == ParseContext(), let count = EnoughCount.count(text) {
            return Parse(intent: .cartUpdate, confidence: 0.9, slots: [.quantity: .int(count)])
        }
        // "when does the tv ship": when an order comes, not a search of what it holds.
        if context == ParseContext(), text.utf8.first.map({ $0 | 0x20 }) == UInt8(ascii: "w"), case let lowered = text.quickLowercased(),
            lowered.hasPrefix("when "), [" ship", " arrive", " get here", " be delivered", " deliver"].contains(where: lowered.contains)
        {
            return Parse(intent: .orderTrack, confidence: 0.9, slots: slots(text, as: .orderTrack))
        }
        // "奶粉到没到啊" (a check-in, by its 到), "头盔到了没啊 周六就要骑了": whether what was bought has come.
        if context == ParseContext(), text.contains("到"), !text.contains("签到"), !text.contains("砍"),
            Self.askingArrival.contains(where: text.contains)
        {
            return Parse(intent: .orderTrack, confidence: 0.9, slots: slots(text, as: .orderTrack))
        }
        let whole = Self.slotsRepaired(parseWhole(text, context: context), in: text)
        if context == ParseContext(), [.catalogSearch, .fallback, .productShow].contains(whole.intent), let these = justThese(text) {
            return these
        }
        if context == ParseContext(), [.catalogSearch, .fallback].contains(whole.intent), let named = namedPlease(text) { return named }
        if context == ParseContext(), [.catalogSearch, .fallback].contains(whole.intent), let started = groupBuyStarted(text) {
            return started
        }
        if context == ParseContext(), [.catalogSearch, .fallback].contains(whole.intent), let review = starsSaid(text) { return review }
        if context == ParseContext(),
            [.catalogSearch, .fallback, .productShow].contains(whole.intent)
                || (whole.intent == .cartAdd && whole.slots[.product] == nil && whole.slots[.products] == nil && text.contains("再")),
            text.containsByte(where: { $0 >= 0xE3 }),
            let change = countChangeSaidLast(text)
        {
            return change
        }
        if context == ParseContext(), whole.intent != .cartRemove || whole.confidence < 0.9, let removal = Self.takenOut(text),
            case let reading = parse(removal),
            reading.intent == .cartRemove
        {
            return reading
        }
        // "太贵了 她一个人用不了这么好的 要第一个吧": a pick said last, after why, whatever the why read as
        // (it removed the first).
        if context == ParseContext(), whole.intent == .cartRemove, let pick = Self.pickSaidLast(text) {
            return Parse(intent: .cartAdd, confidence: 0.9, slots: [.product: .int(pick)])
        }
        if context == ParseContext(), [.catalogSearch, .productCompare, .cartUpdate, .fallback].contains(whole.intent),
            let chosen = theOneChosen(text)
        {
            return chosen
        }
        if context == ParseContext(), [.catalogSearch, .cartAdd, .cancel, .fallback].contains(whole.intent),
            let chosen = theOneChosenInChinese(text)
        {
            return chosen
        }
        if context == ParseContext(), [.productShow, .productReviews, .fallback, .catalogSearch].contains(whole.intent),
            let named = Self.whatIsLike(text), BuyingWords.namesCatalogThing(named, engine: self)
        {
            return Parse(intent: .productShow, confidence: max(whole.confidence, 0.9), slots: [.product: .string(named)])
        }
        if context == ParseContext(), let asked = priceAsked(text, over: whole) { return asked }
        if context == ParseContext(), let kind = Self.kindAskedOf(text, over: whole) { return kind }
        if context == ParseContext(), CartStateAsked.asks(text) { return Parse(intent: .cartShow, confidence: 0.9) }
        if context == ParseContext(), let wallet = walletAsked(text, over: whole) { return wallet }
        // "G1 我要我要 正好囤两罐": a group buy's code with a want, however unsure the rest. ("我也要
        // g1" is no red envelope: theirs are numbered.)
        // (Read as a join unsure of a grab, it asked "group buy or red envelope?".)
        let unsureJoin = whole.intent == .groupbuyJoin && whole.alternatives.contains(.redpacketGrab)
        if context == ParseContext(), unsureJoin || [.fallback, .cartAdd, .confirm, .redpacketGrab].contains(whole.intent),
            AskingWords.namesGroupBuy(text)
        {
            return Parse(intent: .groupbuyJoin, confidence: 0.9, slots: slots(text, as: .groupbuyJoin))
        }
        // "奶奶家烧水壶坏了 有啥电热水壶": something broken at home, then a search asked last, with no
        // word of returning: the search.
        let returnWordless =
            whole.intent == .orderReturn
            && !["退", "换", "return", "refund", "send back", "exchange"].contains(where: text.quickLowercased().contains)
        if returnWordless, let asked = BuyingWords.askingClause(text), case let clause = parse(asked, context: context),
            clause.intent == .catalogSearch
        {
            return clause
        }
        // "the apple silicone case for it too", "oh and the babycare wipes": one more thing to
        // buy, said with no word of returning.
        if returnWordless, BuyingWords.addsOneMore(text), let product = whole.slots[.product] {
            return Parse(intent: .cartAdd, confidence: 0.9, slots: [.product: product])
        }
        if context == ParseContext(), !BuyingWords.shopping.contains(whole.intent), whole.intent != .orderReturn,
            let asked = BuyingWords.askingHave(text, engine: self)
        {
            return asked
        }
        if context == ParseContext(), let asked = BuyingWords.askedOverStory(text, over: whole, engine: self) { return asked }
        if context == ParseContext(), let shared = sharedWithoutRemark(text, over: whole) { return shared }
        // (A comparison read whole takes a story's words for a product's: "…a gaming laptop finally
        // 😤 legion y7000p vs xiaoxin pro 14?".)
        if context == ParseContext(),
            // (Or one unsure of itself: "supor mini 2l vs the mijia 3l?" asked whether to compare.)
            whole.intent != .productCompare || whole.confidence < 0.9 || text.containsByte(where: { $0 >= 0xF0 })
                || Self.hasSentenceEnd(text),
            let either = eitherAsked(text)
        {
            return either
        }
        // (A share too: "does the washer come with installation?" shared it with "installation".)
        // (Of an unsure reading, only one named: "can the goodbaby one fold…" was a bargain.)
        let asksOfOne = [.fallback, .catalogSearch, .productShow, .cartQuote, .shareProduct].contains(whole.intent)
        // ("its 2 panels, is that one window?" asks of the one on screen: no add of 2.)
        let countAsked = [.cartAdd, .cartUpdate].contains(whole.intent) && whole.confidence < 0.5 && text.hasSuffix("?")
        if context == ParseContext(), asksOfOne || whole.confidence < 0.5, let asked = askedOfOne(text),
            asksOfOne || countAsked || asked.slots[.product] != .string("this")
        {
            return asked
        }
        // ("那10000的呢", read as a search of nothing, asks of that one.)
        let searchOfNothing = whole.intent == .catalogSearch && whole.slots[.query] == nil
        if context == ParseContext(), [.productShow, .cartAdd].contains(whole.intent) || searchOfNothing,
            let spec = SpecNamed.spec(in: text),
            [nil, .string("this")].contains(whole.slots[.product]) || spec.first?.isNumber == false
                || !BuyingWords.namesCatalogThing(whole.slots[.product]?.stringValue ?? "", engine: self)
        {
            var slots = searchOfNothing ? [:] : whole.slots
            slots[.product] = .string(spec)
            return Parse(intent: searchOfNothing ? .productShow : whole.intent, confidence: max(whole.confidence, 0.9), slots: slots)
        }
        if context == ParseContext(), whole.intent != .cartAdd || whole.confidence < 0.9, let also = alsoWanted(text) { return also }
        // (An add of one thing counted apart may be of several: "红楼梦 西游记 史记各来一本" added 史记.)
        if context == ParseContext(), whole.intent != .cartAdd || (whole.slots[.products] == nil && text.contains("各")),
            let apart = countSaidApart(text)
        {
            return apart
        }
        // "等下 大刘说他自己有袜子 袜子改4包": a count changed, unsure whole, is the last clause's when
        // that clause surely changes one (the whole took "刘说他自己有袜子" for the product).
        if context == ParseContext(), whole.intent == .cartUpdate, whole.confidence < 0.9, text.containsByte(where: { $0 >= 0xE4 }),
            let last = BuyingWords.clauses(of: text, spacesBreak: true).last, last != text,
            case let reading = parse(last), reading.intent == .cartUpdate, reading.confidence >= 0.9, reading.slots[.quantity] != nil
        {
            return reading
        }
        // "丈母娘爱喝牛奶 金典有机的来两箱": an add whose product is a story clause's words (爱喝牛奶, unsure
        // read alone), when the last clause surely adds a product of its own with a count.
        if context == ParseContext(), whole.intent == .cartAdd, let words = whole.slots[.product]?.stringValue,
            text.containsByte(where: { $0 >= 0xE4 }), case let clauses = BuyingWords.clauses(of: text, spacesBreak: true),
            clauses.count >= 2, let last = clauses.last, !last.contains(words),
            let story = clauses.first(where: { $0.contains(words) }), parse(story).confidence < 0.9,
            case let reading = parse(last), reading.intent == .cartAdd, reading.confidence >= 0.9, reading.slots[.product] != nil,
            reading.slots[.quantity] != nil
        {
            return reading
        }
        if context == ParseContext(), whole.intent != .cartAdd, let counted = countedFirstClause(text) { return counted }
        if context == ParseContext(), let branded = brandSaidApart(text, over: whole) { return branded }
        if context == ParseContext(), let which = whichOfTwo(text, over: whole) ?? comparedWithThis(text) { return which }
        if context == ParseContext(), whole.intent != .productCompare || whole.confidence < 0.9, let than = comparedByThan(text) {
            return than
        }
        if context == ParseContext(), whole.intent != .cartAdd || whole.confidence < 0.9, let listed = listedToo(text) { return listed }
        // ("are the oreos the original flavor?" asks of a product, though the brand reads as a search.)
        // ("欧莱雅这个控油吗 多少ml的": a search of a unit alone is a question of how much.)
        // ("is the petkit water fountain loud? she sleeps in my room" is no add either.)
        let asksYesOrNo =
            whole.intent == .catalogSearch && whole.slots.count == 1 && whole.slots[.query].map { Self.units.contains($0) } == true
            || [.catalogSearch, .cartAdd].contains(whole.intent)
                && [UInt8(ascii: "a"), UInt8(ascii: "i"), UInt8(ascii: "d")].contains(text.utf8.first.map { $0 | 0x20 })
                && ["are the ", "is the ", "does the ", "do the "].contains(where: text.quickLowercased().hasPrefix)
        if context == ParseContext(), [.fallback, .thanks, .greeting, .help, .cartRemove].contains(whole.intent) || asksYesOrNo,
            whole.intent != .cartRemove || !PropertyQuestions.saysRemoving(text), let asked = PropertyQuestions.asked(text)
        {
            var product = slots(PropertyQuestions.named(text, asked: asked), as: .productShow)[.product]
            // "wait is it usb c?": the words asked about are no product's name; "it" is.
            if PropertyQuestions.opensPointing(text), let named = product?.stringValue, !BuyingWords.namesCatalogThing(named, engine: self)
            {
                product = .string("this")
            }
            // Of a product named or pointed at, or said short after one ("多重"): "你喜欢什么颜色"
            // and "水是什么颜色" ask nothing of the shop.
            if product.map({ !SlotFiller.isStray($0) }) ?? false || PropertyQuestions.pointsAtOne(text, asked: asked) {
                return Parse(intent: .productShow, confidence: 0.9, slots: product.map { [.product: $0] } ?? [:])
            }
        }
        // "这个打起来声音大不大啊 楼里都是老年人": asked of the one pointed at, not of "起来声音".
        if context == ParseContext(), whole.intent == .productShow, PropertyQuestions.opensPointing(text),
            let named = whole.slots[.product]?.stringValue, named != "this", !BuyingWords.namesCatalogThing(named, engine: self)
        {
            return Parse(intent: .productShow, confidence: whole.confidence, slots: [.product: .string("this")])
        }
        // "哈哈谢谢 抢了": thanks, then what is wanted ("300 off nice, grab one" read "off" as leaving).
        // (A space parts clauses in Chinese only: "appreciate the help" is thanks.)
        let chinese = text.containsByte { $0 >= 0xE4 }
        if [.thanks, .greeting, .goodbye].contains(whole.intent),
            let cut = text.lastIndex(where: { $0 == "，" || $0 == "," || (chinese && $0 == " ") }),
            case let last = parse(String(text[text.index(after: cut)...]), context: context),
            ![.thanks, .greeting, .fallback, .confirm, .goodbye].contains(last.intent), last.confidence >= 0.9
        {
            return last
        }
        // "降温了 给爸妈买个格力取暖器", "行 来一个 周末在家炸鸡翅": read whole as nothing sure (a
        // question which, unsure, or another intent with a verb of buying in it), remarks around the one clause that asks for something.
        guard context == ParseContext() else { return withoutStrayProduct(whole, text) }
        let unsure =
            whole.intent == .fallback || !whole.alternatives.isEmpty || whole.confidence < 0.9
            || (whole.intent == .catalogSearch && [.query, .category, .brand, .store].allSatisfy { whole.slots[$0] == nil })
            || (!BuyingWords.shopping.contains(whole.intent) && BuyingWords.buyingVerbCount(text) > 0)
        if whole.intent == .fallback, let thing = thingAsked(text) { return thing }
        if whole.confidence < 0.9 || whole.intent == .fallback, let bought = boughtForSomeone(text) { return bought }
        if [.fallback, .catalogSearch].contains(whole.intent), let enough = enoughAsked(text) { return enough }
        if whole.intent == .fallback || whole.confidence < 0.6 || whole.slots[.query]?.stringValue?.contains("能") == true,
            let can = canItAsked(text)
        {
            return can
        }
        if unsure, let what = whatIsAsked(text, over: whole) { return what }
        if unsure, let request = BuyingWords.requestAmongRemarks(text, engine: self) { return request }
        if unsure, let asked = storyThenAsk(text) { return asked }
        // Sure or not, product words that are a remark's give way to the clause or sentence that asks.
        return groundedClause(text, over: whole) ?? lastSentenceAsks(text, over: whole)
            ?? withoutStrayProduct(Self.withoutUnsureLogin(whole), text)
    }

    /// The search words of the last Chinese clause asking a price, when a space parts the text
    /// into clauses; nil otherwise.
    private func pricedClauseSearch(_ text: String) -> Slots? {
        guard text.contains(" "), text.containsByte(where: { $0 >= 0xE4 }) else { return nil }
        // (A space between Chinese characters only: "ipad air多少钱" is one name.)
        let clauses = BuyingWords.clauses(of: text, spacesBreak: false)
        guard clauses.count > 1, let asking = clauses.last(where: AskingWords.asksPriceOfNamed) else { return nil }
        let searched = slotFiller.slots(for: .catalogSearch, Analysis(asking, extractor: extractor))
        return searched[.query] == nil ? nil : searched
    }

    static let askingArrival = ["到没到", "到了没", "到了吗", "到哪了", "到哪儿了", "咋还没到", "怎么还没到"]

    /// Words that send something back, not ask after it ("退一套", "想退", "return one").
    private static func sendsBack(_ text: String) -> Bool {
        guard text.contains("退") || text.contains("return") else { return false }
        return ["退一", "退两", "退掉", "要退", "想退", "退货", "退了吧", "退吧"].contains(where: text.contains)
            || ["return one", "return it", "return the", "return both", "send it back", "one back"].contains(
                where: text.quickLowercased().contains)
    }

    private static let units: Set<SlotValue> = Set(["ml", "g", "kg", "l", "cm", "mm", "寸", "毫升", "克", "升", "斤", "码"].map { .string($0) })

    /// "my daughter wants to know" read as a login at 0.01, naming nobody: a login is never a
    /// guess (it greeted and could hand a first login's gifts); nothing sure was said.
    private static func withoutUnsureLogin(_ reading: Parse) -> Parse {
        guard reading.intent == .accountLogin, reading.slots[.user] == nil, reading.confidence < 0.5 else { return reading }
        return Parse(intent: .fallback, confidence: 1 - reading.confidence)
    }

    /// "衣架也来一包 木有衣架衣服都没地儿挂", "袜子也配两包 李宁的运动袜", "那重新来两包 还是帮宝适
    /// L码的": a counted buy as the first Chinese clause, then words that ask for nothing more —
    /// which one (a brand named: the product) or why (no brand: the first clause's product).
    private func countedFirstClause(_ text: String) -> Parse? {
        guard let (first, rest) = BuyingWords.firstChineseClause(text), Self.mayCount(first) else { return nil }
        let request = parse(first)
        guard request.intent == .cartAdd, request.slots[.quantity] != nil else { return nil }
        var slots = request.slots
        if slotFiller.slots(for: .catalogSearch, Analysis(rest, extractor: extractor))[.brand] != nil {
            var which = Substring(rest)
            for lead in ["还是", "就"] where which.hasPrefix(lead) {
                which = which.dropFirst(lead.count)
                break
            }
            // "洗手液来3瓶 滴露的 客人洗手间用": the brand alone says whose, the first clause what.
            var brand = which.split(separator: " ").first ?? which
            if brand.hasSuffix("的") { brand = brand.dropLast() }
            if brand.count <= 4, case .string(let what)? = request.slots[.product], !what.contains(brand) {
                slots[.product] = .string(brand + " " + what)
            } else {
                slots[.product] = .string(String(which))
            }
        }
        return slots[.product] == nil ? nil : Parse(intent: .cartAdd, confidence: 0.9, slots: slots)
    }

    /// Whether `clause` has a numeral, as a counted buy must: the first clause is parsed whole
    /// only then (that parse was half the time of every spaced Chinese utterance).
    private static func mayCount(_ clause: String) -> Bool {
        clause.unicodeScalars.contains { s in
            (0x30...0x39).contains(s.value) || (0xFF10...0xFF19).contains(s.value) || NumberReader.chineseDigit(s.value) != nil
                || NumberReader.chineseUnit(s.value) != nil || s == "几"
        }
    }

    private func parseWhole(_ text: String, context: ParseContext) -> Parse {
        // "维达卷纸来一提 再来瓶滴露洗手液": an add in each clause is a list of products.
        if let listed = clauseItems(text) { return listed }
        // "指甲剪算了吧 家里好像还有一个", "那指甲剪还是加回来吧": a product taken out, put back.
        if context == ParseContext(), let change = namedChange(text) { return change }
        if context == ParseContext(), let counted = countedPlease(text) { return counted }
        if context == ParseContext(), let count = BuyingWords.takesToBuyCounted(text) {
            return Parse(intent: .cartAdd, confidence: 0.95, slots: [.quantity: .int(count)])
        }
        // "一学期呢两包哪够 翻个倍吧", "换着穿 改两件吧": a count said last; what comes before is why.
        if context == ParseContext(), let last = BuyingWords.countSaidLast(text) { return parse(last, context: context) }
        if context == ParseContext(), BuyingWords.boughtThenWhy(text) {
            return Parse(intent: .cartAdd, confidence: 0.95, slots: [.product: .string("this")])
        }
        // "哦不对 少一个", "挺好看的 买一支", "还是再来一个吧，送我姐": the request, without the words
        // around it, when it reads as one.
        if let count = DiscourseWords.correctedCount(text) { return parse(count, context: context) }
        if context == ParseContext(), let count = DiscourseWords.bareCountLast(text) { return parse(count, context: context) }
        if let swap = DiscourseWords.pickedWrong(text) { return parse(swap, context: context) }
        if let meant = DiscourseWords.notThisBut(text), case let request = parse(meant, context: context),
            !BuyingWords.chat.contains(request.intent), request.confidence >= 0.9
        {
            return request
        }
        if let counted = DiscourseWords.oneEach(text) { return parse(counted, context: context) }
        if context == ParseContext(), let request = BuyingWords.withoutForWhom(text) { return parse(request, context: context) }
        if let core = DiscourseWords.core(of: text) {
            let request = parse(core, context: context)
            // After "啊没货了" what follows is the whole request, however unsure its reading.
            if request.intent != .fallback, request.confidence >= 0.75 || DiscourseWords.opensWithReaction(text) { return request }
        }
        // "can i get it cheaper? start a group buy on it", "can i still cancel it? saw it cheaper
        // at the store": of English sentences, the one request.
        // ("who got some so far? how many left": of a red envelope, both.)
        if context == ParseContext(), !AskingWords.asksWhoGrabbed(text), let request = BuyingWords.sentenceRequest(text, engine: self) {
            return request
        }
        // "need a good mouse for wfh, add the logitech mx master 3s": a later clause that opens
        // with "add" is the request.
        if let clause = BuyingWords.laterAdd(text), case let request = parse(clause, context: context), request.intent == .cartAdd {
            return request
        }
        // "送我妈一台": a gift is bought.
        if let plain = GiftVerbs.plain(text) { return parse(plain, context: context) }
        // "88" with no question waiting is bye-bye; asked how many, it is 88.
        if context == ParseContext(), ChineseSlang.meansBye(text) { return Parse(intent: .goodbye, confidence: 1) }
        // "ad the cheapest": the commonest slip for "add", too short for the spelling corrector.
        let head = Array(text.utf8.prefix(3))
        if head.count == 3, head[0] | 0x20 == UInt8(ascii: "a"), head[1] | 0x20 == UInt8(ascii: "d"), head[2] == UInt8(ascii: " ") {
            return parse("add" + text.dropFirst(2), context: context)
        }
        let analysis = Analysis(text, extractor: extractor)
        if context == ParseContext(), BuyingWords.mayCountAmongClauses(analysis, text),
            let request = BuyingWords.countedClause(text, engine: self)
        {
            return request
        }
        var classification = classify(analysis)
        // "the second one", "这款": a reference alone is a look at what it points at.
        if context == ParseContext(), BareReference.isAlone(analysis) { classification.settle(as: .productShow, surely: true) }
        // Swaps are looked at only when a word of one is there (a hash lookup per token).
        let swapping = BuyingWords.maySwap(analysis)
        var englishCount: Int64?
        // "搜iPhone 15", "先帮我搜下口红": an utterance that opens with 搜 (after a polite "帮我") is a
        // search, whatever its numbers suggest.
        if classification.intent != .catalogSearch, BuyingWords.opensWithSearch(text) {
            classification.settle(as: .catalogSearch, surely: true)
        }
        let countedBuy = BuyingWords.countedBuy(text)
        if countedBuy != nil || BuyingWords.countedBuyLast(text) {
            classification.settle(as: .cartAdd, surely: true)
        }
        let takesCounted = BuyingWords.takesCounted(text)
        // Whatever else its words suggest ("评分高的那个来两罐" a review, "…饮水机来一个" a return).
        // (Read as an add already but unsure of it, it is sure: "蚕丝被来一床" asked add or search.)
        if classification.intent != .cartAdd || classification.confidence < 0.9,
            takesCounted || BuyingWords.countAfterName(text)
                // ("她说面膜要两盒": a new count of a line, as read.)
                || classification.intent != .cartUpdate && BuyingWords.takesIt(text)
        {
            classification.settle(as: .cartAdd, surely: true)
        }
        // "添加地址 北京市朝阳区…", "ship to my office: 5 Main St": an address said as one is one,
        // whatever its place names sound like to the classifier.
        if AddressWords.mayAskToAdd(analysis), AddressWords.isNewAddress(text),
            classification.intent != .addressUse || AddressWords.read(text).text != nil
        {
            classification.settle(as: .addressAdd, surely: true)
        }
        // "oh not the old flat, we moved last week. Room 902, Building 3, … 13800002751": an
        // address with a phone number is one, however the rest reads.
        // (Eleven ASCII digits counted first: the phone scan cost 5 % of parsing on every longer text.)
        if classification.intent != .addressAdd, text.utf8.count > 24, text.utf8.lazy.filter({ (0x30...0x39).contains($0) }).count >= 11,
            case let reading = AddressWords.read(text), reading.phone != nil, reading.text != nil
        {
            classification.settle(as: .addressAdd, surely: true)
        }
        // "寄我家" read as logging in as 寄 (and a first login's gifts given): a login is said.
        if classification.intent == .accountLogin, !AskingWords.saysLogin(text) {
            classification.settleOnNextReading()
        }
        // "女儿下周开学了 帮她挑个台灯", "8点了！！快抢猫粮", "my bf wants one too lol grab another":
        // read as a return with no word of returning nor of anything wrong with what came: the
        // next reading (the classifier's sink for remarks it cannot place).
        if classification.intent == .orderReturn, !Self.saysReturn(text), ReturnReasons.find(in: analysis) == nil,
            !BuyingWords.addsOneMore(text)
        {
            classification.settleOnNextReading()
        }
        // "双11不是有满1000减100的券吗 领一下": a coupon taken, not an envelope grabbed.
        if [.redpacketGrab, .flashBuy].contains(classification.intent), text.contains("券"), text.contains("领"), !text.contains("红包") {
            classification.settle(as: .couponClaim, surely: true)
        }
        if classification.intent != .pointsShow, AskingWords.asksPoints(text) {
            classification.settle(as: .pointsShow, surely: true)
        }

        // "did the lunch boxes arrive?", "whats it normally": asked of an order, of a list price.
        // ("收纳箱到了 有一个拉链是坏的拉不上 退一套": it came, and one is sent back.)
        if classification.intent == .orderTrack, Self.sendsBack(text) {
            classification.settle(as: .orderReturn, surely: true)
        } else if AskingWords.asksArrival(text), !Self.sendsBack(text) {
            classification.settle(as: .orderTrack, surely: true)
        } else if classification.intent != .productShow, AskingWords.asksUsualPrice(text) {
            classification.settle(as: .productShow, surely: true)
        }
        // "estee lauder night repair vs lancome genifique?": two products set against each other.
        if classification.intent != .productCompare, BuyingWords.setsAgainst(text), case .list(let items)? = slotFiller.products(analysis),
            items.count == 2
        {
            classification.settle(as: .productCompare, surely: true)
        }
        // "2 li-ning hoodies": a count and what is counted, no verb, is an order of them; "ok the
        // cheaper one" buys the cheaper of those shown.
        if classification.intent == .catalogSearch && BuyingWords.opensWithCount(analysis) || BuyingWords.picksBySuperlative(text) {
            classification.settle(as: .cartAdd, surely: true)
        }
        // "add nescafe 1+2 for the office" read as a review, a code as a coupon's: adding is buying.
        // (A friend or an address the classifier heard stays one: "add @heidi", "add my buddy sam".)
        if ![.cartAdd, .friendAdd, .addressAdd].contains(classification.intent), BuyingWords.opensWithAdd(text) {
            classification.settle(as: .cartAdd, surely: true)
        }
        // "also need the anker 30w charger", "the keep smart jump rope pls": asked for, not looked up.
        if classification.intent == .catalogSearch, BuyingWords.asksForTheProduct(text) {
            classification.settle(as: .cartAdd, surely: true)
        }
        // "return P1001" (too unsure: nothing), "return 1 of P1158" (a change of the cart's count).
        if classification.intent != .orderReturn, BuyingWords.opensWithReturn(text) {
            classification.settle(as: .orderReturn, surely: true)
        }
        if classification.intent != .pointsCheckin, AskingWords.checksInEnglish(text) {
            classification.settle(as: .pointsCheckin, surely: true)
        }
        // "2 packs pls": that many of what is on screen.
        if classification.intent == .cartAdd, classification.confidence < 0.9, text.contains(" "), Self.saysOnlyACount(text) {
            classification.settle(as: .cartAdd, surely: true)
        }
        // "积分能干嘛", "what are points for": the points, which say how they are spent.
        if classification.intent == .pointsShow || classification.intent == .pointsRedeem || classification.intent == .help,
            PointsAskedAbout.whatFor(text)
        {
            classification.settle(as: .pointsShow, surely: true)
        }
        // "use my 30 points on it lol": paying with that many points, surely.
        if classification.intent != .pointsRedeem || classification.confidence < 0.9, BuyingWords.usesPoints(text) {
            classification.settle(as: .pointsRedeem, surely: true)
        }
        // "cancel the watch order pls, keep the airtags": an order not yet shipped is cancelled,
        // not returned.
        if classification.intent == .orderReturn, text.utf8.first.map({ $0 | 0x20 }) == UInt8(ascii: "c"),
            case let lowered = text.quickLowercased(), lowered.hasPrefix("cancel "), lowered.contains(" order")
        {
            classification.settle(as: .orderCancel, surely: true)
        }
        // "B1 给我干儿子砍一刀", "joining G1": a code and what to do with it.
        if let (intent, code) = CodedRequests.reading(text, analysis) {
            let slot: SlotName = intent == .bargainCut ? .bargain : .group
            return Parse(intent: intent, confidence: 0.95, slots: [slot: .string(code)])
        }
        // "B1帮你砍了哈": cutting someone else's bargain, not starting one.
        if classification.intent != .bargainCut, ["帮你砍", "帮他砍", "帮她砍", "给你砍"].contains(where: text.contains) {
            classification.settle(as: .bargainCut, surely: true)
        }
        // "G1 参团 给我也来一个": joining a group buy, whatever else is wanted with it.
        if classification.intent != .groupbuyJoin, text.contains("参团") || text.contains("跟团"), !text.contains("开") {
            classification.settle(as: .groupbuyJoin, surely: true)
        }
        // "checkout again" read as turning deals back on ("again"): an unsure reading that has the
        // word "checkout" is a checkout.
        if classification.intent != .checkout, classification.confidence < 0.8, BuyingWords.saysCheckout(text) {
            classification.settle(as: .checkout, surely: true)
        }
        // "take it", "take the first one", "ill take the cheaper one": taking is buying, unless it
        // is taken out, off or away, or instead of another.
        if classification.intent == .cartRemove || classification.intent == .cartUpdate, BuyingWords.takesToBuy(text) {
            classification.settle(as: .cartAdd, surely: true)
        }
        // "穷查理宝典和金钱心理学各一本": products listed with their counts, no word of changing
        // a count, are wanted (a count alone reads as a change to the classifier).
        if classification.intent == .cartUpdate, !BuyingWords.changesCount(text), slotFiller.items(analysis) != nil {
            classification.settle(as: .cartAdd)
        }
        if classification.intent == .cartRemove, BuyingWords.takesInHand(text) {
            classification.settle(as: .cartUpdate, surely: true)
        }
        // "小棕瓶评分高点 就它了": the product the reason names is the one wanted.
        if let chosen = BuyingWords.chosenByReason(text) {
            return Parse(intent: .cartAdd, confidence: 0.95, slots: [.product: .string(chosen)])
        }
        // "贵的那个吧 对自己好点": chosen by price alone (it read as nothing).
        if [.fallback, .confirm].contains(classification.intent) || classification.confidence < 0.9,
            let chosen = BuyingWords.choosesByPrice(text)
        {
            return Parse(intent: .cartAdd, confidence: 0.9, slots: [.product: .string(chosen)])
        }
        // "好的谢谢": thanks, as "ok thanks" is; a yes would place what waits.
        if classification.intent == .confirm, DiscourseWords.onlyThanks(text) {
            classification.settle(as: .thanks, surely: true)
        }
        // "就它了": the product in focus is the one wanted (it read as a yes).
        if BuyingWords.choosesThis(text) {
            classification.settle(as: .cartAdd, surely: true)
        }
        // "三文鱼现在有几份", "follow them", "小米电视65寸开团": what the words surely ask.
        if let asked = AskingWords.reading(of: text, analysis, classified: classification.intent) {
            classification.settle(as: asked, surely: true)
        }
        // "me too, G1", "G1 我要我要 正好囤两罐": a group buy's code said with a want joins it (it
        // read as adding a product "g1", or as nothing).
        if [.cartAdd, .fallback, .confirm].contains(classification.intent), AskingWords.namesGroupBuy(text) {
            classification.settle(as: .groupbuyJoin, surely: true)
        }
        // "现在能抢吗": whether the sale can be bought now is trying to buy it (no envelope named).
        if classification.confidence < 0.9, text.contains("抢"), ["能抢", "可以抢", "开抢"].contains(where: text.contains),
            !text.contains("包"), ["吗", "?", "？", "没", "不"].contains(where: text.hasSuffix)
        {
            classification.settle(as: .flashBuy, surely: true)
        }
        // "whats in my orders now": what is in the orders, not in the cart.
        if classification.intent == .cartShow, case let lowered = text.quickLowercased(), lowered.contains("orders"),
            !lowered.contains("cart")
        {
            classification.settle(as: .orderList, surely: true)
        }
        // "能开公司抬头的发票吗 要报销": invoices are not done in chat, and any other reading acts on
        // the question's words (公司 read as removing the office address).
        if AskingWords.asksInvoice(text) {
            classification.settle(as: .fallback, surely: true)
        }
        // "还剩几个没人领": the shares of an envelope, not a product's stock.
        if classification.intent != .redpacketShow, AskingWords.asksSharesLeft(text) {
            classification.settle(as: .redpacketShow, surely: true)
        }
        // "今天有啥秒杀吗", "猫粮那个秒杀几点开始", "how many r left in the flash sale": a flash sale
        // asked about, not bought, is the list of them.
        if [.catalogDeals, .fallback, .productShow, .catalogSearch, .flashBuy].contains(classification.intent), Self.asksFlashSales(text) {
            classification.settle(as: .flashList, surely: true)
        }
        // "回南天家里墙都出水了 除湿机有吗": no word of a deal is no deals page.
        if classification.intent == .catalogDeals, !AskingWords.mentionsDeals(text) {
            classification.settle(as: .catalogSearch)
        }
        // "宝宝八个月了该换二段奶粉了飞鹤星飞帆2段多少钱啊": a price asked last, of a name, shows
        // that product, whatever the words before sound like.
        // ("五常大米现在啥价": a price asked is no bargain, whatever 价 sounds like without 砍.)
        if classification.intent == .catalogSearch || classification.intent == .bargainStart && !text.contains("砍"),
            AskingWords.endsAskingPrice(text),
            case .string(let name)? = slotFiller.slots(for: .productShow, analysis)[.product], name.count >= 2
        {
            classification.settle(as: .productShow, surely: true)
        }
        if classification.intent == .productShow, AskingWords.asksReviews(text) {
            classification.settle(as: .productReviews, surely: true)
        }
        // "小熊煮蛋器原价多少": a product's price, not the cart's.
        if classification.intent == .cartQuote, AskingWords.asksPriceOfNamed(text),
            case .string(let name)? = slotFiller.slots(for: .productShow, analysis)[.product], name.count >= 2
        {
            classification.settle(as: .productShow, surely: true)
        }
        // "2 packs of nanjiren cotton socks": an order of that many.
        // ("and 2 packs of …", "+ a case of …": one more thing, said on from the last.)
        let said = BuyingWords.withoutLeadingAnd(text)
        let lead = said.utf8.first.map { $0 | 0x20 }
        let opensCounted =
            said.first?.isNumber == true
            || (lead == UInt8(ascii: "a") || lead == UInt8(ascii: "o"))
                && ["a ", "an ", "one ", "A ", "An ", "One "].contains(where: said.hasPrefix)
        let container = opensCounted ? BuyingWords.countedContainer(text) : nil
        if container != nil { classification.settle(as: .cartAdd, surely: true) }
        // "actually 2 is enough", "fine give me all 21": a count said as enough, or all of them.
        if let (intent, count) = BuyingWords.englishCount(text, analysis) {
            classification.settle(as: intent, surely: true)
            englishCount = count
        }
        // "actually double it", "数量翻倍": a change of the count, whatever the words sound like.
        if classification.intent != .cartUpdate, BuyingWords.multiplies(text, analysis) {
            classification.settle(as: .cartUpdate, surely: true)
        }
        // "不要这个了，太贵，换成第二个": a removal said as a swap is the swap (cart.update).
        if classification.intent == .cartRemove, BuyingWords.swaps(text) {
            classification.settle(as: .cartUpdate)
        }
        // "哦不对 宝宝现在穿M码 换成M的", "那还是换第一个吧 评分高": a swap, whatever the reason's
        // words sound like.
        if ![.cartUpdate, .cartRemove, .languageSet].contains(classification.intent),
            classification.intent != .orderReturn || !text.contains("退"),
            swapping, BuyingWords.swapTarget(text) != nil || text.contains("换第"), !BuyingWords.opensWithSearch(text),
            !text.contains("地址")
        {
            classification.settle(as: .cartUpdate, surely: true)
        }
        // "那就2份吧" after a refused 3: a count of the product in focus, not a red envelope's shares.
        if classification.intent == .redpacketSend, !text.contains("红包"), BuyingWords.bareCount(text) {
            classification.settle(as: .cartAdd)
        }
        // "火鸡面太辣了 还是不要了吧": a product named and not wanted is taken out, not a no.
        if [.deny, .orderReturn].contains(classification.intent), text.contains("不要了"), !text.contains("退"),
            case .string(let name)? = slotFiller.slots(for: .cartRemove, analysis)[.product], name.count >= 2
        {
            classification.settle(as: .cartRemove)
        }
        // "hmm 3.9 stars is meh. swap it for the airpods", "back to the anta": a swap said last.
        if swapping, ![.cartUpdate, .languageSet].contains(classification.intent), BuyingWords.englishSwapTarget(text) != nil {
            classification.settle(as: .cartUpdate, surely: true)
        }
        // "scratch that, give me the first one instead": a product named instead is a swap.
        if swapping, [.productShow, .cartAdd].contains(classification.intent), text.quickLowercased().contains("instead") {
            classification.settle(as: .cartUpdate, surely: true)
        }
        // "换成便宜的那个吧": no language named is no change of language; a swap, if it says one.
        if classification.intent == .languageSet, SlotFiller.language(analysis.utterance.text) == nil {
            let swap = BuyingWords.swaps(text)
            classification.settle(as: swap ? .cartUpdate : .fallback, surely: swap)
        }
        // "那先把购物车里的结了": 结 settles the cart (结账), it never empties it.
        // ("购物车里纸尿裤结一下" is no look at the cart either, "稳了😎 购物车里的也结了" no removal.)
        if [.cartClear, .cartShow, .cartRemove].contains(classification.intent),
            ["结了", "结一下", "结掉", "结算", "结账"].contains(where: text.contains),
            !["清", "删", "空", "扔", "不要"].contains(where: text.contains)
        {
            classification.settle(as: .checkout, surely: true)
        }
        // "delete the springfield address": what is removed is an address, not a product.
        if [.cartRemove, .cartClear].contains(classification.intent),
            ["address", "adress", "地址"].contains(where: text.quickLowercased().contains)
        {
            classification.settle(as: .addressRemove)
        }
        switch IntentEvidence.lacking(classification.intent, in: text) {
        case .nothingSure?:
            classification.settle(as: .fallback)
            classification.confidence = 0.5
        case .nextReading?: classification.settleOnNextReading()
        case nil: break
        }
        // "what woks do you have": a kind asked for is searched, not the categories listed.
        if context == ParseContext(),
            [.catalogCategories, .catalogSearch, .fallback, .productCompare].contains(classification.intent)
                || classification.intent == .productReviews && Self.kindAskedFor(text) != nil,
            let kind = kindAsked(text)
        {
            // Words the lexicon does not know ("woks") are still what to look for.
            var slots = slots(kind, as: .catalogSearch)
            if slots[.query] == nil { slots[.query] = .string(kind) }
            return Parse(intent: .catalogSearch, confidence: 0.95, slots: slots)
        }
        if !context.choices.isEmpty, let chosen = choose(analysis, classification, among: context.choices) {
            return chosen
        }
        if let expecting = context.expecting, let answered = answer(analysis, classification, expecting) {
            return answered
        }
        if classification.intent == .fallback, context == ParseContext(), let request = BuyingWords.requestClause(text, engine: self) {
            return request
        }
        // "有点贵 能拼团不 我开个团", "太贵了 能拼团吗": a group buy asked among reasons is the request.
        if context == ParseContext(), let request = BuyingWords.groupBuyClause(text, engine: self) {
            return request
        }
        if classification.intent == .fallback { classification.alternatives = [] }
        var slots = slotFiller.slots(for: classification.intent, analysis)
        // "家里猫主子的粮快吃完了，有猫粮吗": the clause that asks names what to find.
        if classification.intent == .catalogSearch, let asked = askedSlots(text) {
            slots = asked
        } else if Self.clauseSlotIntents.contains(classification.intent), context == ParseContext(),
            let request = BuyingWords.oneClauseReading(text, as: classification.intent, engine: self)
        {
            // "女朋友生日想送精华 兰蔻小黑瓶跟雅诗兰黛小棕瓶哪个好", "瑜伽垫有推荐的吗 刚开始练": of a
            // reason and a request, the request's clause alone names what it is about (a price
            // said in another clause still bounds it: "想给我妈买个电饭煲，300以内的有吗").
            slots = Self.named(request.slots, over: slots)
        }
        // "想了想家里人多 还是换成苏泊尔那个5L的吧": the product is what follows 换成, not the reason's words.
        if swapping, classification.intent == .cartUpdate, let target = BuyingWords.swapTarget(text) {
            slots[.product] = .string(target)
            // "换成金典那个12盒的": the 12 is the name's, the line keeps its count ("换回蓝月亮 一桶就行"
            // says one).
            // A count elsewhere is the reason's ("一袋快四十了有点贵啊 换成鸭脖吧").
            slots[.quantity] =
                target.contains(where: { $0.isNumber || BuyingWords.chineseNumbers.contains($0) })
                ? nil : BuyingWords.trailingCount(text).map(SlotValue.int)
        } else if swapping, classification.intent == .cartUpdate, let target = BuyingWords.englishSwapTarget(text) {
            slots[.product] = .string(target)
            // "145 for an adapter?? swap it for…": the line keeps its count, unless one is said
            // for the swap ("swap it for 3 of P1002").
            if BuyingWords.countBeforeOf(text.quickLowercased()) == nil { slots[.quantity] = nil }
        }
        // "快300了有点肉疼 能砍价不 帮我开一个", "拼团能便宜点不 我来开个团": starting a bargain or a
        // group buy on words the catalog does not have (a feeling, a wish to pay less) is on the
        // product in focus.
        if [.bargainStart, .groupbuyStart].contains(classification.intent), case .string(let name)? = slots[.product],
            name.unicodeScalars.contains(where: Language.isHan) && !BuyingWords.namesCatalogThing(name, engine: self)
                || name == "cheapest" && ["便宜点", "便宜些", "能便宜", "便宜一点"].contains(where: text.contains)
        {
            slots[.product] = nil
        }
        // "cancel the last one": the newest order, not order number 1.
        if classification.intent == .orderCancel, slots[.order]?.intValue == 1,
            ["last one", "latest one", "newest one", "recent one"].contains(where: text.quickLowercased().contains)
        {
            slots[.order] = nil
        }
        // "add a 6 pack of philips bulbs": one 6-pack, not six.
        if classification.intent == .cartAdd, let pack = BuyingWords.packInName(text), case .string(let name)? = slots[.product] {
            slots[.quantity] = .int(1)
            slots[.product] = .string(name + " " + pack)
        }
        if classification.intent == .cartAdd {
            // "add another": one more of the same.
            if slots[.quantity] == nil, text.quickLowercased().split(separator: " ").contains("another") { slots[.quantity] = .int(1) }
        }
        // "孩子上小学了 十万个为什么多少钱", "小熊煮蛋器原价多少": the name is the asking clause's.
        // ("群里好几家都说大米快吃完了 五常大米现在啥价": of Chinese clauses, the one that asks.)
        if classification.intent == .productShow, AskingWords.asksPriceOfNamed(text),
            case let searched = pricedClauseSearch(text) ?? slotFiller.slots(for: .catalogSearch, analysis),
            case .string(let name)? = searched[.query] ?? slots[.product]
        {
            var last = name.split(whereSeparator: { "，,。".contains($0) }).last.map(String.init) ?? name
            // A space breaks Chinese clauses ("孩子上小学了 十万个为什么"), not "iphone15 pro max".
            if let spoken = last.split(separator: " ").last, spoken.unicodeScalars.contains(where: Language.isHan) { last = String(spoken) }
            // "…原价多少", "…平时卖多少": when or how it sells is no part of the name.
            for tail in ["平时卖", "一般卖", "现在卖", "平时", "现在", "一般", "原", "现", "卖"] where last.count > tail.count + 1 && last.hasSuffix(tail) {
                last.removeLast(tail.count)
                break
            }
            // "戴森吹风机多少钱": the brand the search reading took is the name's too.
            if searched[.query] != nil, case .string(let brand)? = searched[.brand],
                !last.quickLowercased().contains(brand.quickLowercased())
            {
                last = brand + " " + last
            }
            slots[.product] = .string(last)
        }
        // "荣耀X50咋样": the product is the words before the question.
        if classification.intent == .productShow, slots[.product]?.intValue == nil, let named = AskingWords.nameAskedAbout(text) {
            slots[.product] = .string(named)
        }
        if let container, classification.intent == .cartAdd {
            slots = [.product: .string(container.name), .quantity: .int(container.count)]
        }
        if let englishCount, [.cartAdd, .cartUpdate].contains(classification.intent) {
            // The line in focus stays named as the classifier's reading named it ("make it 3": this).
            slots =
                slots[.product] == .string("this")
                ? [.product: .string("this"), .quantity: .int(englishCount)] : [.quantity: .int(englishCount)]
        }
        // "the magsafe one looks nice, add it": what looks nice is the product.
        if classification.intent == .cartAdd, case .string(let name)? = slots[.product], let looks = name.ranges(of: " looks").first {
            let named = name[..<looks.lowerBound]
            slots[.product] = .string(String(named.hasSuffix(" one") ? named.dropLast(4) : named))
        }
        // "同事也要一个 再来一个": a person is whom it is for, not the product.
        if classification.intent == .cartAdd, case .string(let name)? = slots[.product], SlotFiller.isPerson(name) {
            slots[.product] = nil
        }
        // "最便宜那条怎么样", "评分最高那个": the list's cheapest, best rated.
        if case .string(let name)? = slots[.product], let superlative = BuyingWords.superlative(name) {
            slots[.product] = .string(superlative)
        }
        // "火鸡面太辣了 还是不要了吧": the product is 火鸡面.
        if [.cartRemove, .cartAdd, .productShow].contains(classification.intent), case .string(let name)? = slots[.product] {
            slots[.product] = .string(BuyingWords.withoutReason(name))
        }
        // "伊利24盒那个来两箱": two, not 24.
        if classification.intent == .cartAdd, takesCounted, let count = BuyingWords.trailingCount(text) { slots[.quantity] = .int(count) }
        // "宝路那个7.5kg的来一袋": all said before 来 is the name (宝路 7.5kg), not only its first words.
        if classification.intent == .cartAdd, takesCounted, case .string(let name)? = slots[.product], let lai = text.lastIndex(of: "来") {
            var said = String(text[..<lai]).replacing("那个", with: "").replacing("这个", with: "")
            while said.hasSuffix("的") || said.hasSuffix(" ") { said.removeLast() }
            // Only a size or model said after it ("7.5kg"): "迪卡侬那个便宜" is 迪卡侬 and a reason.
            if said.count > name.count, said.hasPrefix(name), said.dropFirst(name.count).contains(where: \.isNumber) {
                slots[.product] = .string(said)
            }
        }
        // "维达抽纸来三提": the name ends where 来 and its count begin.
        if classification.intent == .cartAdd, takesCounted, case .string(let name)? = slots[.product], let lai = name.lastIndex(of: "来"),
            lai != name.startIndex, BuyingWords.trailingCount(String(name[lai...])) != nil
        {
            slots[.product] = .string(String(name[..<lai]))
        }
        // "买本活着": the measure word is not the name's (活着, not 本活着).
        // (or its start: "那加一提安慕希凑个包邮" is 安慕希).
        if classification.intent == .cartAdd, let countedBuy, case .string(let named)? = slots[.product] {
            if named.first == countedBuy.measure, named.count > 1, countedBuy.name.hasPrefix(named.dropFirst()) {
                slots[.product] = .string(String(named.dropFirst()))
            } else if named.count > countedBuy.name.count, named.hasSuffix(countedBuy.name) {
                // "再配支完美日记的口红": the verb and measure word before it are not the name's.
                slots[.product] = .string(countedBuy.name)
            } else if countedBuy.name.count > named.count, !countedBuy.name.contains(where: { " ，,来买加要".contains($0) }),
                case let bare = named.drop(while: { "再还也买来配加".contains($0) || $0 == countedBuy.measure }), !bare.isEmpty,
                countedBuy.name.contains(bare)
            {
                // "再配根绿联的数据线" read as 配根绿联 or 绿联 (数据线 taken as its category): the whole name.
                slots[.product] = .string(countedBuy.name)
            }
        }
        // "看看美的的店": the store's name is no query within it.
        if classification.intent == .storeShow, slots[.store] != nil, case .string(let words)? = slots[.query],
            names(analysis, words, as: { $0.store != nil })
        {
            slots[.query] = nil
        }
        // "狗粮有啥": what a product word's shelf holds, with no store named, is a search.
        // "公司下午茶想囤点零食，三只松鼠的都有啥": the clause that asks names the store; the reason's
        // words are no query within it.
        if classification.intent == .storeShow, let store = slots[.store], let asked = BuyingWords.askingClause(text) {
            let clause = parse(asked)
            if clause.intent == .storeShow, clause.slots[.store] == store { slots = clause.slots }
        }
        // "三只松鼠的都有啥" with no store so named: so is a brand's. "安克充电宝": a brand's
        // product, named without a word of stores, is searched for though the brand has a store
        // ("宠物乐园的猫粮" names a store that is no brand: its shelf).
        let read = slots[.store] == nil || slots[.query] == nil ? slots : slotFiller.slots(for: .catalogSearch, analysis)
        let named = slots[.store] == nil ? slots[.query] != nil || slots[.brand] != nil : read[.brand] != nil
        if classification.intent == .storeShow, named, !["店", "store", "shop"].contains(where: text.quickLowercased().contains) {
            var search = read.filter { [SlotName.query, .maxPrice, .minPrice, .category, .brand, .sort].contains($0.key) }
            if let asked = askedSlots(text) {
                search = asked
            } else if let request = BuyingWords.oneClauseReading(text, as: .catalogSearch, engine: self) {
                search = Self.named(request.slots, over: search)
            }
            return Parse(intent: .catalogSearch, confidence: classification.confidence, slots: search)
        }
        // "send an email to my boss" sounds like "send it to my office", but names no address.
        if classification.intent == .addressUse, slots.isEmpty, !AddressWords.mentionsAddress(text) {
            return Parse(intent: .fallback, confidence: 0.5)
        }
        // "安全座椅还有吗" sounds like "钱包还有钱吗", but asks whether a product is still there.
        // "iphone 15多少钱" asks a price, not what the wallet holds.
        if classification.intent == .walletShow, !AskingWords.namesMoney(text) || AskingWords.asksPriceOnly(text),
            case .string(let product)? = slotFiller.slots(for: .productShow, analysis)[.product]
        {
            return Parse(intent: .productShow, confidence: classification.confidence, slots: [.product: .string(product)])
        }
        return Parse(
            intent: classification.intent, confidence: classification.confidence, slots: slots, alternatives: classification.alternatives)
    }

    /// Whether `text` names flash sales without a word of buying one.
    static func asksFlashSales(_ text: String) -> Bool {
        // Most searches pass here: the raw text is looked at before it is lower-cased.
        guard text.contains("秒杀") || text.contains("lash") || text.contains("LASH") else { return false }
        let lowered = text.quickLowercased()
        guard ["秒杀", "flash sale", "flash deal", "flash sales", "flash deals"].contains(where: lowered.contains) else { return false }
        // (来着 asks again what was said: "几点开始来着"; "湿巾也要囤 有秒杀吗": the clause that
        // names the sale is the one that asks or buys.)
        let clause = BuyingWords.clauses(of: lowered, spacesBreak: lowered.containsByte { $0 >= 0xE4 }).last {
            $0.contains("秒杀") || $0.contains("flash")
        }
        let asked = (clause ?? lowered).replacingOccurrences(of: "来着", with: "")
        return !["抢", "买", "来", "要", "拍", "grab", "buy", "get me", "get one", "cop"].contains(where: asked.contains)
    }

    /// Whether `text` has a word of returning or of something wrong with what came.
    static func saysReturn(_ text: String) -> Bool {
        let lowered = text.quickLowercased()
        return Self.returnWords.contains(where: lowered.contains)
    }

    static let returnWords = [
        "退", "换", "坏", "碎", "裂", "漏", "破", "不能用", "质量", "售后", "return", "refund", "send back", "send it back", "send them back",
        "send that back", "one back", "something back", "take back", "take it back", "exchange", "broke", "crack", "leak", "damaged",
        "defective",
        "faulty",
    ]

    /// The products of a Chinese request that buys one in each of its two or three clauses, each
    /// with its count ("维达卷纸来一提 再来瓶滴露洗手液"); nil unless every clause reads as an add of a
    /// product it names. After 再/还/也 ("and also") one verb is enough: a clause may name its
    /// product with a count alone ("奥利奥三盒 再来一箱农夫山泉"), or take the one in focus ("行就它
    /// 再加本新华字典", "来一个 再加一包猫条") when another clause names one.
    private func clauseItems(_ text: String) -> Parse? {
        // Bytes first (every utterance passes here): a clause break, and two verbs of buying, or
        // one and a word of adding more.
        guard text.containsByte(where: { $0 == 0x20 || $0 == 0x2C || $0 == 0xEF }) else { return nil }
        let verbs = BuyingWords.buyingVerbCount(text)
        guard verbs >= 2 || (verbs == 1 && (text.contains("再") || text.contains("还") || text.contains("也"))) else { return nil }
        var clauses = BuyingWords.clauses(of: text, spacesBreak: false)
        guard (2...4).contains(clauses.count) else { return nil }
        // "快过年了办点年货 良品铺子的年货礼盒来两个 三只松鼠每日坚果一箱 再来桶金龙鱼花生油": a remark
        // before a list of three is why, not an item.
        // "我那拍子线断了 顺便买个李宁的羽毛球拍 再来两包李宁的运动袜": before a list of two too, when
        // it buys nothing (read whole, it added two rackets).
        if clauses.count == 4 {
            guard parse(clauses[0]).intent != .cartAdd, !BuyingWords.namesCatalogThing(clauses[0], engine: self) else { return nil }
            clauses.removeFirst()
        } else if clauses.count == 3, BuyingWords.buyingVerbCount(clauses[0]) == 0, parse(clauses[0]).intent != .cartAdd,
            !BuyingWords.namesCatalogThing(clauses[0], engine: self)
        {
            clauses.removeFirst()
        }
        var products: [SlotValue] = []
        var counts: [SlotValue] = []
        for clause in clauses {
            var request = parse(clause)
            // "再来个逗猫棒 一个猫抓板": after an add, a count and a name the catalog knows is the next item.
            if !products.isEmpty, request.intent != .cartAdd, let counted = countedName(clause) { request = counted }
            // "…一个公牛插线板 宿舍就一个插坐", "…猫抓板和逗猫棒也各来一个 不然沙发要遭殃": a remark
            // beside the items (nothing sure, naming nothing the catalog has) is why, not an item.
            // (One that opens with why is one whatever it names: "不然沙发要遭殃".)
            if BuyingWords.chat.contains(request.intent) || request.confidence < 0.6,
                Self.reasonOpeners.contains(where: clause.hasPrefix) || !BuyingWords.namesCatalogThing(clause, engine: self)
            {
                continue
            }
            let name = request.slots[.product]?.stringValue
            switch request.intent {
            // "猫抓板和逗猫棒也各来一个": a clause that lists its own.
            case .cartAdd where request.slots[.products] != nil:
                guard case .list(let listed)? = request.slots[.products], case .list(let listedCounts)? = request.slots[.quantities],
                    listed.count == listedCounts.count
                else { return nil }
                products += listed
                counts += listedCounts
                continue
            // (Unsure and with no verb, its count opens or ends it: "笔记本就两个c口" tells how many ports.)
            // ("袜子也统一下" names 袜子 and says what to do with them, no verb of buying: a remark.)
            case .cartAdd
            where name.map { SlotFiller.namesOne(.string($0)) } ?? false
                && (request.confidence >= 0.6 || BuyingWords.buyingVerbCount(clause) > 0 || Self.endsWithCount(clause)
                    || Self.opensWithCount(clause))
                && !(name!.contains("也") && BuyingWords.buyingVerbCount(clause) == 0):
                products.append(.string(name!))
            // Only first: "…活着 再来一本" after a name is one more of that one, no list.
            case .cartAdd where (name == nil || name == "this") && products.isEmpty:
                products.append(.string("this"))
            // "奥利奥三盒": a name and its count, no verb; never a change ("改成三盒").
            case .cartUpdate
            where name.map { SlotFiller.namesOne(.string($0)) } ?? false && request.slots[.quantity] != nil
                && BuyingWords.buyingVerbCount(clause) == 0 && !["改", "换", "成"].contains(where: clause.contains)
                // ("笔记本就两个c口" tells how many ports: the count must end the clause.)
                && Self.endsWithCount(clause):
                products.append(.string(name!))
            default:
                return nil
            }
            counts.append(.int(request.slots[.quantity]?.intValue ?? 1))
        }
        // The one in focus only beside a product named: "行就它 好的" is no list.
        guard products.count >= 2, products.contains(where: { $0 != .string("this") }) else { return nil }
        // "那先把猫砂买了 豆腐猫砂来两包": the same thing said again, closer, is no second item.
        let names = products.compactMap(\.stringValue).filter { $0 != "this" }
        for (index, name) in names.enumerated() where names.indices.contains(where: { $0 != index && names[$0].contains(name) }) {
            return nil
        }
        return Parse(intent: .cartAdd, confidence: 1, slots: [.products: .list(products), .quantities: .list(counts)])
    }

    /// Whether `clause` opens with a number ("一个猫抓板", "3袋核桃").
    private static func opensWithCount(_ clause: String) -> Bool {
        guard let first = clause.unicodeScalars.first else { return false }
        return NumberReader.chineseDigit(first.value) != nil || (0x30...0x39).contains(first.value)
    }

    /// Whether `clause` ends with a count and what it counts in ("东方树叶一箱", "维达抽纸三提").
    private static func endsWithCount(_ clause: String) -> Bool {
        let scalars = Array(clause.unicodeScalars.suffix(2))
        guard scalars.count == 2, Word.zhClassifiers.contains(Word.h(String(scalars[1]))) else { return false }
        let count = scalars[0].value
        return NumberReader.chineseDigit(count) != nil || (0x30...0x39).contains(count) || count == 0x5341 // 十
    }

    /// Words that open a clause saying why, not what: "不然沙发要遭殃", "听说不给抓板它会挠沙发".
    private static let reasonOpeners = ["不然", "要不然", "因为", "听说", "省得", "免得", "反正", "毕竟"]

    /// "一个猫抓板": a clause that opens with a count and names something the catalog knows, read
    /// as an add of it; nil otherwise.
    private func countedName(_ clause: String) -> Parse? {
        guard Self.opensWithCount(clause), BuyingWords.namesCatalogThing(clause, engine: self) else { return nil }
        let slots = self.slots(clause, as: .cartAdd)
        guard slots[.product] != nil else { return nil }
        return Parse(intent: .cartAdd, confidence: 0.9, slots: slots)
    }

    /// The request clause's slots over the whole utterance's: what it names replaces theirs
    /// (their query was read across the reason), filters said elsewhere stay.
    static func named(_ clause: Slots, over whole: Slots) -> Slots {
        var slots = whole.filter { !BuyingWords.namingSlots.contains($0.key) }
        slots.merge(clause) { _, named in named }
        return slots
    }

    /// Intents whose slots a reason beside the request muddles.
    /// (Not `cart.add`: its product and count are often said in two clauses, "那烟台苹果呢 来一箱".)
    static let clauseSlotIntents: Set<IntentName> = [.catalogSearch, .productCompare, .productShow, .cartRemove, .orderReturn]

    /// "家里猫主子的粮快吃完了，有猫粮吗", "公司下午茶想囤点零食，三只松鼠的都有啥": of a reason and a
    /// question, the clause that asks names what to find (a product or a brand's shelf).
    private func askedSlots(_ text: String) -> Slots? {
        guard let asked = BuyingWords.askingClause(text) else { return nil }
        let clause = parse(asked)
        guard clause.intent == .catalogSearch, clause.slots[.query] != nil || clause.slots[.brand] != nil else { return nil }
        var slots = clause.slots
        // "我妈想要个电饭煲，有美的的吗": a brand asked about, of the product the reason names: a
        // brand filter the engine knows, else the brand's name as words of the query.
        var brandWords: String?
        let asksBrand: Bool
        if slots[.query] == nil, slots[.brand] != nil {
            asksBrand = true
        } else if case .string(let brand)? = slots[.query],
            names(Analysis(asked, extractor: extractor), brand, as: { $0.store != nil || $0.brand != nil })
        {
            brandWords = brand
            asksBrand = true
        } else {
            asksBrand = false
        }
        if asksBrand, let reason = BuyingWords.beforeLastClause(text) {
            let said = Analysis(reason, extractor: extractor)
            if case .string(let wanted)? = slotFiller.slots(for: .catalogSearch, said)[.query], wanted != brandWords,
                names(said, wanted, as: { $0.product != nil })
            {
                slots[.query] = .string([brandWords, wanted].compactMap { $0 }.joined(separator: " "))
            }
        }
        return slots
    }

    /// Whether `words` are exactly one entity of `a` whose meaning passes `test`.
    private func names(_ a: Analysis, _ words: String, as test: (PhraseMeaning) -> Bool) -> Bool {
        a.entities.contains { entity in
            a.utterance.phrase(entity.start..<entity.end) == words && (slotFiller.meaning(entity).map(test) ?? false)
        }
    }

    /// The slots `text` has when read as `intent`, whatever the classifier thinks of it.
    public func slots(_ text: String, as intent: IntentName) -> Slots {
        slotFiller.slots(for: intent, Analysis(text, extractor: extractor))
    }

    /// The training phrases as `(intent, text)` pairs, slot annotations removed.
    public static var trainingExamples: [(intent: IntentName, text: String)] {
        TrainingSet.phrases.map { ($0.intent, $0.text) }
    }

    /// The annotated training phrases, for tests and tools.
    public static var trainingPhrases: [TrainingPhrase] { TrainingSet.phrases }
}
