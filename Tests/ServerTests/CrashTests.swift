import Foundation
import ShopChat
import TestSupport
import Testing

/// `shopchat serve` killed with SIGKILL while orders and red envelopes stream in: after a
/// restart every acknowledged order is there, whole, and money is neither created nor lost.
@Suite(.serialized) struct CrashTests {
    static var stores: [String] { ScratchDatabase.postgresServer == nil ? ["sqlite"] : ["sqlite", "postgres"] }
    static let initialStock: Int64 = 100_000
    static let writers = 8

    @Test(arguments: stores)
    func aKilledServerLosesNothingAcknowledged(_ kind: String) throws {
        let location = kind == "postgres" ? try ScratchDatabase.postgres() : ScratchDatabase.sqlite()
        let options = [
            "--db", location, "--clock", "2026-01-01T09:00:00+08:00", "--seed", "3", "--rate", "10000", "--operator-token", "ops",
        ]
        let server = try ServeProcess(options)
        let setup = try LineClient(port: server.port)
        _ = setup.request(#"{"hello": {"operator_token": "ops"}}"#)
        _ = setup.request(#"{"user": "ops", "text": "/stock P1003 \#(Self.initialStock)"}"#)

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
                while Date() < stopAt {
                    guard say("add P1003") != nil, say("check out") != nil, let placed = say("yes") else { return }
                    if case .int(let id)? = placed.value(at: "data.order.id") { acknowledged.append(id) }
                    guard say("send a ¥1 red envelope to @\(neighbour)") != nil, say("yes") != nil else { return }
                    guard say("grab the red envelope") != nil else { return }
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
            let ids = Set(try tx.query("SELECT id FROM orders").map { $0.int("id") })
            #expect(Set(acknowledged.values).isSubset(of: ids), "every acknowledged order survives")
            // Whole orders: items add up to the subtotal, and the total follows from it.
            #expect(
                try tx.scalar("SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id)") == 0)
            #expect(
                try tx.scalar(
                    "SELECT COUNT(*) FROM orders o WHERE o.subtotal <> (SELECT SUM(i.quantity * i.unit_price) FROM order_items i WHERE i.order_id = o.id)"
                ) == 0)
            #expect(try tx.scalar("SELECT COUNT(*) FROM orders WHERE total <> subtotal - discount + shipping - points_used") == 0)
            // Stock: what is left and what was sold make what there was.
            let sold = try tx.scalar("SELECT COALESCE(SUM(quantity), 0) FROM order_items WHERE sku = 'P1003'")
            #expect(try tx.scalar("SELECT stock FROM products WHERE sku = 'P1003'") + sold == Self.initialStock)
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
