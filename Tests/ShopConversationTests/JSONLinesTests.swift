import ShopChat
import Testing

@Suite struct JSONLinesTests {
    func decode(_ text: String) -> JSONLines.Decoded { JSONLines.decode(Array(text.utf8)) }

    @Test func aRequestCarriesIdUserAndText() {
        #expect(decode(#"{"id": 17, "user": "alice", "text": "hi"}"#) == .request(Request(text: "hi", user: "alice", id: .int(17))))
        #expect(decode(#"{"text": "hi"}"#) == .request(Request(text: "hi")))
    }

    @Test func badLinesGetTheirErrorCode() {
        #expect(decode("not json") == .failure(.badJSON, id: nil))
        #expect(decode("[1,2]") == .failure(.badJSON, id: nil))
        #expect(decode(#"{"id": "a", "text": 5}"#) == .failure(.missingText, id: .string("a")))
        #expect(decode(#"{"id": "a"}"#) == .failure(.missingText, id: .string("a")))
        #expect(JSONLines.decode([0x7B, 0xFF, 0x7D]) == .failure(.badUTF8, id: nil))
        let long = #"{"text": ""# + String(repeating: "a", count: JSONLines.defaultLineLimit) + #""}"#
        #expect(decode(long) == .failure(.lineTooLong, id: nil))
    }

    @Test func errorRepliesEchoTheId() {
        #expect(JSONLines.encode(.missingText, id: .string("7")).hasPrefix(#"{"id":"7","ok":false,"error":{"code":"missing_text""#))
    }
}
