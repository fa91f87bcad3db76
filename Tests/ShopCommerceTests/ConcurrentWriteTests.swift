import Foundation
import ShopChat
import Testing

/// Many writes at once on one store object, as `serve`'s worker threads make them: on SQLite
/// they share commits, yet each must stay all-or-nothing on its own.
@Suite struct ConcurrentWriteTests {
    @Test(arguments: Backend.all)
    func eachConcurrentWriteCommitsOrRollsBackAlone(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let database = fixture.database
        let now = fixture.now
        let outcomes = Outcomes()
        let threads = 32
        let finished = DispatchGroup()
        for index in 0..<threads {
            finished.enter()
            Thread {
                defer { finished.leave() }
                // Every fourth writer adds a user and a cart line, then is refused: neither may stay.
                let result = try? database.write { tx -> Int in
                    let commerce = Commerce(tx, now: now)
                    try commerce.ensureUser("w\(index)")
                    try commerce.addToCart(user: "w\(index)", sku: "T1", quantity: 1)
                    if index % 4 == 0 { throw CommerceError.invalidQuantity(-1) }
                    return index
                }
                outcomes.record(result == index)
            }.start()
        }
        finished.wait()
        #expect(outcomes.values.filter { $0 }.count == threads - threads / 4)
        // Read back through another connection: what was acknowledged is on disk.
        let other = try fixture.reopen()
        let carts = try other.read { tx in
            try (0..<threads).map { try Commerce(tx, now: now).cart(of: "w\($0)").lines.count }
        }
        for index in 0..<threads {
            #expect(carts[index] == (index % 4 == 0 ? 0 : 1), "writer \(index)")
        }
        let users = try other.read { tx in try tx.scalar("SELECT COUNT(*) FROM users WHERE name LIKE 'w%'") }
        #expect(users == Int64(threads - threads / 4))
    }
}
