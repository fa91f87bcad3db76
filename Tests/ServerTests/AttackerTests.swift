import Foundation
import ShopChat
import TestSupport
import Testing

/// A hostile client against the real `shopchat` binary (PROTOCOL.md §1 and §3): operator
/// commands from end users, identity by words, floods, out-of-range numbers, unread replies,
/// silent and surplus connections, odd ids and names. Each test asserts a protection that would
/// show if it were taken away.
@Suite(.serialized) struct AttackerTests {
    static let clock = "2026-01-01T09:00:00+08:00"

    /// The operator commands an end user must never reach.
    static let attacks = [
        "/wallet me 99999999", "/coupon FREE kind=fixed off=99999999", "/give me FREE", "/stock P1001 0", "/befriend me alice",
        "/clock +30d", "/import /etc/passwd", "/reset", "/as alice", "  /stock P1001 0", "/help", "/quit",
    ]

    // MARK: 1. Operator commands

    /// On TCP, with a gateway token and without one (loopback trusted), every operator command
    /// from a connection that has not shown the operator token is `forbidden` and changes nothing.
    @Test(arguments: [false, true])
    func operatorCommandsFromAGatewayAreForbiddenAndChangeNothing(tokenRequired: Bool) throws {
        let server = try ServeProcess(
            ["--db", ":memory:", "--operator-token", "op", "--clock", Self.clock, "--rate", "10000"]
                + (tokenRequired ? ["--token", "g"] : []))
        func gateway() throws -> AttackerClient {
            let client = try AttackerClient(port: server.port)
            if tokenRequired { #expect(client.request(#"{"hello": {"token": "g"}}"#)?.value(at: "hello.operator") == false) }
            return client
        }
        let user = try gateway()
        // Something for each command to destroy: alice exists, "me" has an order.
        #expect(user.say("hi", as: "alice")?["ok"] == true)
        _ = user.say("add address: 88 Jianguo Road, Chaoyang, Beijing", as: "me")
        _ = user.say("add P1002", as: "me")
        _ = user.say("check out", as: "me")
        let order = try #require(user.say("yes", as: "me")?.value(at: "data.order.id"))
        let stock = try #require(user.say("tell me more about P1001", as: "me")?.value(at: "data.product.stock"))
        #expect(stock != .int(0))

        for attack in Self.attacks {
            let reply = user.say(attack, as: "me")
            #expect(reply?["ok"] == false, "\(attack)")
            #expect(reply?.value(at: "error.code") == "forbidden", "\(attack)")
        }
        // Without a `user` field too, and `/quit` did not close the connection.
        #expect(user.say("/stock P1001 0")?.value(at: "error.code") == "forbidden")
        expectNothingChanged(user.say, order: order, stock: stock)
        #expect(user.say("who am I")?.value(at: "data.user") == "guest", "/as did not switch the connection")

        // The operator token opens them: the reads above would have seen a change.
        let operatorClient = try AttackerClient(port: server.port)
        #expect(
            operatorClient.request(#"{"id": 1, "hello": {"operator_token": "op"}}"#)
                == .object(["id": 1, "ok": true, "hello": .object(["operator": true])]))
        #expect(operatorClient.say("/stock P1001 7")?.value(at: "data.product.stock") == 7)
        #expect(user.say("tell me more about P1001", as: "me")?.value(at: "data.product.stock") == 7)

        // A wrong operator token, first or after the gateway's hello: unauthorized, and closed.
        let impostor = try AttackerClient(port: server.port)
        #expect(impostor.request(#"{"hello": {"operator_token": "guess"}}"#)?.value(at: "error.code") == "unauthorized")
        #expect(impostor.readLine(timeout: 5) == nil && impostor.closedByPeer)
        let upgrader = try gateway()
        #expect(upgrader.request(#"{"hello": {"operator_token": "guess"}}"#)?.value(at: "error.code") == "unauthorized")
        #expect(upgrader.readLine(timeout: 5) == nil && upgrader.closedByPeer)
        #expect(upgrader.say("/stock P1001 0") == nil)
        #expect(user.say("tell me more about P1001", as: "me")?.value(at: "data.product.stock") == 7)
    }

    /// `shopchat --json` without `--operator` (a gateway's child process) refuses them too, and
    /// `/quit` does not end it; with `--operator` they run.
    @Test func theJSONFrontRunsOperatorCommandsOnlyWithTheOperatorFlag() throws {
        let options = ["--json", "--db", ":memory:", "--user", "me", "--clock", Self.clock]
        let setup = [
            #"{"user": "alice", "text": "hi"}"#, #"{"text": "add P1002"}"#, #"{"text": "check out"}"#,
            #"{"text": "88 Jianguo Road, Chaoyang, Beijing"}"#, #"{"text": "yes"}"#, #"{"text": "tell me more about P1001"}"#,
        ]
        let attacks = Self.attacks.map { JSONValue.object(["text": .string($0)]).jsonText }
        let reads = [
            "send a ¥600 red envelope to @alice", "show my coupons", "tell me more about P1001", "show my friends", "where is order 1001",
            "show my orders", "who am I",
        ].map { JSONValue.object(["text": .string($0)]).jsonText }
        let run = try PipedShopchat.json(options, lines: setup + attacks + reads)
        #expect(run.status == 0)
        try #require(run.replies.count == setup.count + attacks.count + reads.count, "one reply per line, /quit included")
        #expect(run.replies[4]?.value(at: "data.order.id") == 1001)
        for (attack, reply) in zip(Self.attacks, run.replies[setup.count...]) {
            #expect(reply?["ok"] == false, "\(attack)")
            #expect(reply?.value(at: "error.code") == "forbidden", "\(attack)")
        }
        // The same reads as over TCP, from the replies in order.
        var answers = Array(run.replies[(setup.count + attacks.count)...]).makeIterator()
        let stock = try #require(run.replies[5]?.value(at: "data.product.stock"))
        #expect(stock != .int(0))
        expectNothingChanged({ _, _ in answers.next() ?? nil }, order: 1001, stock: stock, whoAmI: "me")

        let granted = try PipedShopchat.json(
            ["--json", "--operator", "--db", ":memory:"],
            lines: [#"{"hello": {}}"#, #"{"text": "/stock P1001 7"}"#, #"{"text": "tell me more about P1001"}"#])
        #expect((granted.replies.first ?? nil) == .object(["ok": true, "hello": .object(["operator": true])]))
        #expect(granted.replies.count == 3)
        #expect((granted.replies.dropFirst().first ?? nil)?.value(at: "data.product.stock") == 7)
        #expect((granted.replies.last ?? nil)?.value(at: "data.product.stock") == 7)
    }

    /// The reads that show the attacks did nothing: the wallet still holds ¥500, no FREE coupon,
    /// the stock as it was, no new friend, the clock where it was (the order is still being
    /// packed, not delivered), the store not reset (the order is still there).
    private func expectNothingChanged(
        _ say: (String, String?) -> JSONValue?, order: JSONValue, stock: JSONValue, whoAmI: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let user: String? = whoAmI == nil ? "me" : nil
        let envelope = say("send a ¥600 red envelope to @alice", user)
        #expect(envelope?.value(at: "data.packet_preview") == nil, "the wallet was not raised", sourceLocation: sourceLocation)
        #expect(envelope?["reply"]?.plainText.contains("¥500.00") == true, sourceLocation: sourceLocation)
        let coupons = say("show my coupons", user)
        #expect(coupons?["ok"] == true, sourceLocation: sourceLocation)
        #expect(coupons?["data"]?.jsonText.contains("FREE") == false, "no FREE coupon", sourceLocation: sourceLocation)
        #expect(say("tell me more about P1001", user)?.value(at: "data.product.stock") == stock, sourceLocation: sourceLocation)
        #expect(say("show my friends", user)?.value(at: "data.friends") == [], sourceLocation: sourceLocation)
        #expect(say("where is order \(order.jsonText)", user)?.value(at: "data.order.status") == "placed", sourceLocation: sourceLocation)
        #expect(say("show my orders", user)?.value(at: "data.orders.0.id") == order, sourceLocation: sourceLocation)
        if let whoAmI { #expect(say("who am I", user)?.value(at: "data.user") == .string(whoAmI), sourceLocation: sourceLocation) }
    }

    // MARK: 2. Identity

    /// "log me in as alice" on the gateway fronts greets but never switches who speaks.
    @Test func wordsDoNotSwitchTheUserOnTheGatewayFronts() throws {
        let lines = [
            #"{"text": "add address: 88 Jianguo Road, Chaoyang, Beijing"}"#, #"{"text": "add P1002"}"#, #"{"text": "check out"}"#,
            #"{"text": "yes"}"#, #"{"id": "L", "text": "log me in as alice"}"#,
            #"{"text": "show my orders"}"#, #"{"text": "who am I"}"#, #"{"user": "carol", "text": "log me in as alice"}"#,
            #"{"user": "carol", "text": "who am I"}"#, #"{"user": "alice", "text": "show my orders"}"#,
        ]
        let run = try PipedShopchat.json(["--json", "--db", ":memory:", "--user", "bob", "--clock", Self.clock], lines: lines)
        try #require(run.replies.count == lines.count)
        let login = run.replies[4]
        #expect(login?["id"] == "L")
        #expect(login?["user"] == "bob")
        #expect(login?.value(at: "data.user") == "bob")
        #expect(run.replies[5]?.value(at: "data.orders.0.id") == 1001, "still bob's orders")
        #expect(run.replies[6]?.value(at: "data.user") == "bob")
        #expect(run.replies[7]?.value(at: "data.user") == "carol")
        #expect(run.replies[8]?.value(at: "data.user") == "carol")
        #expect(run.replies[9]?.value(at: "data.orders") == [], "bob's order did not move to alice")

        let server = try ServeProcess(["--db", ":memory:", "--clock", Self.clock])
        let client = try AttackerClient(port: server.port)
        _ = client.say("add address: 88 Jianguo Road, Chaoyang, Beijing", as: "bob")
        _ = client.say("add P1002", as: "bob")
        _ = client.say("check out", as: "bob")
        let order = try #require(client.say("yes", as: "bob")?.value(at: "data.order.id"))
        let bobLogin = client.say("log me in as alice", as: "bob")
        #expect(bobLogin?["user"] == "bob")
        #expect(bobLogin?.value(at: "data.user") == "bob")
        #expect(client.say("show my orders", as: "bob")?.value(at: "data.orders.0.id") == order)
        let guestLogin = client.say("log me in as alice")
        #expect(guestLogin?["user"] == "guest")
        #expect(guestLogin?.value(at: "data.user") == "guest")
        #expect(client.say("who am I")?.value(at: "data.user") == "guest")
        #expect(client.say("show my orders")?.value(at: "data.orders") == [])
        #expect(client.say("show my orders", as: "alice")?.value(at: "data.orders") == [])
    }

    // MARK: 3. Rate limiter

    /// Several connections speaking for one user, and several for the default user, far above
    /// `--rate`: limited across connections, and the server neither crashes nor stops answering.
    @Test func floodingOneUserFromManyConnectionsLeavesTheServerStanding() throws {
        let server = try ServeProcess(["--db", ":memory:", "--clock", Self.clock])
        let pid = try #require(ServerProcess.pid(of: server))
        let port = server.port
        let seconds = 2.5
        let outcomes = Collected<(user: String, ok: Int, limited: Int, lost: Bool)>()
        let started = Date()
        concurrently(6) { index in
            let user = index < 3 ? "flood" : "guest"
            guard let client = try? AttackerClient(port: port) else { return outcomes.append((user, 0, 0, true)) }
            let line = index < 3 ? #"{"user": "flood", "text": "what's in my cart"}"# : #"{"text": "how many points do I have"}"#
            var ok = 0
            var limited = 0
            let stop = Date().addingTimeInterval(seconds)
            while Date() < stop {
                for _ in 0..<8 { client.send(line) }
                for _ in 0..<8 {
                    guard let reply = client.json() else { return outcomes.append((user, ok, limited, true)) }
                    if reply.value(at: "error.code") == "rate_limited" { limited += 1 } else if reply["ok"] == true { ok += 1 }
                }
                Thread.sleep(forTimeInterval: 0.01)
            }
            outcomes.append((user, ok, limited, false))
        }
        let elapsed = Date().timeIntervalSince(started)
        #expect(outcomes.values.count == 6)
        #expect(outcomes.values.allSatisfy { !$0.lost }, "no connection lost its server")
        for user in ["flood", "guest"] {
            let mine = outcomes.values.filter { $0.user == user }
            let ok = mine.map(\.ok).reduce(0, +)
            let limited = mine.map(\.limited).reduce(0, +)
            #expect(limited > 0, "\(user) was limited")
            // One bucket per user, whatever the connection: a burst of 40, then 20 a second.
            #expect(ok <= 40 + Int(20 * elapsed) + 10, "\(user): \(ok) turns in \(elapsed) s")
        }
        #expect(ServerProcess.isRunning(pid))
        let after = try AttackerClient(port: port)
        #expect(after.say("search rice cooker", as: "calm")?["ok"] == true)
    }

    // MARK: 4. Numbers

    /// Out-of-range numbers from the operator and from users are refused, naming the range, and
    /// change nothing; the largest stock allowed survives an order, a cancel and a restart.
    @Test func outOfRangeNumbersAreRefusedAndTheLargestAllowedOnesWork() throws {
        let file = ScratchFile()
        defer { file.remove() }
        let options = ["--db", file.path, "--operator-token", "op", "--clock", Self.clock, "--rate", "10000"]
        var server: ServeProcess? = try ServeProcess(options)
        let port = try #require(server?.port)
        let pid = try #require(server.flatMap(ServerProcess.pid(of:)))
        let operatorClient = try AttackerClient(port: port)
        #expect(operatorClient.request(#"{"hello": {"operator_token": "op"}}"#)?.value(at: "hello.operator") == true)

        let stock = operatorClient.say("/stock P1001 9223372036854775807")
        #expect(stock?.value(at: "data.error") == "out_of_range")
        #expect(stock?["reply"]?.plainText.contains("0 to 1000000000000") == true)
        let wallet = operatorClient.say("/wallet m 9223372036854775807")
        #expect(wallet?.value(at: "data.error") == "out_of_range")
        #expect(wallet?["reply"]?.plainText.contains("0 to 1000000000000") == true)
        for far in ["/clock +1e300d", "/clock +1e305d", "/clock 9999-01-01T00:00:00Z"] {
            let clock = operatorClient.say(far)
            #expect(clock?["reply"]?.plainText.contains("10 years") == true, "\(far)")
            #expect(clock?.value(at: "data.clock") == nil, "\(far)")
        }
        #expect(ServerProcess.isRunning(pid))
        let user = try AttackerClient(port: port)
        #expect(user.say("tell me more about P1001", as: "n1")?.value(at: "data.product.stock") == 233, "nothing was changed")

        // The largest stock allowed, then an order and its cancellation on it.
        let top: JSONValue = 1_000_000_000_000
        #expect(operatorClient.say("/stock P1001 1000000000000")?.value(at: "data.product.stock") == top)
        _ = user.say("add address: 88 Jianguo Road, Chaoyang, Beijing", as: "n1")
        _ = user.say("add P1001", as: "n1")
        _ = user.say("check out", as: "n1")
        let placed = user.say("yes", as: "n1")
        let order = try #require(placed?.value(at: "data.order.id"))
        #expect(user.say("tell me more about P1001", as: "n1")?.value(at: "data.product.stock") == 999_999_999_999)
        let cancelled = user.say("cancel order \(order.jsonText)", as: "n1")
        #expect(cancelled?["ok"] == true)
        #expect(cancelled?.value(at: "data.order.status") == "cancelled")
        #expect(user.say("tell me more about P1001", as: "n1")?.value(at: "data.product.stock") == top)
        #expect(user.say("search rice cooker", as: "n1")?.value(at: "data.results.0.sku") != nil)

        // A user's numbers: refused with the range, the cart untouched.
        _ = user.say("add address: 88 Jianguo Road, Chaoyang, Beijing", as: "n2")
        let cart = try #require(user.say("add 2 of P1002", as: "n2")?.value(at: "data.cart"))
        let refusals = [
            ("make it -5", "1 to 999"), ("add -1 of P1001", "1 to 999"), ("add 99999999999999999999 of P1001", "1 to 999"),
            ("add 0 of P1001", "1 to 999"), ("check out", nil), ("use -500 points", "1 to 1000000000000"),
            ("send a ¥-20 red envelope to friends", "¥0.01 to ¥1,000,000.00"),
            ("send a ¥99999999999999999999 red envelope to friends", "¥0.01 to ¥1,000,000.00"),
        ]
        for (text, range) in refusals {
            let reply = user.say(text, as: "n2")
            #expect(reply?["ok"] == true, "\(text)")
            guard let range else { continue }
            #expect(reply?["reply"]?.plainText.contains(range) == true, "\(text): \(reply?["reply"]?.plainText ?? "no reply")")
            #expect(reply?.value(at: "data.error") != nil, "\(text)")
        }
        #expect(user.say("what's in my cart", as: "n2")?.value(at: "data.cart") == cart)
        #expect(user.say("yes", as: "n2")?.value(at: "data.order.points_used") == 0, "the checkout kept no negative points")

        // The same store after a restart.
        #expect(server?.stop() == 0)
        server = nil
        let restarted = try ServeProcess(options)
        let again = try AttackerClient(port: restarted.port)
        #expect(again.say("tell me more about P1001", as: "n1")?.value(at: "data.product.stock") == top)
        #expect(again.say("search rice cooker", as: "n1")?.value(at: "data.results.0.sku") != nil)
        #expect(restarted.stop() == 0)
    }

    // MARK: 5. Back-pressure

    /// A client that pipelines requests with big replies and never reads them: the server stops
    /// reading from it (the kernel's buffers fill and the client can't write any more), its
    /// memory stays flat, and once the client goes the others are served.
    ///
    /// Without back-pressure the server goes on reading as fast as it answers, buffering the
    /// answers: the client's writes never stall, and memory grows by what it answered.
    @Test func aClientThatNeverReadsIsBackPressured() throws {
        let server = try ServeProcess(["--db", ":memory:", "--clock", Self.clock, "--rate", "1000000"])
        let pid = try #require(ServerProcess.pid(of: server))
        let other = try AttackerClient(port: server.port)
        #expect(other.say("search rice cooker")?["ok"] == true)
        let baseline = try #require(ServerProcess.residentKiB(pid))

        // Each request's id comes back in its reply: ~60 KB out for each line in.
        let line = Array((#"{"id": ""# + String(repeating: "x", count: 60_000) + #"", "text": "search rice cooker"}"# + "\n").utf8)
        let flooder = try AttackerClient(port: server.port)
        var accepted = 0
        var lines = 0
        var pending = ArraySlice<UInt8>()
        var peak = baseline
        var lastSample = Date.distantPast
        let started = Date()
        var lastTaken = started
        // At least 5 s, and until nothing has been taken for 1.5 s (or 12 s have passed).
        while Date().timeIntervalSince(started) < 5 || (Date().timeIntervalSince(lastTaken) < 1.5 && Date().timeIntervalSince(started) < 12)
        {
            if pending.isEmpty && lines < 20_000 {
                pending = line[...]
                lines += 1
            }
            let taken = pending.isEmpty ? 0 : flooder.sendWithoutWaiting(pending)
            try #require(taken >= 0, "the server closed the connection")
            accepted += taken
            pending = pending.dropFirst(taken)
            if taken > 0 { lastTaken = Date() } else { Thread.sleep(forTimeInterval: 0.01) }
            if Date().timeIntervalSince(lastSample) > 0.02 {
                peak = max(peak, ServerProcess.residentKiB(pid) ?? peak)
                lastSample = Date()
            }
        }
        let quiet = Date().timeIntervalSince(lastTaken)
        #expect(accepted > 1_000_000, "the client did flood")
        #expect(quiet >= 1.5, "the server stopped reading: \(accepted) bytes taken, the last \(quiet) s ago")
        #expect(accepted < 64 << 20, "\(accepted) bytes taken")
        #expect(peak - baseline < 150 * 1024, "RSS grew by \((peak - baseline) / 1024) MB")
        flooder.close()

        #expect(ServerProcess.isRunning(pid))
        #expect(other.say("search rice cooker")?["ok"] == true)
        let fresh = try AttackerClient(port: server.port)
        #expect(fresh.say("what's in my cart", as: "newcomer")?["ok"] == true)
    }

    // MARK: 6. Hello timeout, connections per address

    @Test func aSilentConnectionIsClosedAndOneAddressGetsItsShareOnly() throws {
        let server = try ServeProcess(
            ["--db", ":memory:", "--clock", Self.clock, "--token", "g", "--hello-timeout", "1", "--max-per-address", "3"])
        let silent = try AttackerClient(port: server.port)
        let started = Date()
        #expect(silent.readLine(timeout: 6) == nil)
        #expect(silent.closedByPeer, "closed by the server, not by our patience")
        #expect(Date().timeIntervalSince(started) < 3)

        // No --operator-token: no hello makes a connection the operator.
        let pretender = try AttackerClient(port: server.port)
        #expect(pretender.request(#"{"hello": {"token": "g", "operator_token": "g"}}"#)?.value(at: "error.code") == "unauthorized")
        #expect(pretender.readLine(timeout: 5) == nil && pretender.closedByPeer)

        // The two closed connections leave the server's count on its own time.
        Thread.sleep(forTimeInterval: 0.3)
        func admitted(_ client: AttackerClient) -> Bool {
            client.request(#"{"hello": {"token": "g"}}"#) == .object(["ok": true, "hello": .object(["operator": false])])
        }
        let first = try AttackerClient(port: server.port)
        let second = try AttackerClient(port: server.port)
        let third = try AttackerClient(port: server.port)
        #expect([first, second, third].allSatisfy(admitted))
        let fourth = try AttackerClient(port: server.port)
        #expect(fourth.json(timeout: 5)?.value(at: "error.code") == "rate_limited")
        #expect(fourth.readLine(timeout: 5) == nil && fourth.closedByPeer)
        #expect(first.say("who am I", as: "still")?.value(at: "data.user") == "still", "the admitted ones are untouched")

        third.close()
        // The server notices the close on its own time: try for a while.
        var replacement: AttackerClient?
        let deadline = Date().addingTimeInterval(5)
        while replacement == nil && Date() < deadline {
            let candidate = try AttackerClient(port: server.port)
            if admitted(candidate) { replacement = candidate } else { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(replacement?.say("who am I", as: "later")?.value(at: "data.user") == "later")
    }

    // MARK: 7. Subscriptions need the token

    @Test func aHelloNamingAUserWithoutTheTokenIsRefusedAndHearsNothing() throws {
        let server = try ServeProcess(["--db", ":memory:", "--clock", Self.clock, "--token", "g"])
        let eavesdropper = try AttackerClient(port: server.port)
        #expect(eavesdropper.request(#"{"hello": {"user": "alice"}}"#)?.value(at: "error.code") == "unauthorized")

        let alice = try AttackerClient(port: server.port)
        #expect(alice.request(#"{"hello": {"token": "g", "user": "alice"}}"#)?["ok"] == true)
        #expect(alice.say("hi", as: "alice")?["ok"] == true)
        let bob = try AttackerClient(port: server.port)
        #expect(bob.request(#"{"hello": {"token": "g"}}"#)?["ok"] == true)
        #expect(bob.say("send a ¥8.88 red envelope to @alice", as: "bob")?.value(at: "data.packet_preview.amount") == 888)
        #expect(bob.say("yes", as: "bob")?.value(at: "data.packet.amount") == 888)

        // The gateway's subscription hears it; the stranger's connection was closed, not subscribed.
        let pushed = alice.event("redpacket.received")
        #expect(pushed?["user"] == "alice")
        #expect(eavesdropper.readLine(timeout: 2) == nil)
        #expect(eavesdropper.closedByPeer)
    }

    // MARK: 8. Minting users

    @Test func oneConnectionCanNotMintUsersQuickly() throws {
        let server = try ServeProcess(["--db", ":memory:", "--clock", Self.clock, "--new-users-rate", "5", "--rate", "1000"])
        let client = try AttackerClient(port: server.port)
        var limited = 0
        var admitted = 0
        for index in 0..<200 {
            let reply = client.say("hi", as: "mint\(index)")
            if reply?.value(at: "error.code") == "rate_limited" { limited += 1 } else if reply?["ok"] == true { admitted += 1 }
        }
        // A burst of 50, then 5 a second.
        #expect(limited >= 120, "\(limited) of 200 refused")
        #expect(admitted >= 50)
        #expect(admitted + limited == 200)
        // The limit is the connection's: another one may still introduce someone.
        let other = try AttackerClient(port: server.port)
        #expect(other.say("hi", as: "newcomer")?["ok"] == true)
    }

    /// PROTOCOL.md §1 limits *new* users; users this connection has served, back after a second or
    /// two, are not new (the limiter once forgot idle users' full buckets and counted them again).
    @Test func returningUsersAreNotNewUsers() throws {
        let server = try ServeProcess(["--db", ":memory:", "--clock", Self.clock, "--new-users-rate", "2"])
        let client = try AttackerClient(port: server.port)
        let users = (0..<20).map { "back\($0)" }
        let first = users.filter { client.say("hi", as: $0)?["ok"] == true }
        #expect(first.count >= 19, "a burst of 20 new users")
        Thread.sleep(forTimeInterval: 1.5)
        let refused = first.filter { client.say("what's in my cart", as: $0)?.value(at: "error.code") == "rate_limited" }
        #expect(refused.isEmpty, "returning users refused: \(refused.count) of \(first.count)")
    }

    // MARK: 9. ids

    @Test func idsComeBackByteForByteAndOtherTypesAreBadJSON() throws {
        let server = try ServeProcess(["--db", ":memory:", "--clock", Self.clock])
        let client = try AttackerClient(port: server.port)
        for id in ["1e305", "12345678901234567890", #""a\u0041""#, "-0.0e-0", #""0017""#, "7.50"] {
            let reply = client.rawRequest(#"{"id": \#(id), "text": "hi"}"#)
            #expect(reply?.hasPrefix(#"{"id":\#(id),"#) == true, "\(id) came back as \(reply ?? "nothing")")
        }
        for id in ["{}", "[1]", "true", "null"] {
            let reply = client.rawRequest(#"{"id": \#(id), "text": "hi"}"#)
            let parsed = reply.flatMap { try? JSONValue.parse($0) }
            #expect(parsed?.value(at: "error.code") == "bad_json", "\(id)")
            #expect(parsed?["id"] == nil, "\(id)")
        }
        let hello = client.rawRequest(#"{"id": "h\u0031", "hello": {}}"#)
        #expect(hello?.hasPrefix(#"{"id":"h\u0031","#) == true, "\(hello ?? "nothing")")
        #expect(hello.flatMap { try? JSONValue.parse($0) }?.value(at: "hello.operator") == false)
        let refused = client.rawRequest(#"{"id": 1e999, "user": "bad user!", "text": "hi"}"#)
        #expect(refused?.hasPrefix(#"{"id":1e999,"#) == true, "an error carries the id too: \(refused ?? "nothing")")
        #expect(client.say("who am I")?["ok"] == true, "still usable")
    }

    // MARK: 10. User names

    @Test func namesAreOneUserWhateverTheirUnicodeFormAndBadOnesAreRefused() throws {
        let server = try ServeProcess(["--db", ":memory:", "--clock", Self.clock])
        let client = try AttackerClient(port: server.port)
        // Swift compares strings by canonical equivalence: compare the bytes.
        let composed = Array("jos\u{e9}".utf8)
        func bytes(_ value: JSONValue?) -> [UInt8]? { if case .string(let text)? = value { Array(text.utf8) } else { nil } }

        let nfc = client.request(#"{"user": "jos\u00e9", "text": "add P1002"}"#)
        #expect(nfc?.value(at: "data.cart.items.0.sku") == "P1002")
        let nfd = client.request(#"{"user": "jose\u0301", "text": "what's in my cart"}"#)
        #expect(bytes(nfd?["user"]) == composed)
        #expect(nfd?.value(at: "data.cart.items.0.sku") == "P1002", "the decomposed name is the same user in the store")
        let upper = client.request(#"{"user": "@JOSE\u0301", "text": "who am I"}"#)
        #expect(bytes(upper?.value(at: "data.user")) == composed)

        let longest = String(repeating: "n", count: 32)
        #expect(client.say("who am I", as: longest)?.value(at: "data.user") == .string(longest))
        for name in ["bad user!", String(repeating: "n", count: 33), String(repeating: "a", count: 40), "", "@", "a/b", "名字 空格"] {
            let reply = client.request(JSONValue.object(["id": "n", "user": .string(name), "text": "hi"]).jsonText)
            #expect(reply?.value(at: "error.code") == "bad_user", "\(name)")
            #expect(reply?["id"] == "n")
        }
        #expect(client.request(#"{"user": 5, "text": "hi"}"#)?.value(at: "error.code") == "bad_user")
    }

    // MARK: 11. /import tells nothing about paths

    @Test func importingAFileThatIsNoCatalogSaysNothingAboutIt() throws {
        let server = try ServeProcess(["--db", ":memory:", "--clock", Self.clock, "--operator-token", "op"])
        let operatorClient = try AttackerClient(port: server.port)
        #expect(operatorClient.request(#"{"hello": {"operator_token": "op"}}"#)?.value(at: "hello.operator") == true)
        let missing = try #require(operatorClient.say("/import /nonexistent-\(UUID().uuidString)/passwd")?["reply"]?.plainText)
        let passwd = try #require(operatorClient.say("/import /etc/passwd")?["reply"]?.plainText)
        let directory = try #require(operatorClient.say("/import /etc")?["reply"]?.plainText)
        #expect(missing.contains("can't read that file as a catalog"))
        #expect(directory == missing)
        for reply in [missing, passwd, directory] {
            #expect(!reply.contains("root:"))
            #expect(!reply.contains("/bin/"))
        }
        #expect(passwd == missing)
        #expect(operatorClient.say("search rice cooker")?.value(at: "data.results.0.sku") != nil, "the catalog is intact")
    }

    // MARK: 12. Line ends

    @Test func aLastLineWithoutNewlineIsAnsweredOnHalfClose() throws {
        let server = try ServeProcess(["--db", ":memory:", "--clock", Self.clock])
        let client = try AttackerClient(port: server.port)
        client.send(Array(#"{"id": "last", "text": "hi"}"#.utf8))
        client.halfClose()
        let reply = client.json()
        #expect(reply?["id"] == "last")
        #expect(reply?["ok"] == true)
        #expect(client.readLine(timeout: 5) == nil && client.closedByPeer, "then the server closes")

        let several = try AttackerClient(port: server.port)
        several.send(
            Array(
                (#"{"id": 1, "text": "hi"}"# + "\n" + #"{"id": 2, "text": "search rice cooker"}"# + "\n" + #"{"id": 3, "text": "hi"}"#).utf8
            ))
        several.halfClose()
        #expect((0..<3).map { _ in several.json()?["id"] } == [1, 2, 3])
        #expect(several.readLine(timeout: 5) == nil && several.closedByPeer)
    }

    @Test func pipeModeSkipsLinesOverSixtyFourKiB() throws {
        var input = Array(repeating: UInt8(ascii: "a"), count: 65_537) + [0x0A]
        input += Array(repeating: UInt8(ascii: "b"), count: 65_536) + [0x0A]
        input += Array("show my coupons\n".utf8)
        let result = try PipedShopchat.run(["--db", ":memory:", "--clock", Self.clock], input: input)
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        try #require(lines.count >= 3)
        #expect(lines[0].contains("longer than 64 KiB"))
        #expect(!lines[1].contains("longer than 64 KiB"), "65,536 bytes is within the limit")
        #expect(lines.last?.contains("coupons") == true)
        #expect(lines.filter { $0.contains("longer than 64 KiB") }.count == 1)
    }

    // MARK: 13. Share codes

    /// Same `--seed`, one store: two connections of one server, and the first connection of a
    /// second server, all draw different share codes and none fails.
    @Test func shareCodesDifferAcrossConnectionsAndProcesses() throws {
        let file = ScratchFile()
        defer { file.remove() }
        let setup = try PipedShopchat.json(
            ["--json", "--operator", "--db", file.path, "--clock", Self.clock],
            lines: [#"{"text": "/befriend a b"}"#, #"{"text": "/befriend c b"}"#])
        #expect(setup.status == 0)
        #expect(setup.replies.allSatisfy { $0?["ok"] == true })

        let options = ["--db", file.path, "--seed", "5", "--clock", Self.clock, "--rate", "1000"]
        func share(on client: AttackerClient, as user: String) -> String? {
            #expect(client.say("tell me more about P1001", as: user)?["ok"] == true)
            let reply = client.say("share this with @b", as: user)
            #expect(reply?["ok"] == true, "\(reply?.jsonText ?? "no reply")")
            #expect(reply?["reply"]?.plainText.contains("Something went wrong") == false)
            return reply?.value(at: "data.share.code")?.plainText
        }
        let first = try ServeProcess(options)
        let x = try AttackerClient(port: first.port)
        let y = try AttackerClient(port: first.port)
        let codes = [share(on: x, as: "a"), share(on: y, as: "c")]
        let second = try ServeProcess(options)
        let z = try AttackerClient(port: second.port)
        let all = codes + [share(on: z, as: "a"), share(on: x, as: "a")]
        #expect(all.allSatisfy { $0 != nil && $0!.count >= 4 })
        #expect(Set(all.compactMap { $0 }).count == all.count, "\(all)")
    }

    // MARK: 14. Internal failures

    /// A stored price that is not an integer (written behind the server's back) makes the turn
    /// fail inside the engine: `internal`, with a reference that is in the log (which holds
    /// neither the tokens nor what the user typed), and the connection goes on.
    @Test func anInternalFailureAnswersWithAReferenceFoundInTheLog() throws {
        let file = ScratchFile()
        defer { file.remove() }
        let server = try ServeProcess(["--db", file.path, "--clock", Self.clock, "--token", "gate-s3cret", "--operator-token", "op-s3cret"])
        let client = try AttackerClient(port: server.port)
        #expect(client.request(#"{"hello": {"token": "gate-s3cret"}}"#)?["ok"] == true)
        #expect(client.say("tell me more about P1001", as: "al")?["ok"] == true)
        do {
            let database = try SQLiteDatabase(path: file.path)
            try database.write { (tx: any SQLSession) throws in try tx.execute("UPDATE products SET price = 1.5 WHERE sku = 'P1001'") }
        }
        let failed = client.request(#"{"id": "f1", "user": "al", "text": "tell me more about P1001"}"#)
        #expect(failed?["id"] == "f1")
        #expect(failed?["user"] == "al")
        #expect(failed?["ok"] == false)
        #expect(failed?.value(at: "error.code") == "internal")
        let reference = try #require(failed?.value(at: "error.reference")?.plainText)
        #expect(reference.wholeMatch(of: /R-[0-9A-F]{8}/) != nil, "\(reference)")
        #expect(failed?.value(at: "error.message")?.plainText.contains(reference) == true)

        var log = ""
        let deadline = Date().addingTimeInterval(3)
        while !log.contains(reference) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            log = (try? String(contentsOfFile: server.logPath, encoding: .utf8)) ?? ""
        }
        #expect(log.contains(reference), "the log has the reference")
        #expect(!log.contains("s3cret"), "no tokens in the log")
        #expect(!log.contains("tell me more"), "nor what the user typed")
        #expect(client.say("what's in my cart", as: "al")?["ok"] == true, "the connection goes on")
    }

    // MARK: 15. /quit in a dialog

    @Test func quitEndsADialog() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("attacker-dialogs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let quitting = directory.appendingPathComponent("quits.dialog")
        let failing = directory.appendingPathComponent("fails.dialog")
        let tail = "> hi\n< THIS IS NEVER SAID\n"
        try ("# /quit ends the dialog\n> hi\n< Hi guest\n/quit\n" + tail).write(to: quitting, atomically: true, encoding: .utf8)
        try ("# the same without /quit\n> hi\n< Hi guest\n" + tail).write(to: failing, atomically: true, encoding: .utf8)

        let quit = try ChildProcess.run(try ShopchatBinary.path(), ["test", quitting.path])
        #expect(quit.status == 0, "\(quit.output)")
        #expect(quit.output.split(separator: "\n").last == "1 passed, 0 failed")
        let control = try ChildProcess.run(try ShopchatBinary.path(), ["test", failing.path])
        #expect(control.status == 1, "the assertion after /quit really fails when reached")
        #expect(control.output.split(separator: "\n").last == "1 passed, 1 failed")
    }

    // MARK: 16. /import reaches every connection

    @Test func anImportOnOneConnectionIsUnderstoodOnAnother() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("attacker-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let catalog = directory.appendingPathComponent("zorb.csv")
        try """
        sku,name,name_zh,brand,category,store,price,stock,rating,tags,description
        Z100,Zorblax Widget,佐布拉克小部件,Zorb,gadgets,zorb,19.90,5,4.5,,A widget

        """.write(to: catalog, atomically: true, encoding: .utf8)

        let server = try ServeProcess(["--db", ":memory:", "--clock", Self.clock, "--operator-token", "op"])
        let other = try AttackerClient(port: server.port)
        #expect(other.say("search zorblax", as: "shopper")?.value(at: "data.results") == [], "not there yet")
        let operatorClient = try AttackerClient(port: server.port)
        #expect(operatorClient.request(#"{"hello": {"operator_token": "op"}}"#)?.value(at: "hello.operator") == true)
        let imported = operatorClient.say("/import \(catalog.path)")
        #expect(imported?["reply"]?.plainText.contains("1 new") == true, "\(imported?.jsonText ?? "no reply")")

        #expect(other.say("search zorblax", as: "shopper")?.value(at: "data.results.0.sku") == "Z100")
        // The Chinese name is one word only to an engine that learnt the new catalog.
        let chinese = other.say("搜索佐布拉克小部件", as: "shopper")
        #expect(chinese?.value(at: "intent.slots.query") == "佐布拉克小部件")
        #expect(chinese?.value(at: "data.results.0.sku") == "Z100")
        #expect(other.say("open the zorb store", as: "shopper")?.value(at: "data.results.0.sku") == "Z100")
    }
}
