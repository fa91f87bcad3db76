import ShopChat
import Testing

@Suite struct JSONValueTests {
    @Test func encodingKeepsKeyOrderAndEscapes() {
        let value = JSONValue.object(["b": 1, "a": "x\"y\n", "c": [true, nil, 1.5]])
        #expect(value.jsonText == #"{"b":1,"a":"x\"y\n","c":[true,null,1.5]}"#)
    }

    /// Plain strings are copied whole and the rest escaped scalar by scalar: both must give the
    /// same JSON, one line, that parses back to the same text.
    @Test(arguments: [
        "plain", "中文 ★4.8 — ¥199.00", "quote \" and \\ backslash", "line\nbreak\ttab", "\u{01}\u{7F}",
        "separators \u{2028} \u{2029}", "near them \u{2027}\u{202A}", "emoji 🧧", "",
    ])
    func stringsEscapeExactlyWhatJSONLinesNeeds(_ text: String) throws {
        let line = JSONValue.string(text).jsonText
        #expect(!line.contains("\n") && !line.contains("\u{2028}") && !line.contains("\u{2029}"))
        #expect(line.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F })
        #expect(try JSONValue.parse(line) == .string(text))
    }

    @Test func parsingRoundTrips() throws {
        let text = #"{"id":"17","n":-12,"f":0.25,"list":[1,{"k":"中文 \u00e9"}],"t":true,"z":null}"#
        let value = try JSONValue.parse(text)
        #expect(value["n"] == .int(-12))
        #expect(value.value(at: "list.1.k") == .string("中文 é"))
        #expect(try JSONValue.parse(value.jsonText) == value)
    }

    @Test(arguments: ["", "{", "{\"a\":}", "[1,]", "01", "{\"a\":1} x", "\"\u{01}\"", "nul", "{'a':1}", "[\"\\x\"]"])
    func invalidJSONIsRejected(_ text: String) {
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(text) }
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(text) }
    }
}

@Suite struct JSONNumberWritingTests {
    /// Found by fuzzing: a huge double was written as `inf`, which no JSON reader takes.
    @Test(arguments: [1e308, -1e308, 1.7976931348623157e308, 1e15, 123456789012345.5])
    func hugeDoublesStayValidJSON(_ value: Double) throws {
        let text = JSONValue.double(value).jsonText
        #expect(!text.contains("inf"))
        #expect(try JSONValue.parse(text) != .null)
    }

    @Test func aNameOfCombiningMarksIsNotAUser() {
        #expect(Conversation.normalizedUser("a" + String(repeating: "\u{301}", count: 5_000) + "b") == nil)
        #expect(Conversation.normalizedUser("jos\u{E9}") == "jos\u{E9}")
    }
}
