import Foundation
import ShopText

/// Reads an address-book request: which address it names ("my office", "公司"), and for a new
/// address its text and phone ("ship to my office: 上海市浦东新区世纪大道100号 李雷 13912345678").
/// Free text, so it is read from the words around it, not by the classifier.
public enum AddressWords {
    /// What one request says of an address.
    public struct Reading: Sendable, Equatable {
        /// "home", "office", "school" or "parents".
        public var label: String?
        /// The address itself, less the request's words and the phone; nil if none is given.
        public var text: String?
        public var phone: String?
        /// "设为默认", "make it my default".
        public var makeDefault = false
    }

    /// The labels the book knows, each with the words that name it, longest first within a label.
    static let labels: [(label: String, english: Set<String>, chinese: [String])] = [
        (
            "parents", ["parents", "parents'", "parent's", "mom's", "mum's", "mother's", "moms", "mums", "mom", "mum", "folks"],
            ["爸妈家", "父母家", "我妈家", "爸妈那", "老家"]
        ),
        ("office", ["office", "work", "company", "workplace"], ["公司", "单位", "办公室"]),
        ("school", ["school", "campus", "dorm", "university", "college"], ["学校", "宿舍"]),
        ("home", ["home", "house", "place", "apartment", "flat"], ["家里", "我家", "家的", "家庭", "回家", "到家", "住的地方"]),
    ]

    /// The label `text` names, if one: searched in the request's words, never in the address.
    public static func label(in text: String) -> String? {
        // "我默认地址还是家里吧 别以后都寄学校去了": a clause that says not to is no label.
        let said = text.split(whereSeparator: { " ，,。".contains($0) }).filter { !["别", "不要", "不"].contains(where: $0.hasPrefix) }
        let lowered = said.joined(separator: " ").quickLowercased()
        let words = Set(lowered.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init))
        for entry in labels where !entry.english.isDisjoint(with: words) || entry.chinese.contains(where: lowered.contains) {
            return entry.label
        }
        // "家" alone is home only as the whole name ("寄到家", "家地址"), not inside 家电 or 大家.
        let bare = lowered.filter { !$0.isWhitespace && !$0.isPunctuation }
        if ["寄到家", "送到家", "发到家", "家地址", "默认家", "改成家", "设为家", "家为默认", "删除家", "删掉家", "还是家里", "是家里"].contains(where: bare.contains)
            || bare == "家"
        {
            return "home"
        }
        return nil
    }

    /// Everything one request says of an address.
    public static func read(_ text: String) -> Reading {
        var reading = Reading()
        var rest = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let phone = phone(in: rest) {
            reading.phone = phone.digits
            rest.removeSubrange(phone.range)
        }
        let (lead, body, wantsDefault) = split(rest)
        // "收货地址换成…", "I moved, my new address is…": the new address is where orders go now.
        let moving = ["换成", "改成", "改为", "搬家", "新地址", "change", "moved", "new address"]
        reading.makeDefault = wantsDefault || moving.contains { lead.quickLowercased().contains($0) }
        // "添加地址 家：北京市…": 家 just before the address names it.
        let bareLead = lead.filter { !$0.isWhitespace && !$0.isPunctuation }
        reading.label = label(in: lead) ?? (bareLead.hasSuffix("家") && !bareLead.hasSuffix("大家") ? "home" : nil)
        let cleaned = body.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .trimmingCharacters(in: CharacterSet(charactersIn: " ,，。.;；:：、").union(.whitespacesAndNewlines))
        if looksLikeAddress(cleaned) { reading.text = cleaned }
        return reading
    }

    /// Whether `text` gives a new address in the words of one ("添加地址 …", "my office address is
    /// …", "ship to my office: …"), rather than only naming one.
    /// Whether `a` has a word every new address's request has one of: a hash lookup per token,
    /// before `isNewAddress` lower-cases and scans the text (measured 8 % of a parse).
    static func mayAskToAdd(_ a: Analysis) -> Bool {
        a.tokens.contains { requestTokens.contains($0.hash) }
    }

    private static let requestTokens = Word.set(["address", "addresses", "adress", "ship", "deliver", "send", "地", "寄", "送", "发", "收"])

    public static func isNewAddress(_ text: String) -> Bool {
        // Every utterance passes here: most have none of the words, and cost one scan.
        let lowered = text.quickLowercased()
        guard requestMarks.contains(where: lowered.contains) else { return false }
        let reading = split(phone(in: text).map { text.replacingCharacters(in: $0.range, with: "") } ?? text)
        let lead = reading.lead.quickLowercased()
        guard requestMarks.contains(where: lead.contains) else { return false }
        return looksLikeAddress(reading.body.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)))
    }

    /// The words of `text` that say what the shopper wants: without the address it gives, whose
    /// place names (北京市…) say nothing of the language the shopper chats in.
    public static func requestWords(_ text: String) -> String {
        guard isNewAddress(text) else { return text }
        let lead = split(phone(in: text).map { text.replacingCharacters(in: $0.range, with: "") } ?? text).lead
        return lead.isEmpty ? text : lead
    }

    /// The address of `book` that `text` names by its own words ("删掉杭州那个地址", "the
    /// springfield one"), if exactly one has them.
    public static func named(in text: String, among book: [String]) -> Int? {
        let lowered = text.quickLowercased()
        // Two Chinese characters in a row, or an English word of three letters or more, that are
        // not the request's own words.
        var keys: [String] = []
        let han = Array(lowered).filter { $0.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) } }
        let chars = Array(lowered)
        for k in chars.indices.dropLast() where han.contains(chars[k]) && han.contains(chars[k + 1]) {
            let pair = String(chars[k...k + 1])
            if !requestPairs.contains(pair) { keys.append(pair) }
        }
        for word in lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where word.count >= 3 {
            let word = String(word)
            if !englishLeads.contains(word), !requestWords.contains(word) { keys.append(word) }
        }
        guard !keys.isEmpty else { return nil }
        let hits = book.indices.filter { index in keys.contains { book[index].quickLowercased().contains($0) } }
        return hits.count == 1 ? hits[0] : nil
    }

    static let requestPairs: Set<String> = [
        "地址", "删掉", "删除", "那个", "这个", "默认", "设为", "改成", "寄到", "送到", "收货", "用那", "不要", "移除", "一个",
    ]
    static let requestWords: Set<String> = [
        "delete", "remove", "one", "default", "make", "use", "send", "deliver", "ship", "don't", "need", "anymore", "that", "old",
        "address", "addresses", "instead", "order", "there",
    ]

    /// Whether `text` speaks of an address at all ("the other address", "换个地址").
    public static func mentionsAddress(_ text: String) -> Bool {
        let lowered = text.quickLowercased()
        return ["address", "adress", "addres", "地址", "ship", "deliver"].contains(where: lowered.contains) || label(in: text) != nil
    }

    /// Words that say an address follows.
    static let requestMarks = ["address", "adress", "地址", "ship to", "deliver to", "send to", "send it to", "寄到", "送到", "发到", "收货", "寄"]

    /// Whether `text` can be an address: long enough, and with a number or a place word in it.
    /// "yes", "ok", "公司" are not; "北京市朝阳区建国路88号" and "12 Baker Street, London" are.
    /// Whether `text` speaks of an address at all: a word of one, a phone number, or the shape of
    /// one (`looksLikeAddress`).
    static func saysAnAddress(_ text: String) -> Bool {
        let lowered = text.quickLowercased()
        return addressMentions.contains(where: lowered.contains) || phone(in: text) != nil || looksLikeAddress(text)
    }

    private static let addressMentions = [
        // (Place marks alone are not: 卧室, 小区 and 楼下 are words of a story; `looksLikeAddress`
        // reads them in the shape of an address.)
        "地址", "address", "adress", "收货", "寄", "送到", "发到", "ship", "deliver", "住", "家在", "公司在", "home", "office", "work", "street",
        "st.", "road", "rd", "apt", "suite", "floor",
    ]

    public static func looksLikeAddress(_ text: String) -> Bool {
        guard (5...200).contains(text.count) else { return false }
        // "发到#南苑305 20块 4个": a group named with # is where an envelope goes, no address.
        if let hash = text.firstIndex(of: "#"), text.index(after: hash) < text.endIndex, !text[text.index(after: hash)].isNumber {
            return false
        }
        // A Chinese address has a number with its place mark ("156号") or several marks ("沈阳市和平
        // 区"); one mark alone is a word of a story ("我卧室就一间", "工位得重新弄").
        let marks = Set(text.filter(placeMarks.contains))
        // (Digits only: 三 of 周三 is a number to Unicode.)
        if !marks.isEmpty { return marks.count >= 2 || text.utf8.contains(where: { (0x30...0x39).contains($0) }) }
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," })
        let hasNumber = text.contains(where: \.isNumber)
        let streetWords: Set<String> = [
            "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "boulevard", "blvd", "drive", "dr", "way", "building", "floor",
            "room", "apt", "unit", "district", "city", "province", "block", "suite", "court", "plaza", "square", "highway",
        ]
        let hasStreetWord = words.contains { streetWords.contains($0.quickLowercased().trimmingCharacters(in: .punctuationCharacters)) }
        let parts = text.split(separator: ",").count
        return hasNumber && (hasStreetWord && words.count >= 2 || parts >= 2 && words.count >= 4)
    }

    private static let placeMarks: Set<Character> = [
        "省", "市", "区", "县", "镇", "乡", "村", "路", "街", "道", "巷", "弄", "号", "楼", "室", "栋", "幢", "苑", "园",
    ]

    /// Whether `text` has what every address ``read(_:)`` finds has: a place mark or a number.
    /// One pass over the text, where a reading costs a phone scan, a split and Foundation's
    /// trimming: with a checkout waiting for an address, every turn was read as one (11 % of the
    /// README's pipe script).
    public static func mayHoldAddress(_ text: String) -> Bool {
        text.contains { $0.isNumber || placeMarks.contains($0) }
    }

    /// A mainland mobile number (11 digits from 1[3-9], maybe after +86, maybe in groups).
    /// Read by hand, not by a regular expression: every utterance is looked at, and compiling one
    /// per turn cost more than the rest of the parse.
    static func phone(in text: String) -> (digits: String, range: Range<String.Index>)? {
        // Groups of ASCII digits, each with where it starts and ends; a group follows the last
        // one directly, or after one space or hyphen ("139-1234-5678", "+86 139 1234 5678").
        var groups: [(digits: String, start: String.Index, end: String.Index, joined: Bool)] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].isASCII, text[index].isNumber else {
                index = text.index(after: index)
                continue
            }
            let start = index
            while index < text.endIndex, text[index].isASCII, text[index].isNumber { index = text.index(after: index) }
            var joined = false
            if let last = groups.last, start > text.startIndex {
                let gap = text[last.end..<start]
                joined = gap.isEmpty || (gap.count == 1 && (gap == " " || gap == "-"))
            }
            groups.append((String(text[start..<index]), start, index, joined))
        }
        // The first window of whole joined groups that is a mobile number, 86 before it or not
        // ("88 13800138000": the street number is a group of its own, left out).
        for first in groups.indices {
            var digits = ""
            var k = first
            while k < groups.count, k == first || groups[k].joined, digits.count < 13 {
                digits += groups[k].digits
                let number = digits.count == 13 && digits.hasPrefix("86") ? String(digits.dropFirst(2)) : digits
                if Self.isMobile(number) {
                    let plus = groups[first].start > text.startIndex && text[text.index(before: groups[first].start)] == "+"
                    return (number, (plus ? text.index(before: groups[first].start) : groups[first].start)..<groups[k].end)
                }
                k += 1
            }
        }
        return nil
    }

    static func isMobile(_ digits: String) -> Bool {
        let scalars = Array(digits.unicodeScalars)
        return scalars.count == 11 && scalars[0] == "1" && ("3"..."9").contains(scalars[1])
    }

    /// The request's words, the address, and whether it asks to be the default.
    static func split(_ text: String) -> (lead: String, body: String, makeDefault: Bool) {
        var body = Substring(text)
        var makeDefault = false
        // Foundation's backward, case-blind search only for words the text has (it cost 1.7 % of
        // a scripted session, run for every tail on every address question's answer).
        let said = text.quickLowercased()
        // "…，设为默认" / ", make it my default": a clause of the request, not of the address.
        for tail in defaultTails where said.contains(tail) {
            if let range = body.range(of: tail, options: [.caseInsensitive, .backwards]),
                body[range.upperBound...].allSatisfy({ $0.isWhitespace || $0.isPunctuation })
            {
                body = body[..<range.lowerBound]
                makeDefault = true
                break
            }
        }
        // "ship to my office: 上海…": the colon ends the request's words.
        if let colon = body.firstIndex(where: { $0 == ":" || $0 == "：" }) {
            return (String(body[..<colon]), String(body[body.index(after: colon)...]), makeDefault)
        }
        let start = body.startIndex
        // "我搬家了 新地址是 杭州市…", "change my address to 5 Main St": what follows the word
        // "address" is the address, whatever came before it.
        let lowered = String(body).quickLowercased()
        for word in ["地址", "address", "adress"] where said.contains(word) {
            guard let found = lowered.range(of: word, options: .backwards) else { continue }
            let offset = lowered.distance(from: lowered.startIndex, to: found.upperBound)
            let after = body[body.index(body.startIndex, offsetBy: offset)...]
            if looksLikeAddress(stripLeads(after).trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))) {
                body = after
            }
            break
        }
        // "不寄我这 寄沈阳我爸妈家 沈阳市和平区南京南街156号…": the request's Chinese words, then the
        // address after a space (the words before it are no address).
        // Each clause with no place mark nor digit is the request's, while an address follows.
        if body.startIndex == start, said.containsByte(where: { $0 >= 0xE4 }) {
            while let space = body.firstIndex(of: " "), case let clause = body[..<space],
                !clause.contains(where: { placeMarks.contains($0) || $0.isASCII && $0.isNumber }),
                case let rest = body[body.index(after: space)...], looksLikeAddress(String(rest))
            {
                body = rest
            }
        }
        body = stripLeads(body)
        // "…, london instead", "…吧": the request's words after the address, too.
        for tail in bodyTails where said.contains(tail) {
            if let range = body.range(of: tail, options: [.caseInsensitive, .backwards]),
                body[range.upperBound...].allSatisfy({ $0.isWhitespace || $0.isPunctuation })
            {
                body = body[..<range.lowerBound]
                break
            }
        }
        return (String(text[start..<body.startIndex]), String(body), makeDefault)
    }

    static let bodyTails = ["instead", "please", "this time", "thanks", "thank you", "谢谢", "吧", "哦", "啊"]

    /// `text` without the request's words it starts with ("添加", "my office address is").
    static func stripLeads(_ text: Substring) -> Substring {
        var body = text
        var moved = true
        while moved {
            moved = false
            body = body.drop(while: { $0.isWhitespace || $0 == "," || $0 == "，" })
            if let lead = chineseLeads.first(where: { body.hasPrefix($0) }) {
                body = body.dropFirst(lead.count)
                moved = true
                continue
            }
            let word = body.prefix(while: { $0.isLetter || $0 == "'" })
            let isLatin = word.unicodeScalars.allSatisfy { $0.isASCII || $0 == "'" }
            if !word.isEmpty, isLatin,
                englishLeads.contains(word.quickLowercased()) || labels.contains(where: { $0.english.contains(word.quickLowercased()) })
            {
                body = body.dropFirst(word.count)
                moved = true
            }
        }
        return body
    }

    static let defaultTails = [
        "设为默认地址", "设成默认地址", "设为默认", "设成默认", "作为默认地址", "作为默认", "默认地址", "as my default address", "as my default",
        "as the default", "as default", "make it my default", "make it the default", "make it default", "and make it default",
        "(default)",
    ]

    static let englishLeads: Set<String> = [
        "please", "pls", "add", "save", "new", "a", "an", "my", "the", "delivery", "shipping", "address", "addresses", "ship", "send",
        "deliver", "it", "them", "to", "at", "is", "as", "for", "me", "this", "that", "its", "here", "here's", "heres", "use", "set",
        "put", "in", "and", "s",
    ]

    /// Longest first, so "收货地址" goes before "地址".
    static let chineseLeads = [
        "帮我添加", "帮我新增", "帮我加个", "帮我", "麻烦", "请", "添加一个", "添加", "新增一个", "新增", "新建", "换成", "换为", "改到", "寄去", "送去", "加一个", "加个", "保存", "存一个",
        "存个",
        "我的", "我", "新的", "收货地址", "送货地址", "地址", "收货", "是", "为", "在", "寄到", "送到", "发到", "改成", "改为", "一个",
        "爸妈家", "父母家", "我妈家", "老家", "公司", "单位", "办公室", "学校", "宿舍", "家里", "家庭", "家", "的",
    ].sorted { $0.count > $1.count }
}
