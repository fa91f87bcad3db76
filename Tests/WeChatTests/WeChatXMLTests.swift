import Foundation
import ShopWeChat
import Testing

/// The XML both ways, and the menu file's checks: pure functions, no server.
@Suite struct WeChatXMLTests {
    @Test func cdataCannotBeEndedEarly() throws {
        let xml = WeChatXML.document([("Content", "a]]><b>x</b>"), ("CreateTime", "12")], bare: ["CreateTime"])
        #expect(xml.hasPrefix("<xml><Content><![CDATA[a]]]]><![CDATA[><b>x</b>]]></Content><CreateTime>12</CreateTime>"))
        let fields = try WeChatXML.fields(of: Data(xml.utf8))
        #expect(fields["Content"] == "a]]><b>x</b>")
        #expect(fields["CreateTime"] == "12")
    }

    @Test func onlyWeChatShapedXMLIsTaken() {
        #expect(throws: WeChatXML.Malformed.self) { try WeChatXML.fields(of: Data("<other><A>1</A></other>".utf8)) }
        #expect(throws: WeChatXML.Malformed.self) { try WeChatXML.fields(of: Data("<xml><A>1</A><A>2</A></xml>".utf8)) }
        #expect(throws: WeChatXML.Malformed.self) { try WeChatXML.fields(of: Data("<xml><A>1</xml>".utf8)) }
        #expect(throws: WeChatXML.Malformed.self) { try WeChatXML.fields(of: Data()) }
    }

    @Test func menuFilesAreCheckedLineByLine() throws {
        let menu = try WeChatMenu(text: "# comment\n\nDEALS = 今天有什么优惠\n  CART=看看购物车  \n")
        #expect(menu.utterances == ["DEALS": "今天有什么优惠", "CART": "看看购物车"])
        #expect(throws: WeChatMenu.Invalid.self) { try WeChatMenu(text: "A = x\nA = y\n") }
        #expect(throws: WeChatMenu.Invalid.self) { try WeChatMenu(text: "STOCK = /stock P1001 0\n") }
        #expect(throws: WeChatMenu.Invalid.self) { try WeChatMenu(text: "TWO WORDS = x\n") }
        #expect(throws: WeChatMenu.Invalid.self) { try WeChatMenu(text: "EMPTY =\n") }
    }

    @Test func openIDsMapToStableCaseSafeNames() {
        let upper = WeChatUserName.of(openID: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
        let lower = WeChatUserName.of(openID: "oupf8umuajo_m2pxb1q9znjwes6o")
        #expect(upper != lower)
        #expect(upper == WeChatUserName.of(openID: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"))
        #expect(upper.count == 26 && upper.hasPrefix("wx"))
        #expect(WeChatUserName.of(openID: "oBob0000000000000000000000001") == "wx0392cfc362bd4dca1de7d4f5")
    }
}
