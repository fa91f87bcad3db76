import Foundation
import ShopChat
import TestSupport
import Testing

/// Pipe mode killed with SIGKILL while a script it reads faster than it answers (its lines run
/// together, one commit for many) places orders: every order it answered is in the store, whole,
/// and stock adds up; the turns it never answered may be lost, never half kept.
@Suite struct PipeCrashTests {
    static let initialStock: Int64 = 100_000

    @Test func aKilledPipeLosesNothingItAnswered() throws {
        let location = ScratchDatabase.sqlite()
        var script = "/stock P1003 \(Self.initialStock)\n/address alice 88 Jianguo Road, Chaoyang, Beijing 13800138000\n"
        for _ in 0..<20_000 { script += "add P1003\ncheck out\nyes\n" }
        // Read from a file, as a script piped in is: all of it there at once, never waited for.
        let input = location + ".script"
        try script.write(toFile: input, atomically: true, encoding: .utf8)
        defer { unlink(input) }
        let binary = try ShopchatBinary.path()
        let child = try ChildProcess(
            "/bin/sh", ["-c", #"exec "$0" --db "$1" --user alice --clock 2026-01-01T09:00:00+08:00 < "$2""#, binary, location, input],
            captureOutput: true)
        let deadline = DispatchWorkItem { child.signal(SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: deadline)
        var answered: [Int64] = []
        while answered.count < 300, let line = child.readLine() {
            if let id = Self.placedOrder(line) { answered.append(id) }
        }
        child.signal(SIGKILL)
        deadline.cancel()
        // What the child wrote before it died was answered too.
        for line in child.readToEnd().split(separator: "\n") {
            if let id = Self.placedOrder(String(line)) { answered.append(id) }
        }
        _ = child.wait()
        #expect(answered.count >= 300)

        let database = try ScratchDatabase.open(location)
        try database.read { (tx: any SQLSession) throws in
            let ids = Set(try tx.query("SELECT id FROM orders").map { try $0.int("id") })
            #expect(Set(answered).isSubset(of: ids), "every answered order survives")
            #expect(
                try tx.scalar("SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id)") == 0)
            let sold = try tx.scalar("SELECT COALESCE(SUM(quantity), 0) FROM order_items WHERE sku = 'P1003'")
            #expect(try tx.scalar("SELECT stock FROM products WHERE sku = 'P1003'") + sold == Self.initialStock)
            #expect(sold == Int64(ids.count), "one unit an order")
        }
    }

    /// The id in "Order 1001 is placed: …".
    static func placedOrder(_ line: String) -> Int64? {
        guard line.hasPrefix("Order "), line.contains(" is placed") else { return nil }
        return Int64(line.dropFirst("Order ".count).prefix { $0.isNumber })
    }
}
