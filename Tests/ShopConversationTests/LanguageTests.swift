import Foundation
import ShopChat
import Testing

@testable import ShopConversation

/// The language of a turn (PROTOCOL.md §4a) and the quick replies that come with it.
@Suite struct LanguageTests {
    @Test(
        arguments: [
            ("搜电饭煲", Language.zh), ("search rice cooker", .en), ("add 2 of P1001", .en), ("iPhone15多少钱", .zh),
            ("2", nil), ("ok", nil), ("P1001", nil), ("SAVE50", nil), ("@bob", nil), ("👍", nil), ("yes", nil), ("check out", .en),
            ("給我看看購物車", .zh),
        ] as [(String, Language?)])
    func utteranceLanguage(text: String, expected: Language?) {
        #expect(Language.of(text) == expected)
    }

    static let engine = IntentEngine(lexicon: try! CatalogLexicon.demo())

    /// Every quick reply, in both languages, is understood as what it offers: a button that the
    /// engine misreads would be worse than none.
    @Test(arguments: Suggestion.allCases)
    func suggestionsAreUnderstood(suggestion: Suggestion) {
        for lang in Language.allCases {
            let text = suggestion.text(lang)
            #expect(text.count <= 40)
            #expect(Language.of(text) == lang || Language.of(text) == nil, "\(text)")
            guard let intent = suggestion.intent else { continue }
            // "算了" is a cancel, "no" a deny: both drop what waits, which is what the button means.
            let understood = Self.engine.parse(text).intent
            #expect(understood == intent || (intent == .deny && understood == .cancel), "\(lang): \(text)")
        }
    }

    func conversation() throws -> Conversation {
        try Conversation(
            database: SQLiteDatabase(path: ":memory:"), user: "mei", clock: .fixed(ClockArgument.date("2026-01-01T09:00:00+08:00")!))
    }

    @Test func eachReplyFollowsTheTurnsLanguage() async throws {
        let chat = try conversation()
        let chinese = await chat.handle(Request(text: "搜电饭煲"))
        #expect(chinese.lang == .zh)
        #expect(chinese.text.contains("美的电饭煲"))
        let neutral = await chat.handle(Request(text: "2"))
        #expect(neutral.lang == .zh, "a turn without words keeps the last reply's language")
        let english = await chat.handle(Request(text: "what's in my cart"))
        #expect(english.lang == .en)
        #expect(english.text.hasPrefix("Your cart"))
    }

    @Test func theUsersChoiceWinsOverTheirWordsUntilChangedAndIsStored() async throws {
        let chat = try conversation()
        let set = await chat.handle(Request(text: "请用英文回复"))
        #expect(set.intent?.intent == .languageSet)
        #expect(set.lang == .en)
        #expect(await chat.handle(Request(text: "看看购物车")).lang == .en)
        // Another conversation on the same store reads the choice from the store.
        let other = chat.template.make()
        #expect(await other.handle(Request(text: "看看购物车", user: "mei")).lang == .en)
        #expect(await chat.handle(Request(text: "speak Chinese")).lang == .zh)
        #expect(await chat.handle(Request(text: "what's in my cart")).lang == .zh)
    }

    @Test func theRequestsLangWinsOverEverything() async throws {
        let chat = try conversation()
        _ = await chat.handle(Request(text: "说中文"))
        let reply = await chat.handle(Request(text: "看看购物车", lang: .en))
        #expect(reply.lang == .en)
        #expect(!reply.text.unicodeScalars.contains(where: Language.isHan))
    }

    @Test func theDefaultLanguageAnswersTurnsWithoutWords() async throws {
        let chat = try conversation()
        chat.defaultLanguage = .zh
        #expect(await chat.handle(Request(text: "👋")).lang == .zh)
        #expect(await chat.handle(Request(text: "/clock")).lang == .zh)
    }

    @Test func dataIsTheSameInBothLanguages() async throws {
        let english = try conversation()
        let chinese = try conversation()
        for en in ["search rice cooker", "add the first one", "check out", "yes"] {
            let a = await english.handle(Request(text: en, lang: .en))
            let b = await chinese.handle(Request(text: en, lang: .zh))
            #expect(a.data == b.data, "\(en)")
            #expect(a.text != b.text)
        }
    }
}
