import Foundation
import ShopChat
import TestSupport
import Testing

/// Two `shopchat serve` processes on one PostgreSQL database, as a gateway runs them: money and
/// stock stay exact when the same users hit both at once.
@Suite(.serialized, .enabled(if: ScratchDatabase.postgresServer != nil, "needs SHOPCHAT_TEST_POSTGRES (scripts/test starts one)"))
struct MultiInstanceTests {
    let url: String
    let first: ServeProcess
    let second: ServeProcess

    init() throws {
        url = try ScratchDatabase.postgres()
        let options = ["--db", url, "--clock", "2026-01-01T09:00:00+08:00", "--seed", "7", "--rate", "10000", "--operator-token", "ops"]
        first = try ServeProcess(options)
        second = try ServeProcess(options)
    }

    /// Sends `text` as `user` to the first (or second) instance and returns the reply.
    func say(_ text: String, as user: String, onSecond: Bool = false) throws -> JSONValue {
        let client = try LineClient(port: onSecond ? second.port : first.port)
        // Set-up commands are the operator's.
        if text.hasPrefix("/") { _ = client.request(#"{"hello": {"operator_token": "ops"}}"#) }
        let request = JSONValue.object(["user": .string(user), "text": .string(text)])
        return try #require(client.request(request.jsonText))
    }

    /// Opens one connection per request (so all are in flight together), half on each instance,
    /// sends them all, then reads every reply.
    func sayAtOnce(_ requests: [(user: String, text: String)]) throws -> [JSONValue] {
        let clients = try requests.indices.map { try LineClient(port: $0 % 2 == 0 ? first.port : second.port) }
        for (client, request) in zip(clients, requests) {
            client.send(JSONValue.object(["user": .string(request.user), "text": .string(request.text)]).jsonText)
        }
        return clients.map { $0.json() ?? .null }
    }

    @Test func fortyGrabsOfOneRedEnvelopeAcrossBothInstancesAddUpExactly() throws {
        let users = (1...40).map { "u\($0)" }
        _ = try say("/group family alice " + users.joined(separator: " "), as: "alice")
        _ = try say("send a ¥200 red envelope to the family group split 30 ways", as: "alice")
        let sent = try say("yes", as: "alice", onSecond: true)
        #expect(sent.value(at: "data.packet.amount") == .int(20_000))

        // Every user grabs twice at the same moment, once on each instance.
        let replies = try sayAtOnce(users.flatMap { [($0, "grab red envelope 1"), ($0, "grab red envelope 1")] })
        let grabs = replies.compactMap { reply -> (String, Int64)? in
            guard case .int(let amount)? = reply.value(at: "data.grab.amount"), case .string(let user)? = reply["user"] else { return nil }
            return (user, amount)
        }
        #expect(replies.allSatisfy { $0["ok"] == .bool(true) })
        #expect(grabs.count == 30)
        #expect(Set(grabs.map(\.0)).count == 30, "nobody grabs twice")
        #expect(grabs.map(\.1).reduce(0, +) == 20_000)

        let database = try ScratchDatabase.open(url)
        try database.read { (tx: any SQLSession) throws in
            #expect(try tx.scalar("SELECT COALESCE(SUM(amount), 0) FROM red_packet_grabs WHERE packet = 1") == 20_000)
            #expect(try tx.scalar("SELECT COUNT(DISTINCT \"user\") FROM red_packet_grabs WHERE packet = 1") == 30)
            #expect(try tx.scalar("SELECT wallet FROM users WHERE name = 'alice'") == 50_000 - 20_000)
            #expect(try tx.scalar("SELECT COALESCE(SUM(wallet), 0) FROM users") == 50_000 * Int64(1 + users.count))
        }
    }

    @Test func aCouponConfirmedOnBothInstancesAtOnceIsUsedOnce() throws {
        _ = try say("/coupon ONCE kind=fixed off=500", as: "alice")
        _ = try say("/give alice ONCE", as: "alice")
        _ = try say("add address: 88 Jianguo Road, Chaoyang, Beijing", as: "alice")
        _ = try say("add P1003", as: "alice")
        let preview = try say("check out with coupon ONCE", as: "alice")
        #expect(preview.value(at: "data.checkout.coupons.0") == .string("ONCE"))
        // The pending confirmation lives in the database, so either instance may take the "yes".
        let replies = try sayAtOnce([("alice", "yes"), ("alice", "yes")])
        #expect(replies.filter { $0.value(at: "data.order.id") != nil }.count == 1)

        let database = try ScratchDatabase.open(url)
        try database.read { (tx: any SQLSession) throws in
            #expect(try tx.scalar("SELECT COUNT(*) FROM orders") == 1)
            #expect(try tx.scalar("SELECT COUNT(*) FROM user_coupons WHERE code = 'ONCE' AND used_order IS NOT NULL") == 1)
        }
        // And once more, from the other side: the coupon is spent.
        _ = try say("add P1003", as: "alice", onSecond: true)
        let again = try say("check out with coupon ONCE", as: "alice", onSecond: true)
        #expect(again.value(at: "data.checkout") == nil)
    }

    @Test func twentyBuyersOfFiveLeftNeverOversell() throws {
        _ = try say("/stock P1003 5", as: "alice")
        let buyers = (1...20).map { "b\($0)" }
        for (index, buyer) in buyers.enumerated() {
            _ = try say("add P1003", as: buyer, onSecond: index % 2 == 1)
            _ = try say("check out", as: buyer, onSecond: index % 2 == 1)
            _ = try say("88 Jianguo Road, Chaoyang, Beijing", as: buyer, onSecond: index % 2 == 1)
        }
        let replies = try sayAtOnce(buyers.map { ($0, "yes") })
        #expect(replies.filter { $0.value(at: "data.order.id") != nil }.count == 5)

        let database = try ScratchDatabase.open(url)
        try database.read { (tx: any SQLSession) throws in
            #expect(try tx.scalar("SELECT stock FROM products WHERE sku = 'P1003'") == 0)
            #expect(try tx.scalar("SELECT COUNT(*) FROM orders") == 5)
            #expect(try tx.scalar("SELECT COALESCE(SUM(quantity), 0) FROM order_items WHERE sku = 'P1003'") == 5)
        }
    }

    @Test func twoHundredBuyersOfATenUnitFlashSaleBuyExactlyTen() throws {
        let before = try ScratchDatabase.open(url).read { (tx: any SQLSession) throws in
            try tx.scalar("SELECT stock FROM products WHERE sku = 'P1001'")
        }
        let set = try say("/flash P1001 9900 10 +0s +1h", as: "alice")
        #expect(set.value(at: "data.flash.stock") == .int(10))
        let buyers = (1...200).map { "f\($0)" }
        // Every buyer sees the preview (half on each instance), then all say yes at once; one
        // buyer says yes on both instances at the same moment.
        // First time buyers all: each is asked where it goes, and answers at once.
        let asked = try sayAtOnce(buyers.map { ($0, "抢购P1001") })
        #expect(asked.allSatisfy { $0.value(at: "data.expecting") == .string("address") })
        let previews = try sayAtOnce(buyers.map { ($0, "北京市朝阳区建国路88号 13800138000") })
        let odd = previews.filter { $0.value(at: "data.flash.price") != .int(9_900) }
        let logs = [first.logPath, second.logPath].compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }.joined()
        #expect(odd.isEmpty, "\(odd.prefix(3).map(\.jsonText)) \(logs.suffix(3000))")
        let replies = try sayAtOnce(buyers.map { ($0, "确认") } + [("f1", "确认")])
        let bought = replies.filter { $0.value(at: "data.order.id") != nil }
        #expect(bought.count == 10)
        #expect(Set(bought.compactMap { reply -> String? in if case .string(let user)? = reply["user"] { user } else { nil } }).count == 10)
        #expect(bought.allSatisfy { $0.value(at: "data.order.total") == .int(9_900) })
        let refusals = replies.compactMap { $0.value(at: "data.error") }
        #expect(refusals.allSatisfy { $0 == .string("flash_sold_out") || $0 == .string("flash_already_bought") })

        let database = try ScratchDatabase.open(url)
        try database.read { (tx: any SQLSession) throws in
            #expect(try tx.scalar("SELECT sold FROM flash_sales WHERE id = 1") == 10)
            #expect(try tx.scalar("SELECT COUNT(*) FROM flash_buyers WHERE sale = 1") == 10)
            #expect(try tx.scalar("SELECT COUNT(*) FROM orders") == 10)
            #expect(try tx.scalar("SELECT COUNT(*) FROM orders WHERE ship_to = '北京市朝阳区建国路88号'") == 10)
            #expect(
                try tx.scalar("SELECT COUNT(*) FROM sessions WHERE addresses IS NOT NULL") == 200, "an address each, however they raced")
            #expect(try tx.scalar("SELECT COALESCE(SUM(quantity), 0) FROM order_items WHERE sku = 'P1001' AND unit_price = 9900") == 10)
            #expect(try tx.scalar("SELECT stock FROM products WHERE sku = 'P1001'") == before - 10)
        }
    }
}
