import Foundation
import ShopChat
import TestSupport
import Testing

/// `shopchat serve` killed with SIGKILL while orders, red envelopes, returns, flash purchases and
/// bargains stream in: after a restart every acknowledged order is there, whole, and money and
/// stock are neither created nor lost.
@Suite(.serialized) struct CrashTests {
    static var stores: [String] { ScratchDatabase.postgresServer == nil ? ["sqlite"] : ["sqlite", "postgres"] }
    static let initialStock: Int64 = 100_000
    static let writers = 8

    @Test(arguments: stores)
    func aKilledServerLosesNothingAcknowledged(_ kind: String) throws {
        let location = kind == "postgres" ? try ScratchDatabase.postgres() : ScratchDatabase.sqlite()
        func options(at clock: String) -> [String] {
            ["--db", location, "--clock", clock, "--seed", "3", "--rate", "10000", "--operator-token", "ops"]
        }
        // Four days before the crash run (each server's clock is its own): orders that will have
        // been delivered, for the writers to return units of.
        let before = try ServeProcess(options(at: "2026-01-01T09:00:00+08:00"))
        let early = try LineClient(port: before.port)
        _ = early.request(#"{"hello": {"operator_token": "ops"}}"#)
        _ = early.request(#"{"user": "ops", "text": "/stock P1003 \#(Self.initialStock)"}"#)
        var delivered: [Int64] = []
        for index in 0..<Self.writers {
            let user = "w\(index)"
            _ = early.request(#"{"user": "ops", "text": "/address \#(user) 88 Jianguo Road, Chaoyang, Beijing 13800138000"}"#)
            _ = early.request(JSONValue.object(["user": .string(user), "text": "add 900 of P1003"]).jsonText)
            _ = early.request(JSONValue.object(["user": .string(user), "text": "check out"]).jsonText)
            let placed = early.request(JSONValue.object(["user": .string(user), "text": "yes"]).jsonText)
            guard case .int(let id)? = placed?.value(at: "data.order.id") else {
                Issue.record("no delivered order for \(user)")
                return
            }
            delivered.append(id)
        }
        #expect(before.stop() == 0)
        let deliveredOrders = delivered
        let options = options(at: "2026-01-05T09:00:00+08:00")
        let server = try ServeProcess(options)
        let setup = try LineClient(port: server.port)
        _ = setup.request(#"{"hello": {"operator_token": "ops"}}"#)
        _ = setup.request(#"{"user": "ops", "text": "/stock P1001 \#(Self.initialStock)"}"#)
        _ = setup.request(#"{"user": "ops", "text": "/bargain P1001 19900"}"#)
        for index in 0..<Self.writers {
            _ = setup.request(#"{"user": "ops", "text": "/befriend w\#(index) w\#((index + 1) % Self.writers)"}"#)
        }
        _ = setup.request(#"{"user": "ops", "text": "/flash P1003 990 5 +0s +1d"}"#)

        // Each writer buys and sends its neighbour a red envelope, over and over, and notes the
        // orders and envelopes the server acknowledged, until the server dies under it.
        let acknowledged = Collected<Int64>()
        let port = server.port
        let stopAt = Date().addingTimeInterval(30)
        let started = DispatchSemaphore(value: 0)
        let writers = Thread {
            concurrently(Self.writers) { index in
                // Writer 0 says when orders are flowing; if it stops early, it says so anyway.
                defer { if index == 0 { started.signal() } }
                guard let client = try? LineClient(port: port) else { return }
                let user = "w\(index)"
                let neighbour = "w\((index + 1) % Self.writers)"
                var turns = 0
                func say(_ text: String) -> JSONValue? {
                    turns += 1
                    if index == 0 && turns == 40 { started.signal() }
                    return client.request(JSONValue.object(["user": .string(user), "text": .string(text)]).jsonText)
                }
                func sayAs(_ who: String, _ text: String) -> JSONValue? {
                    client.request(JSONValue.object(["user": .string(who), "text": .string(text)]).jsonText)
                }
                // One flash unit each, while the five last.
                guard say("flash buy P1003") != nil, let flash = say("yes") else { return }
                if case .int(let id)? = flash.value(at: "data.order.id") { acknowledged.append(id) }
                while Date() < stopAt {
                    guard say("add P1003") != nil, say("check out") != nil, let placed = say("yes") else { return }
                    if case .int(let id)? = placed.value(at: "data.order.id") { acknowledged.append(id) }
                    guard say("send a ¥1 red envelope to @\(neighbour)") != nil, say("yes") != nil else { return }
                    guard say("grab the red envelope") != nil else { return }
                    guard say("return 1 P1003 from order \(deliveredOrders[index]), damaged") != nil, say("yes") != nil else { return }
                    guard let started = say("start a bargain for P1001") else { return }
                    if case .string(let code)? = started.value(at: "data.bargain.code") {
                        guard sayAs(neighbour, "cut \(code)") != nil else { return }
                    }
                    guard say("buy it at the bargain price") != nil, let bought = say("yes") else { return }
                    if case .int(let id)? = bought.value(at: "data.order.id") { acknowledged.append(id) }
                }
            }
        }
        writers.start()
        _ = started.wait(timeout: .now() + 120)
        Thread.sleep(forTimeInterval: 0.3)
        server.crash()
        while !writers.isFinished { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!acknowledged.values.isEmpty)

        // The restarted server opens the same store and answers.
        let restarted = try ServeProcess(options)
        let check = try LineClient(port: restarted.port)
        #expect(check.request(#"{"user": "w1", "text": "show my orders"}"#)?["ok"] == .bool(true))
        #expect(restarted.stop() == 0)

        let database = try ScratchDatabase.open(location)
        try database.read { (tx: any SQLSession) throws in
            let ids = Set(try tx.query("SELECT id FROM orders").map { try $0.int("id") })
            #expect(Set(acknowledged.values).isSubset(of: ids), "every acknowledged order survives")
            // Whole orders: items add up to the subtotal, and the total follows from it.
            #expect(
                try tx.scalar("SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id)") == 0)
            #expect(
                try tx.scalar(
                    "SELECT COUNT(*) FROM orders o WHERE o.subtotal <> (SELECT SUM(i.quantity * i.unit_price) FROM order_items i WHERE i.order_id = o.id)"
                ) == 0)
            #expect(try tx.scalar("SELECT COUNT(*) FROM orders WHERE total <> subtotal - discount + shipping - points_used") == 0)
            // Stock: what is left and what was sold, less what came back, make what there was.
            let sold = try tx.scalar("SELECT COALESCE(SUM(quantity), 0) FROM order_items WHERE sku = 'P1003'")
            let returned = try tx.scalar("SELECT COALESCE(SUM(quantity), 0) FROM returns WHERE sku = 'P1003'")
            #expect(returned > 0, "returns really happened")
            #expect(try tx.scalar("SELECT COALESCE(SUM(sold), 0) FROM flash_sales") == 5, "eight writers bought the five flash units")
            #expect(try tx.scalar("SELECT stock FROM products WHERE sku = 'P1003'") + sold - returned == Self.initialStock)
            let bargained = try tx.scalar("SELECT COALESCE(SUM(quantity), 0) FROM order_items WHERE sku = 'P1001'")
            #expect(try tx.scalar("SELECT stock FROM products WHERE sku = 'P1001'") + bargained == Self.initialStock)
            // Returns: never more units than the line had, each a refund of at most the line's share.
            #expect(
                try tx.scalar(
                    """
                    SELECT COUNT(*) FROM order_items i
                    WHERE (SELECT COALESCE(SUM(r.quantity), 0) FROM returns r WHERE r.order_id = i.order_id AND r.sku = i.sku) > i.quantity
                    """) == 0)
            #expect(
                try tx.scalar(
                    "SELECT COUNT(*) FROM orders o WHERE (SELECT COALESCE(SUM(r.refund), 0) FROM returns r WHERE r.order_id = o.id) > o.total"
                )
                    == 0)
            // Flash: the units sold are the buyers', one each, each with its order.
            #expect(try tx.scalar("SELECT COALESCE(SUM(sold), 0) FROM flash_sales") == (try tx.scalar("SELECT COUNT(*) FROM flash_buyers")))
            #expect(
                try tx.scalar("SELECT COUNT(*) FROM flash_buyers b WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = b.order_id)") == 0)
            // Bargains: the cuts add up to the drop, never below the floor; a bought one has its order at its price.
            #expect(
                try tx.scalar(
                    "SELECT COUNT(*) FROM bargains b WHERE b.list_price - b.price <> (SELECT COALESCE(SUM(c.amount), 0) FROM bargain_cuts c WHERE c.bargain = b.id) OR b.price < b.floor"
                ) == 0)
            #expect(
                try tx.scalar(
                    "SELECT COUNT(*) FROM bargains b WHERE b.order_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = b.order_id AND i.unit_price = b.price)"
                ) == 0)
            #expect(try tx.scalar("SELECT COUNT(*) FROM bargains WHERE order_id IS NOT NULL") > 0, "bargains really were bought")
            // Money: wallets plus what is still inside red envelopes is what every user started with.
            let users = try tx.scalar("SELECT COUNT(*) FROM users")
            let wallets = try tx.scalar("SELECT COALESCE(SUM(wallet), 0) FROM users")
            let sent = try tx.scalar("SELECT COALESCE(SUM(amount - refunded), 0) FROM red_packets")
            let grabbed = try tx.scalar("SELECT COALESCE(SUM(amount), 0) FROM red_packet_grabs")
            #expect(sent > 0 && grabbed > 0, "envelopes really moved money")
            #expect(wallets + (sent - grabbed) == users * 50_000)
        }
    }
}
