import ShopChat
import Testing

@Suite struct JSONValueTests {
    @Test func encodingKeepsKeyOrderAndEscapes() {
        let value = JSONValue.object(["b": 1, "a": "x\"y\n", "c": [true, nil, 1.5]])
        #expect(value.jsonText == #"{"b":1,"a":"x\"y\n","c":[true,null,1.5]}"#)
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
