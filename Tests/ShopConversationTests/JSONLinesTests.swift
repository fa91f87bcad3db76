import ShopChat
import Testing

@Suite struct JSONLinesTests {
    func decode(_ text: String) -> JSONLines.Decoded { JSONLines.decode(Array(text.utf8)) }
    func id(_ written: String) -> RequestID? { RequestID(written: Array(written.utf8)) }

    @Test func aRequestCarriesIdUserAndText() {
        #expect(decode(#"{"id": 17, "user": "alice", "text": "hi"}"#) == .request(Request(text: "hi", user: "alice", id: id("17"))))
        #expect(decode(#"{"text": "hi"}"#) == .request(Request(text: "hi")))
    }

    @Test func badLinesGetTheirErrorCode() {
        #expect(decode("not json") == .failure(.badJSON, id: nil))
        #expect(decode("[1,2]") == .failure(.badJSON, id: nil))
        #expect(decode(#"{"id": "a", "text": 5}"#) == .failure(.missingText, id: id(#""a""#)))
        #expect(decode(#"{"id": "a"}"#) == .failure(.missingText, id: id(#""a""#)))
        #expect(JSONLines.decode([0x7B, 0xFF, 0x7D]) == .failure(.badUTF8, id: nil))
        let long = #"{"text": ""# + String(repeating: "a", count: JSONLines.defaultLineLimit) + #""}"#
        #expect(decode(long) == .failure(.lineTooLong, id: nil))
    }

    @Test func aRequestMayAskForItsReplysLanguage() {
        #expect(decode(#"{"text": "hi", "lang": "zh"}"#) == .request(Request(text: "hi", lang: .zh)))
        #expect(decode(#"{"text": "hi", "lang": "zh-CN"}"#) == .request(Request(text: "hi", lang: .zh)))
        #expect(decode(#"{"text": "hi", "lang": "en"}"#) == .request(Request(text: "hi", lang: .en)))
        #expect(decode(#"{"id": 3, "text": "hi", "lang": "fr"}"#) == .failure(.badJSON, id: id("3")))
        #expect(decode(#"{"text": "hi", "lang": 1}"#) == .failure(.badJSON, id: nil))
    }

    @Test func aReplyCarriesItsLanguageAndSuggestions() {
        let reply = Reply(user: "mei", text: "购物车是空的。", lang: .zh, suggestions: ["搜电饭煲", "今天有什么优惠"])
        let line = JSONLines.encode(reply, id: nil)
        #expect(line.contains(#""lang":"zh""#))
        #expect(line.contains(#""suggestions":["搜电饭煲","今天有什么优惠"]"#))
        #expect(!JSONLines.encode(Reply(user: "mei", text: "OK."), id: nil).contains("suggestions"))
    }

    @Test func errorRepliesEchoTheId() {
        #expect(JSONLines.encode(.missingText, id: RequestID("7")).hasPrefix(#"{"id":"7","ok":false,"error":{"code":"missing_text""#))
    }

    /// Ids come back as the client wrote them: a float that doesn't fit a Double, an integer
    /// past Int64, a string with escapes.
    @Test(arguments: ["1e305", "12345678901234567890", "-0.5", #""a\u0041""#, #""""#, "1E+2"])
    func idsAreEchoedByteForByte(_ written: String) {
        guard case .failure(_, let echoed?) = decode(#"{"id": "# + written + "}") else {
            Issue.record("no id kept")
            return
        }
        let line = JSONLines.encode(.missingText, id: echoed)
        #expect(line.hasPrefix(#"{"id":"# + written + ","))
        #expect((try? JSONValue.parse(line)) != nil)
    }

    @Test(arguments: ["{}", "[1]", "true", "null", "false"])
    func anIdThatIsNeitherStringNorNumberIsBadJSON(_ written: String) {
        #expect(decode(#"{"id": "# + written + #", "text": "hi"}"#) == .failure(.badJSON, id: nil))
    }

    @Test func usersAreNormalisedOnceAndBadOnesRefused() {
        // NFC and NFD spellings of josé are one user; case doesn't matter.
        #expect(decode(#"{"user": "JOSE\u0301", "text": "hi"}"#) == .request(Request(text: "hi", user: "jos\u{E9}")))
        #expect(decode(#"{"user": "jos\u00e9", "text": "hi"}"#) == .request(Request(text: "hi", user: "jos\u{E9}")))
        // Nothing is trimmed: a zero-width or ideographic space makes another name, not alice.
        for bad in [
            #""bad user!""#, #""""#, "5", #"""# + String(repeating: "a", count: 33) + #"""#, #""alice\u200b""#, #"" alice ""#,
            #""alice\u3000""#,
        ] {
            #expect(decode(#"{"id": 1, "user": "# + bad + #", "text": "hi"}"#) == .failure(.badUser, id: id("1")), "\(bad)")
        }
    }

    @Test func aHelloKeepsItsIdAndMustBeAnObject() {
        #expect(decode(#"{"id": 3, "hello": {"user": "bob"}}"#) == .hello(.object(["user": "bob"]), id: id("3")))
        #expect(decode(#"{"hello": "bob"}"#) == .failure(.badJSON, id: nil))
        #expect(JSONLines.encodeHello(operator: false, id: id("3")) == #"{"id":3,"ok":true,"hello":{"operator":false}}"#)
    }
}
