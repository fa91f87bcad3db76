import Foundation
import ShopChat
import Testing

/// The engine's side of the trust model (PROTOCOL.md §1), on both stores: what a gateway's user
/// may not do, numbers that must be refused, and a damaged store that must not crash anything.
@Suite struct TrustBoundaryTests {
    static let start = ClockArgument.date("2026-01-01T09:00:00+08:00")!

    func gatewayConversation(_ backend: Backend, user: String = "mal") throws -> Conversation {
        let (database, _) = try backend.freshStore()
        let conversation = try Conversation(database: database, user: user, clock: .fixed(Self.start))
        conversation.allowsOperatorCommands = false
        conversation.allowsUserSwitching = false
        return conversation
    }

    @Test(arguments: Backend.all)
    func operatorCommandsFromAGatewaysUserAreForbiddenAndChangeNothing(_ backend: Backend) async throws {
        let conversation = try gatewayConversation(backend)
        let before = await conversation.handle(Request(text: "tell me more about P1001")).data
        for text in [
            "/wallet mal 99999999", "/coupon FREE kind=fixed off=99999999", "/give mal FREE", "/stock P1001 0", "/befriend mal alice",
            "/clock +30d", "/import /etc/passwd", "/reset", "/as alice", "/seed 5", "  /stats",
        ] {
            let reply = await conversation.handle(Request(text: text))
            #expect(reply.error?.code == "forbidden", "\(text)")
            #expect(!reply.text.contains("root:"))
        }
        #expect(await conversation.handle(Request(text: "tell me more about P1001")).data == before)
        #expect(await conversation.handle(Request(text: "show my coupons")).data.value(at: "coupons") == .array([]))
        #expect(conversation.currentUser == "mal")
    }

    @Test(arguments: Backend.all)
    func wordsCannotMakeAGatewaysUserSomeoneElse(_ backend: Backend) async throws {
        let conversation = try gatewayConversation(backend)
        let login = await conversation.handle(Request(text: "log me in as alice", user: "mal"))
        #expect(login.user == "mal")
        #expect(login.data.value(at: "user") == .string("mal"))
        #expect(await conversation.handle(Request(text: "who am I")).data.value(at: "user") == .string("mal"))
        _ = await conversation.handle(Request(text: "log out"))
        #expect(await conversation.handle(Request(text: "who am I")).data.value(at: "user") == .string("mal"))
        #expect(await conversation.handle(Request(text: "hi", user: "bad name!")).error?.code == "bad_user")
    }

    /// Behind a gateway nobody logs in: a new user's first hello brings the welcome gifts, once.
    @Test(arguments: Backend.all)
    func aNewUsersFirstHelloOnAGatewayBringsTheWelcomeGifts(_ backend: Backend) async throws {
        let conversation = try gatewayConversation(backend)
        #expect(await conversation.handle(Request(text: "hi", user: "newbie")).data.value(at: "first_login") == .bool(true))
        #expect(
            await conversation.handle(Request(text: "show my coupons", user: "newbie")).data.value(at: "coupons.0.code")
                == .string("WELCOME10"))
        #expect(await conversation.handle(Request(text: "hi", user: "newbie")).data.value(at: "first_login") == nil)
        #expect(await conversation.handle(Request(text: "show my coupons", user: "newbie")).data.value(at: "coupons.1") == nil)
    }

    @Test(arguments: Backend.all)
    func numbersOutOfRangeAreRefusedAndChangeNothing(_ backend: Backend) async throws {
        let conversation = try gatewayConversation(backend)
        func cart() async -> JSONValue? { await conversation.handle(Request(text: "what's in my cart")).data.value(at: "cart.items") }
        #expect(await cart() == .array([]))
        for text in ["add -1 of P1001", "add 99999999999999999999 of P1001", "add 1000 of P1001", "add 5000000 of P1001"] {
            let reply = await conversation.handle(Request(text: text))
            #expect(reply.data.value(at: "error") == .string("invalid_quantity"), "\(text): \(reply.text)")
            #expect(await cart() == .array([]), "\(text)")
        }
        _ = await conversation.handle(Request(text: "add 2 of P1001"))
        for text in ["make it -5", "make it 1000"] {
            #expect(await conversation.handle(Request(text: text)).data.value(at: "error") == .string("invalid_quantity"), "\(text)")
        }
        #expect(await conversation.handle(Request(text: "what's in my cart")).data.value(at: "cart.items.0.quantity") == .int(2))
        _ = await conversation.handle(Request(text: "check out"))
        #expect(await conversation.handle(Request(text: "use -500 points")).data.value(at: "error") == .string("out_of_range"))
        for text in ["send a ¥-20 red envelope to friends", "send a red envelope of ¥99999999 to friends"] {
            let reply = await conversation.handle(Request(text: text))
            #expect(reply.data.value(at: "error") == .string("invalid_amount"), "\(text): \(reply.text)")
        }
    }

    @Test(arguments: Backend.all)
    func operatorNumbersAreRangeChecked(_ backend: Backend) async throws {
        let (database, _) = try backend.freshStore()
        let conversation = try Conversation(database: database, user: "ops", clock: .fixed(Self.start))
        for text in [
            "/stock P1001 9223372036854775807", "/stock P1001 1000000000001", "/wallet m 1000000000001", "/clock +1e300d", "/clock +3700d",
            "/clock 2099-01-01T00:00:00Z",
        ] {
            let reply = await conversation.handle(Request(text: text))
            #expect(
                reply.text.contains("range") || reply.text.contains("Usage") || reply.text.contains("at most 10 years"),
                "\(text): \(reply.text)")
        }
        #expect(conversation.clock.now() == Self.start)
        #expect(
            await conversation.handle(Request(text: "/stock P1001 1000000000000")).data.value(at: "product.stock")
                == .int(1_000_000_000_000))
        // An order and its cancellation at the stock limit: refused cleanly, the books intact.
        _ = await conversation.handle(Request(text: "add address: 88 Jianguo Road, Chaoyang, Beijing"))
        _ = await conversation.handle(Request(text: "add 1 of P1001"))
        _ = await conversation.handle(Request(text: "check out"))
        let placed = await conversation.handle(Request(text: "yes"))
        let order = try #require(placed.data.value(at: "order.id"))
        _ = await conversation.handle(Request(text: "/stock P1001 1000000000000"))
        let cancel = await conversation.handle(Request(text: "cancel order \(order)"))
        #expect(cancel.data.value(at: "error") == .string("out_of_range"), "\(cancel.text)")
        #expect(await conversation.handle(Request(text: "search rice cooker")).error == nil)
    }

    /// A store damaged behind the engine's back (a REAL where stock belongs) answers `internal`
    /// with a reference; it neither traps nor changes anything.
    @Test func aDamagedValueIsReportedNotACrash() async throws {
        let (database, _) = try Backend.sqlite.freshStore()
        let conversation = try Conversation(database: database, user: "ana", clock: .fixed(Self.start))
        try await database.asyncWrite { tx in try tx.execute("UPDATE products SET stock = 1e300 WHERE sku = 'P1001'") }
        let reply = await conversation.handle(Request(text: "tell me more about P1001"))
        #expect(reply.error?.code == "internal")
        #expect(reply.error?.reference?.hasPrefix("R-") == true)
        #expect(reply.text.contains(reply.error?.reference ?? "?"))
        #expect(await conversation.handle(Request(text: "tell me more about P1002")).error == nil)
    }

    /// The code a replay would draw is taken (another process drew it): the share still goes
    /// through, with another code.
    @Test(arguments: Backend.all)
    func aTakenShareCodeIsDrawnAgain(_ backend: Backend) async throws {
        let (database, _) = try backend.freshStore()
        func conversation() async throws -> Conversation {
            let conversation = try Conversation(database: database, user: "ana", clock: .fixed(Self.start), seed: 42)
            _ = await conversation.handle(Request(text: "/befriend ana bob"))
            return conversation
        }
        let first = try await conversation()
        let second = try await conversation()
        _ = await first.handle(Request(text: "tell me more about P1001"))
        let one = await first.handle(Request(text: "share this with @bob")).data.value(at: "share.code")
        _ = await second.handle(Request(text: "tell me more about P1001"))
        let other = await second.handle(Request(text: "share this with @bob"))
        #expect(one != nil)
        #expect(other.error == nil, "\(other.text)")
        #expect(other.data.value(at: "share.code") != nil)
        #expect(other.data.value(at: "share.code") != one)
    }

    /// After an `/import` in one conversation, another opened from the same template understands
    /// the new product's name too.
    @Test func anImportIsUnderstoodByEveryConversationOfTheProcess() async throws {
        let (database, _) = try Backend.sqlite.freshStore()
        let operatorSide = try Conversation(database: database, user: "ops", clock: .fixed(Self.start))
        let shopper = operatorSide.template.make()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("zorb.csv")
        try
            "sku,name,name_zh,brand,category,store,price,stock,rating,tags,description\nZ100,Zorblax Widget,佐布拉克小部件,Zorb,gadgets,zorb,19.90,5,4.5,,A widget\n"
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(await operatorSide.handle(Request(text: "/import \(file.path)")).text.contains("Imported 1"))
        let found = await shopper.handle(Request(text: "add the zorblax widget to my cart"))
        #expect(found.data.value(at: "cart.items.0.sku") == .string("Z100"), "\(found.text)")
    }

    @Test func importRefusalsDoNotTellWhetherAPathExists() async throws {
        let (database, _) = try Backend.sqlite.freshStore()
        let conversation = try Conversation(database: database, user: "ops", clock: .fixed(Self.start))
        let missing = await conversation.handle(Request(text: "/import /no/such/file.csv")).text
        let directory = await conversation.handle(Request(text: "/import /tmp")).text
        let binary = await conversation.handle(Request(text: "/import /proc/self/exe")).text
        #expect(missing == directory)
        #expect(missing == binary)
        #expect(!missing.contains("/no/such"))
    }
}
