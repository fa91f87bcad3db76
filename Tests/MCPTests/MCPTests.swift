import Foundation
import MCP
import TestSupport
import Testing

/// `shopchat mcp` driven as an MCP host drives it: the real binary, the SDK's client over its
/// stdin and stdout, real SQLite.
@Suite struct MCPTests {
    static let clock = ["--clock", "2026-01-01T09:00:00+08:00"]
    static let alice = ["--db", ":memory:", "--user", "alice"] + clock
    static let shipTo: [String: Value] = ["address": "88 Jianguo Road, Chaoyang, Beijing 13800138000"]

    static let toolNames: Set = [
        "search_catalog", "get_product", "view_cart", "update_cart", "quote", "checkout", "complete_checkout", "list_orders", "track_order",
        "cancel_order", "list_coupons", "claim_coupon", "share_product",
    ]

    @Test func listsEveryToolWithAStrictSchema() async throws {
        let server = try await MCPServerProcess.start(Self.alice)
        let (tools, _) = try await server.client.listTools()
        await server.stop()
        #expect(Set(tools.map(\.name)) == Self.toolNames)
        for tool in tools {
            #expect(tool.inputSchema.objectValue?["type"] == "object", "\(tool.name)")
            #expect(tool.inputSchema.objectValue?["additionalProperties"] == false, "\(tool.name)")
            #expect(tool.inputSchema.objectValue?["properties"]?.objectValue?["user"] == nil, "\(tool.name) offers user without --operator")
            #expect(tool.description?.isEmpty == false)
        }
        let search = try #require(tools.first { $0.name == "search_catalog" }?.inputSchema.objectValue?["properties"]?.objectValue)
        #expect(Set(search.keys) == ["query", "category", "brand", "min_price", "max_price", "sort", "limit"])
        #expect(search["max_price"]?.objectValue?["type"] == "integer")
        #expect(
            search["category"]?.objectValue?["description"]?.stringValue?.contains("kitchen") == true, "the store's categories are named")
        let complete = try #require(tools.first { $0.name == "complete_checkout" }?.inputSchema.objectValue)
        #expect(complete["required"] == ["preview_id", "idempotency_key"])
    }

    @Test func searchAddQuoteCheckoutPlacesOneOrderForOneKey() async throws {
        let server = try await MCPServerProcess.start(Self.alice)
        let found = try await server.call("search_catalog", ["query": "rice cooker", "max_price": 30000, "sort": "price_asc"])
        #expect(found.isError == false)
        let sku = try #require(found.value("results.0.sku")?.stringValue)
        let price = try #require(found.value("results.0.price")?.intValue)
        #expect(price <= 30000)
        #expect(found.value("results.0.price_display")?.stringValue?.hasPrefix("¥") == true)
        let stockBefore = try #require(try await server.call("get_product", ["sku": .string(sku)]).value("product.stock")?.intValue)

        let added = try await server.call("update_cart", ["sku": .string(sku), "quantity": 2])
        #expect(added.isError == false)
        #expect(added.value("cart.items.0.quantity") == 2)
        #expect(added.value("cart.subtotal")?.intValue == 2 * price)

        let quote = try await server.call("quote")
        #expect(quote.isError == false)
        let total = try #require(quote.value("quote.total")?.intValue)
        #expect(quote.value("quote.total_display")?.stringValue?.hasPrefix("¥") == true)

        // A shopper with no address yet: the call must say where the order goes.
        let nowhere = try await server.call("checkout")
        #expect(nowhere.isError == true && nowhere.value("error.code") == "invalid_params", "\(nowhere.text)")
        let preview = try await server.call("checkout", Self.shipTo)
        #expect(preview.value("checkout.ship_to.phone") == "138****8000")
        let previewID = try #require(preview.value("checkout.preview_id")?.stringValue)
        #expect(preview.value("checkout.total")?.intValue == total)

        let key: Value = "alice-order-1"
        let placed = try await server.call("complete_checkout", ["preview_id": .string(previewID), "idempotency_key": key])
        #expect(placed.isError == false, "\(placed.text)")
        let orderID = try #require(placed.value("order.id")?.intValue)
        #expect(placed.value("order.total")?.intValue == total)
        #expect(placed.value("order.replayed") == false)

        let again = try await server.call("complete_checkout", ["preview_id": .string(previewID), "idempotency_key": key])
        #expect(again.isError == false, "\(again.text)")
        #expect(again.value("order.id")?.intValue == orderID)
        #expect(again.value("order.replayed") == true)

        let orders = try await server.call("list_orders")
        #expect(orders.value("orders")?.arrayValue?.count == 1)
        let stockAfter = try await server.call("get_product", ["sku": .string(sku)]).value("product.stock")?.intValue
        #expect(stockAfter == stockBefore - 2, "the stock was taken once")
        let tracked = try await server.call("track_order", ["order": .int(orderID)])
        #expect(tracked.value("order.status") == "placed")
        await server.stop()
    }

    @Test func aPreviewTheCartNoLongerMatchesIsRefused() async throws {
        let server = try await MCPServerProcess.start(Self.alice)
        _ = try await server.call("update_cart", ["sku": "P1001", "quantity": 1])
        let first = try #require(try await server.call("checkout", Self.shipTo).value("checkout.preview_id")?.stringValue)
        _ = try await server.call("update_cart", ["sku": "P1001", "quantity": 3])
        let stale = try await server.call("complete_checkout", ["preview_id": .string(first), "idempotency_key": "k-1"])
        #expect(stale.isError == true)
        #expect(stale.value("error.code") == "stale_preview")
        #expect(stale.text.contains("check out again"))
        #expect(try await server.call("list_orders").value("orders")?.arrayValue?.isEmpty == true)

        let fresh = try #require(try await server.call("checkout", Self.shipTo).value("checkout.preview_id")?.stringValue)
        #expect(fresh != first)
        let placed = try await server.call("complete_checkout", ["preview_id": .string(fresh), "idempotency_key": "k-1"])
        #expect(placed.isError == false, "\(placed.text)")
        #expect(placed.value("order.items.0.quantity") == 3)
        // The key now names that order: another preview under it is refused.
        _ = try await server.call("update_cart", ["sku": "P1002", "quantity": 1])
        let other = try #require(try await server.call("checkout", Self.shipTo).value("checkout.preview_id")?.stringValue)
        let reused = try await server.call("complete_checkout", ["preview_id": .string(other), "idempotency_key": "k-1"])
        #expect(reused.value("error.code") == "idempotency_key_reused")
        #expect(try await server.call("list_orders").value("orders")?.arrayValue?.count == 1)
        await server.stop()
    }

    @Test func searchFiltersSortsAndLimits() async throws {
        let server = try await MCPServerProcess.start(Self.alice)
        let found = try await server.call("search_catalog", ["query": "rice cooker", "sort": "price_desc", "limit": 2, "max_price": 50000])
        let prices = try #require(found.value("results")?.arrayValue).compactMap { $0.objectValue?["price"]?.intValue }
        #expect(prices.count == 2)
        #expect(prices == prices.sorted(by: >))
        #expect(prices.allSatisfy { $0 <= 50000 })
        #expect(found.text.components(separatedBy: "\n").filter { $0.contains("[P") }.count == 2, "the words list what the data lists")
        await server.stop()
    }

    @Test func retriesRacingWithOneKeyPlaceOneOrder() async throws {
        let server = try await MCPServerProcess.start(Self.alice)
        _ = try await server.call("update_cart", ["sku": "P1003", "quantity": 1])
        let previewID = try #require(try await server.call("checkout", Self.shipTo).value("checkout.preview_id")?.stringValue)
        let arguments: [String: Value] = ["preview_id": .string(previewID), "idempotency_key": "race"]
        async let first = server.call("complete_checkout", arguments)
        async let second = server.call("complete_checkout", arguments)
        let results = try await [first, second]
        #expect(results.allSatisfy { $0.isError == false }, "\(results.map(\.text))")
        #expect(Set(results.compactMap { $0.value("order.id")?.intValue }).count == 1)
        #expect(results.compactMap { $0.value("order.replayed")?.boolValue }.sorted { !$0 && $1 } == [false, true])
        #expect(try await server.call("list_orders").value("orders")?.arrayValue?.count == 1)
        await server.stop()
    }

    @Test func completingWithoutAPreviewIsRefused() async throws {
        let server = try await MCPServerProcess.start(Self.alice)
        let result = try await server.call("complete_checkout", ["preview_id": "pv_0000000000000000", "idempotency_key": "k"])
        #expect(result.isError == true)
        #expect(result.value("error.code") == "no_preview")
        await server.stop()
    }

    @Test func anIdempotencyKeyOutlivesTheServer() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mcp-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) } }
        let arguments = ["--db", path, "--user", "alice"] + Self.clock
        let first = try await MCPServerProcess.start(arguments)
        _ = try await first.call("update_cart", ["sku": "P1001", "quantity": 1])
        let previewID = try #require(try await first.call("checkout", Self.shipTo).value("checkout.preview_id")?.stringValue)
        let placed = try await first.call("complete_checkout", ["preview_id": .string(previewID), "idempotency_key": "retry-me"])
        let orderID = try #require(placed.value("order.id")?.intValue)
        #expect(await first.stop() == 0)

        let second = try await MCPServerProcess.start(arguments)
        let retried = try await second.call("complete_checkout", ["preview_id": .string(previewID), "idempotency_key": "retry-me"])
        #expect(retried.isError == false, "\(retried.text)")
        #expect(retried.value("order.id")?.intValue == orderID)
        #expect(retried.value("order.replayed") == true)
        #expect(try await second.call("list_orders").value("orders")?.arrayValue?.count == 1)
        await second.stop()
    }

    @Test func aQuestionAskedInChatDoesNotHoldUpTools() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mcp-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) } }
        // In chat, "add it" after a list of several is answered with "which one?", which waits.
        let chat = try await Self.pipe("printf 'search rice cooker\\nadd it\\n' | '\(ShopchatBinary.path())' --db '\(path)' --user alice")
        #expect(chat.output.contains("Which product"), "\(chat.output)")
        let server = try await MCPServerProcess.start(["--db", path, "--user", "alice"] + Self.clock)
        let cart = try await server.call("view_cart")
        #expect(cart.isError == false, "\(cart.text)")
        let added = try await server.call("update_cart", ["sku": "P1001", "quantity": 1])
        #expect(added.value("cart.items.0.sku") == "P1001", "\(added.text)")
        await server.stop()
    }

    /// Runs a shell command line to its end on a thread of its own, not a cooperative one.
    static func pipe(_ command: String) async throws -> ChildProcess.Result {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try ChildProcess.run("/bin/sh", ["-c", command]) }) }
        }
    }

    @Test func anUnknownToolIsAProtocolError() async throws {
        let server = try await MCPServerProcess.start(Self.alice)
        await #expect(throws: MCPError.self) { try await server.call("drop_tables") }
        #expect(try await server.call("view_cart").isError == false, "the server still serves")
        await server.stop()
    }

    @Test func badArgumentsAreRefusedAndChangeNothing() async throws {
        let server = try await MCPServerProcess.start(Self.alice)
        _ = try await server.call("update_cart", ["sku": "P1001", "quantity": 2])
        let bad: [(String, [String: Value])] = [
            ("update_cart", ["sku": "P1001", "quantity": -1]),
            ("update_cart", ["sku": "P1001", "quantity": 1000]),
            ("update_cart", ["sku": "P1001", "quantity": "5"]),
            ("update_cart", ["sku": "P1001", "quantity": 2.5]),
            ("update_cart", ["sku": "P1001", "quantity": 1e30]),
            ("update_cart", ["sku": "P1001", "quantity": .int(Int.max)]),
            ("update_cart", ["quantity": 1]),
            ("update_cart", ["sku": "P1001", "quantity": 1, "price": 1]),
            ("update_cart", ["sku": "P999999", "quantity": 1]),
            ("update_cart", ["sku": 1001, "quantity": 1]),
            ("get_product", ["sku": "NOPE"]),
            ("search_catalog", ["query": "rice", "min_price": 500, "max_price": 100]),
            ("search_catalog", ["query": "rice", "max_price": -1]),
            ("search_catalog", ["sort": "cheapest", "query": "rice"]),
            ("search_catalog", [:]),
            ("checkout", ["points": 0]),
            ("checkout", ["points": 999_999_999]),
            ("cancel_order", ["order": 0]),
            ("cancel_order", ["order": 424242]),
            ("complete_checkout", ["preview_id": "x", "idempotency_key": "has space"]),
        ]
        for (tool, arguments) in bad {
            let result = try await server.call(tool, arguments)
            #expect(result.isError == true, "\(tool) \(arguments) was taken: \(result.text)")
            #expect(result.value("error.code")?.stringValue?.isEmpty == false, "\(tool) \(arguments)")
            #expect(!result.text.isEmpty)
        }
        let cart = try await server.call("view_cart")
        #expect(cart.value("cart.items")?.arrayValue?.count == 1)
        #expect(cart.value("cart.items.0.quantity") == 2)
        #expect(try await server.call("list_orders").value("orders")?.arrayValue?.isEmpty == true)
        await server.stop()
    }

    @Test func aUserArgumentNeedsAnOperatorHost() async throws {
        let shopper = try await MCPServerProcess.start(Self.alice)
        let refused = try await shopper.call("update_cart", ["sku": "P1001", "quantity": 1, "user": "bob"])
        #expect(refused.isError == true)
        #expect(refused.value("error.code") == "forbidden")
        #expect(try await shopper.call("view_cart").value("cart.items")?.arrayValue?.isEmpty == true)
        await shopper.stop()

        let host = try await MCPServerProcess.start(Self.alice + ["--operator"])
        let (tools, _) = try await host.client.listTools()
        #expect(tools.allSatisfy { $0.inputSchema.objectValue?["properties"]?.objectValue?["user"] != nil })
        let forBob = try await host.call("update_cart", ["sku": "P1001", "quantity": 1, "user": "bob"])
        #expect(forBob.isError == false, "\(forBob.text)")
        #expect(try await host.call("view_cart", ["user": "bob"]).value("cart.items")?.arrayValue?.count == 1)
        #expect(try await host.call("view_cart").value("cart.items")?.arrayValue?.isEmpty == true, "alice's cart is hers")
        #expect(try await host.call("view_cart", ["user": "no one!"]).value("error.code") == "bad_user")
        await host.stop()
    }

    @Test func operatorCommandsAreOnlyWords() async throws {
        let server = try await MCPServerProcess.start(Self.alice + ["--operator"])
        let stock = try await server.call("get_product", ["sku": "P1001"]).value("product.stock")
        _ = try await server.call("search_catalog", ["query": "/stock P1001 0"])
        _ = try await server.call("share_product", ["sku": "P1001", "recipient": "/reset"])
        #expect(try await server.call("get_product", ["sku": "P1001"]).value("product.stock") == stock)
        await server.stop()
    }

    @Test func aChineseSearchIsAnsweredInChinese() async throws {
        let server = try await MCPServerProcess.start(Self.alice)
        let found = try await server.call("search_catalog", ["query": "电饭煲"])
        #expect(found.isError == false)
        #expect(found.value("results")?.arrayValue?.isEmpty == false)
        #expect(found.value("lang") == "zh")
        #expect(found.text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(found.text)")
        await server.stop()
    }

    @Test func langZhAnswersInChinese() async throws {
        let server = try await MCPServerProcess.start(Self.alice + ["--lang", "zh"])
        let cart = try await server.call("update_cart", ["sku": "P1001", "quantity": 1])
        #expect(cart.value("lang") == "zh")
        #expect(cart.text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(cart.text)")
        let refused = try await server.call("complete_checkout", ["preview_id": "pv_1", "idempotency_key": "k"])
        #expect(refused.text.contains("结算"), "\(refused.text)")
        let bad = try await server.call("update_cart", ["sku": "P1001", "quantity": -1])
        #expect(bad.value("error.code") == "invalid_arguments")
        #expect(bad.text.contains("整数"), "\(bad.text)")
        await server.stop()
    }

    @Test func couponsSharesAndCancelling() async throws {
        let server = try await MCPServerProcess.start(Self.alice + ["--operator"])
        let coupons = try await server.call("list_coupons")
        #expect(coupons.isError == false)
        #expect(coupons.value("coupons") != nil)
        _ = try await server.call("view_cart", ["user": "bob"])
        let shared = try await server.call("share_product", ["sku": "P1002", "recipient": "@bob"])
        #expect(shared.isError == false, "\(shared.text)")
        #expect(shared.value("share.sku") == "P1002")
        #expect(shared.value("share.recipient") == "@bob")
        _ = try await server.call("update_cart", ["sku": "P1002", "quantity": 1])
        let previewID = try #require(try await server.call("checkout", Self.shipTo).value("checkout.preview_id")?.stringValue)
        let orderID = try #require(
            try await server.call("complete_checkout", ["preview_id": .string(previewID), "idempotency_key": "c1"]).value("order.id")?
                .intValue)
        let cancelled = try await server.call("cancel_order", ["order": .int(orderID)])
        #expect(cancelled.isError == false, "\(cancelled.text)")
        #expect(cancelled.value("order.status") == "cancelled")
        #expect(try await server.call("cancel_order", ["order": .int(orderID)]).isError == true)
        await server.stop()
    }
}
