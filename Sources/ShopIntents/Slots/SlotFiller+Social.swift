import ShopText

extension SlotFiller {
    /// `friends`, `moments`, `@name` or `#group`.
    /// The name after "my classmate", "my coworker"…, when the request points back with him or
    /// her ("my coworker ben keeps asking… send him the play gym"); nil otherwise.
    static func personIntroduced(_ text: String) -> String? {
        let words = text.quickLowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" })
        guard words.contains(where: { $0 == "him" || $0 == "her" }) else { return nil }
        for k in words.indices.dropLast(2) where words[k] == "my" && roles.contains(String(words[k + 1])) {
            var name = String(words[k + 2])
            // "my friend marco's birthday": marco.
            if name.hasSuffix("'s") { name = String(name.dropLast(2)) }
            guard name.count >= 2, !notPeople.contains(name) else { continue }
            return name
        }
        return nil
    }

    /// "send him the fisher price play gym", "send ben the bosideng coat so he stops complaining":
    /// a product sent to someone, said with the person first; the person (nil for him or her
    /// with no one introduced) and the product's words.
    static func sentToSomeone(_ text: String) -> (recipient: String?, product: String)? {
        guard text.contains("send") else { return nil }
        let lowered = text.quickLowercased()
        let sentence = lowered.split(whereSeparator: { ".!?".contains($0) }).last.map(String.init) ?? lowered
        let words = sentence.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard let send = words.firstIndex(of: "send"), send + 3 < words.count, words[send + 2] == "the" else { return nil }
        var product = words[(send + 3)...].prefix { !["so", "because", "cuz", "bc", "since", "lol", "pls", "please"].contains($0) }
        if product.last == "too" { product = product.dropLast() }
        guard !product.isEmpty, product.count <= 6 else { return nil }
        let person = words[send + 1]
        let pronoun = ["him", "her", "them"].contains(person)
        guard pronoun || (person.count >= 2 && person.allSatisfy(\.isLetter) && !["it", "me", "us", "my", "a", "an"].contains(person))
        else {
            return nil
        }
        return (pronoun ? personIntroduced(text) : person, product.joined(separator: " "))
    }

    private static let roles: Set<String> = [
        "classmate", "coworker", "colleague", "friend", "buddy", "roommate", "flatmate", "neighbor", "neighbour", "cousin", "sister",
        "brother", "boss", "teammate", "mate", "pal",
    ]
    private static let notPeople: Set<String> = [
        "is", "was", "and", "just", "keeps", "says", "said", "wants", "who", "has", "from", "also", "too", "needs", "asked", "likes",
    ]

    func recipient(_ a: Analysis, _ used: inout [Bool]) -> String? {
        for entity in a.entities {
            var value: String?
            switch entity.kind {
            case .mention: value = "@" + entity.text.quickLowercased()
            case .group: value = "#" + entity.text.quickLowercased()
            case .friends: value = "friends"
            case .moments: value = "moments"
            case .lexicon:
                if let user = meaning(entity)?.user { value = "@" + user }
                if let group = meaning(entity)?.group, value == nil { value = "#" + group }
            default: break
            }
            if let value {
                mark(&used, entity.range)
                return value
            }
        }
        // "send it to bob", "share with alice", "分享给小明": a name after to/with/给.
        if let (name, range) = nameAfter(a, Self.recipientLeads, used: used) {
            mark(&used, range)
            return "@" + name
        }
        // "P9501发bob", "转alice": a name in Latin letters right after 发 or 转 (a Chinese word
        // after them is too often what is sent: 发货, 发红包).
        let tokens = a.tokens
        for k in tokens.indices.dropLast() where Self.sendingVerbs.contains(tokens[k].hash) && a.entityAt[k] < 0 {
            let j = k + 1
            guard !used[j], tokens[j].kind == .word, tokens[j].start == tokens[k].end, a.entityAt[j] < 0 || isName(a, j) else { continue }
            let name = a.utterance.string(tokens[j])
            guard name.first?.isLetter == true else { continue }
            mark(&used, j..<(j + 1))
            return "@" + name
        }
        return nil
    }

    static let sendingVerbs = Word.set(["发", "转"])

    /// What is sent, never to whom: "can i send red envelopes?" sent nothing to @red.
    static let sentThings = Word.set(["red", "lucky", "hongbao", "hongbaos", "envelope", "envelopes", "packet", "packets", "money", "cash"])

    static let recipientLeads = Word.set(["to", "with", "for", "tell", "let", "send", "give", "给", "和", "跟", "向", "告诉"])

    /// A free word right after one of `leads`.
    func nameAfter(_ a: Analysis, _ leads: HashIndex, used: [Bool]) -> (String, Range<Int>)? {
        let tokens = a.tokens
        for k in tokens.indices where leads.contains(tokens[k].hash) && a.entityAt[k] < 0 {
            var j = k + 1
            while j < tokens.count, a.filler[j] { j += 1 }
            guard j < tokens.count, !used[j] else { continue }
            if let entity = a.entity(at: j), let user = meaning(entity)?.user { return (user, entity.range) }
            // A user name with digits reads as a code ("w1", "user2"); right after "to"/"with"
            // it is a person.
            if let entity = a.entity(at: j), entity.kind == .code, entity.start == j, entity.end == j + 1,
                tokens[j].kind == .word, a.utterance.string(tokens[j]).first?.isLetter == true
            {
                return (a.utterance.string(tokens[j]).quickLowercased(), j..<(j + 1))
            }
            guard a.entityAt[j] < 0 else { continue }
            let chineseName = tokens[j].kind == .cjk && !Self.chineseNameStops.contains(a.utterance.text[Int(tokens[j].start)])
            guard isFreeWord(a, j) || isName(a, j) || chineseName else { continue }
            if tokens[j].kind == .word {
                guard !Self.sentThings.contains(tokens[j].hash) else { continue }
                return (a.utterance.string(tokens[j]), j..<(j + 1))
            }
            // A Chinese name runs until a word that cannot be part of it ("加小明为好友").
            var end = j
            while end < tokens.count, end - j < 4, tokens[end].kind == .cjk, a.entityAt[end] < 0,
                !Self.chineseNameStops.contains(a.utterance.text[Int(tokens[end].start)])
            {
                end += 1
            }
            if end > j { return (a.utterance.phrase(j..<end), j..<end) }
        }
        return nil
    }

    /// A word that reads as a person's name after "to"/"with": any word but small words and the
    /// few nouns that follow those words in requests ("with my friends", "to the cart").
    private func isName(_ a: Analysis, _ k: Int) -> Bool {
        let token = a.tokens[k]
        return token.kind == .word && !Self.neverFree.contains(token.hash) && !Self.notNames.contains(token.hash)
    }

    static let notNames = Word.set([
        "wechat", "weixin", "phone", "email", "password", "account", "google", "apple", "qq", "alipay", "sms",
        "everyone", "everybody", "all", "them", "him", "her", "family", "group", "cart", "store", "basket", "us",
        "coupon", "coupons", "points", "code", "friend", "friends", "moments", "again", "now", "anyone", "somebody",
        "someone", "people", "shop", "more", "less", "price", "buy", "user", "request", "friendship", "account", "named",
        "called", "as", "name", "username", "w",
        // "用微信登录" signs in with WeChat, as nobody called 微信.
        "微信", "支付宝", "手机号", "手机", "邮箱", "账号", "微博",
    ])

    /// The user of `account.login` / `friend.add`: a mention, a known user, or the name given.
    /// Who is named: a mention, a known user, a name after "as"/"加"…, or else the first free
    /// word, an English one only after the last of `after`'s words when given: "hiii first time
    /// here, sign in w wechat" named nobody (it logged in as "hiii", then as "w").
    func user(_ a: Analysis, _ used: inout [Bool], after: HashIndex? = nil) -> String? {
        for entity in a.entities {
            if entity.kind == .mention { return entity.text.quickLowercased() }
            if let user = meaning(entity)?.user { return user }
        }
        // "my classmate carlos is from brazil too… add him as a friend": him is the one introduced.
        if after == nil, let person = Self.personIntroduced(a.utterance.string(from: 0, to: a.utterance.original.count, original: true)) {
            return person
        }
        if let (name, _) = nameAfter(a, Self.userLeads, used: used), !Self.notNames.contains(TokenHash.of(name)) {
            return name.quickLowercased()
        }
        let tokens = a.tokens
        // An English word names someone only after the lead ("小明登录" names 小明 before it).
        let firstWord = after.map { after in (tokens.indices.last(where: { after.contains(tokens[$0].hash) }) ?? tokens.count) + 1 } ?? 0
        for k in tokens.indices {
            // "sign me in w wechat pls. wife just had our baby girl": a name is in the lead's own
            // sentence, not in the news after it.
            if after != nil, k >= firstWord, a.endsSentence(k) {
                break
            }
            guard a.entityAt[k] < 0 && !used[k] && isFreeWord(a, k) else { continue }
            guard !Self.notNames.contains(tokens[k].hash), tokens[k].kind != .word || k >= firstWord else { continue }
            if tokens[k].kind == .word { return a.utterance.string(tokens[k]) }
            var end = k
            while end < tokens.count, end - k < 4, tokens[end].kind == .cjk, isFreeWord(a, end) { end += 1 }
            return a.utterance.phrase(k..<end)
        }
        return nil
    }

    /// Words of logging in: a bare name comes after them ("login bob", "登录小明").
    static let loginWords = Word.set([
        "login", "logon", "signin", "in", "on", "log", "switch", "to", "am", "im", "i'm", "m", "is", "me", "登", "录", "换",
    ])

    static let userLeads = Word.set([
        "as", "add", "user", "named", "called", "befriend", "friend", "make", "with", "request", "加", "以", "用", "是", "到",
        "录", "和", "友",
    ])
    /// Characters that end a Chinese name: particles, verbs and nouns around it.
    static let chineseNameStops: Set<UInt32> = Set("为好友成发的分享一个包吧了推荐转群加和跟给登录身份账号去做看瞅瞧让说".unicodeScalars.map(\.value))

    // MARK: Shares

    func shareOpen(_ a: Analysis, _ slots: inout Slots, _ used: inout [Bool]) {
        // Share codes look like codes ("K7Q2XM"): letters with digits, or typed in capitals. A
        // plain word after "link" is more likely who sent it ("the link alice sent me").
        if let code = a.first(.code) {
            slots[.code] = .string(code.text)
        } else if let upper = a.tokens.indices.first(where: { a.tokens[$0].wasUpperCase && a.entityAt[$0] < 0 && a.tokens[$0].length >= 4 })
        {
            slots[.code] = .string(a.utterance.string(a.tokens[upper]).uppercased())
        }
        // "the link alice sent me", "the share from bob", "bob分享的": who shared it.
        if let (name, _) = nameAfter(a, Self.fromWords, used: used) {
            slots[.user] = .string(name.quickLowercased())
            return
        }
        let tokens = a.tokens
        for k in tokens.indices where Self.sentWords.contains(tokens[k].hash) && k > 0 {
            let j = k - 1
            if let entity = a.entity(at: j), entity.kind == .mention || meaning(entity)?.user != nil {
                slots[.user] = .string(entity.kind == .mention ? entity.text.quickLowercased() : meaning(entity)?.user ?? "")
                return
            }
            guard a.entityAt[j] < 0, !Self.neverFree.contains(tokens[j].hash), !Self.notNames.contains(tokens[j].hash) else { continue }
            if tokens[j].kind == .word, isFreeWord(a, j) || !featurizer.vocabulary.contains(tokens[j].hash) {
                slots[.user] = .string(a.utterance.string(tokens[j]))
                return
            }
        }
    }

    static let fromWords = Word.set(["from", "by"])
    static let shareCodeWords = Word.set(["link", "code", "share", "链接", "码"])
    static let sentWords = Word.set(["sent", "shared", "send", "share", "gave", "发", "分", "转"])

    // MARK: Red envelopes

    /// Whether a count is part of whom the envelope is for: between 给 and the 发 after it, with
    /// more of a name after it ("给三人行发个10块的红包 2个": 三人 is the group 三人行, not three
    /// shares; "给5个人发个红包" is five).
    func namesRecipient(_ a: Analysis, _ entity: Entity) -> Bool {
        let give = Word.h("给")
        let send = Word.h("发")
        guard entity.end < a.tokens.count, a.tokens[entity.end].hash != send,
            let opened = a.tokens[..<entity.start].lastIndex(where: { $0.hash == give }),
            !a.tokens[opened..<entity.start].contains(where: { $0.hash == send })
        else { return false }
        return a.tokens[entity.end...].contains { $0.hash == send }
    }

    func redPacket(_ a: Analysis, _ slots: inout Slots, _ used: inout [Bool]) {
        if let recipient = recipient(a, &used) { slots[.recipient] = .string(recipient) }
        if let mode = a.first(.mode) { slots[.mode] = .string(mode.text) }
        var plain: [Entity] = []
        for entity in a.entities {
            switch entity.kind {
            case .money:
                if slots[.amount] == nil { slots[.amount] = .int(entity.value) }
            case .count:
                if slots[.count] == nil, !namesRecipient(a, entity) { slots[.count] = .int(entity.value) }
            case .number:
                if let previous = previousToken(a, before: entity.start), Self.splitWords.contains(a.tokens[previous].hash) {
                    if slots[.count] == nil, entity.value % 100 == 0 { slots[.count] = .int(entity.value / 100) }
                } else if !entity.text.isEmpty, entity.value % 100 == 0, entity.value <= 10000 {
                    // "两个红包", "5个人": a count in Chinese comes with its classifier.
                    if slots[.count] == nil, entity.value > 100 || a.tokens.count > entity.end + 2 {
                        slots[.count] = .int(entity.value / 100)
                    }
                } else {
                    plain.append(entity)
                }
            case .ordinal:
                break
            default: break
            }
        }
        // "奶奶八十大寿 … 每人100 发5个": the number said of each packet is the amount, not the
        // first number (八十 is her age).
        if let each = plain.firstIndex(where: { isEach(a, $0) }) { plain.insert(plain.remove(at: each), at: 0) }
        for entity in plain {
            if slots[.amount] == nil {
                slots[.amount] = .int(entity.value)
            } else if slots[.count] == nil, entity.value % 100 == 0 {
                slots[.count] = .int(entity.value / 100)
            }
        }
        // "10 packets of 5 yuan each", "每个5块 发10个": the amount said is each packet's; the
        // envelope holds that many times it, in equal shares.
        // ("每个20 发4个": the number said as the amount, without 块, counts too.)
        if case .int(let each)? = slots[.amount], case .int(let count)? = slots[.count],
            a.entities.contains(where: { ($0.kind == .money || $0.kind == .number && $0.value == each) && isEach(a, $0) })
        {
            let (total, overflow) = each.multipliedReportingOverflow(by: count)
            if !overflow {
                slots[.amount] = .int(total)
                if slots[.mode] == nil { slots[.mode] = .string("equal") }
            }
        }
    }

    /// Whether `money` is said of each packet: "each"/"apiece" right after it, "per person"
    /// or "a packet" after it, or 每个/每人/每份 right before it.
    private func isEach(_ a: Analysis, _ money: Entity) -> Bool {
        let tokens = a.tokens
        if money.end < tokens.count {
            let next = tokens[money.end].hash
            if Self.packetEachWords.contains(next) { return true }
            if next == Self.per || next == Word.a, money.end + 1 < tokens.count, Self.packetWords.contains(tokens[money.end + 1].hash) {
                return true
            }
        }
        guard money.start >= 2 else { return false }
        return tokens[money.start - 2].hash == Self.mei && Self.eachClassifiers.contains(tokens[money.start - 1].hash)
    }

    static let packetEachWords = Word.set(["each", "apiece"])
    static let per = Word.h("per")
    static let packetWords = Word.set(["packet", "envelope", "person", "head"])
    static let mei = Word.h("每")
    static let eachClassifiers = Word.set(["个", "人", "份", "包"])

    static let splitWords = Word.set(["split", "into", "among", "between", "divide", "divided", "分", "分成", "成", "for", "to"])

    /// A packet or group-buy reference: "R12" / "G12" as a code, or a number.
    /// "砍到216了", "降到199": a price reached, not an id.
    private func isAPrice(_ a: Analysis, _ entity: Entity) -> Bool {
        let before = entity.start > 0 ? a.utterance.string(a.tokens[entity.start - 1]) : ""
        let after = entity.end < a.tokens.count ? a.utterance.string(a.tokens[entity.end]) : ""
        return before == "到" || ["了", "块", "元", "多"].contains(after)
    }

    func reference(_ a: Analysis, prefix: String) -> SlotValue? {
        for entity in a.entities {
            switch entity.kind {
            case .code: return .string(entity.text)
            // Written in digits, as ids are: "砍了一百多了" says how much was cut, not which bargain.
            case .number
            where entity.value % 100 == 0 && !isCounted(a, entity)
                && a.utterance.phrase(entity.range).contains(where: { $0.isASCII && $0.isNumber }) && !isAPrice(a, entity):
                return .int(entity.value / 100)
            case .ordinal where a.tokens[entity.start].kind == .symbol: return .int(entity.value)
            default: continue
            }
        }
        return nil
    }
}
