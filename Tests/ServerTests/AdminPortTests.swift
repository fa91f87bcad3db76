import Foundation
import ShopChat
import TestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `serve --admin-port`: health, readiness and a Prometheus scrape, over real HTTP against the
/// real binary.
@Suite struct AdminPortTests {
    static let clock = "2026-01-01T09:00:00+08:00"

    /// GET `path` on the admin port: status and body.
    static func get(_ port: Int, _ path: String, bearer: String? = nil) async throws -> (status: Int, body: String) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        if let bearer { request.setValue("Bearer \(bearer)", forHTTPHeaderField: "Authorization") }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// The value of the sample line `series` (name and labels exactly as written), if present.
    static func sample(_ series: String, in text: String) -> Double? {
        text.split(separator: "\n").first { $0.hasPrefix(series + " ") }.flatMap { Double($0.split(separator: " ").last ?? "") }
    }

    @Test func healthReadinessAndMetricsAfterTurns() async throws {
        let server = try ServeProcess(["--db", ":memory:", "--clock", Self.clock, "--admin-port", "0"])
        let admin = try #require(server.adminPort)
        #expect(try await Self.get(admin, "/healthz") == (200, "ok\n"))
        #expect(try await Self.get(admin, "/readyz") == (200, "ready\n"))

        let client = try AttackerClient(port: server.port)
        #expect(client.say("search rice cooker", as: "alice")?["ok"] == .bool(true))
        #expect(client.say("search phone", as: "alice")?["ok"] == .bool(true))
        #expect(client.say("add the first one", as: "alice")?["ok"] == .bool(true))
        // An operator command from a client: refused, and counted as an error by its code.
        #expect(client.say("/stock P1001 5", as: "alice")?["error"]?["code"] == .string("forbidden"))
        #expect(client.rawRequest("{not json")?.contains("bad_json") == true)

        let (status, text) = try await Self.get(admin, "/metrics")
        #expect(status == 200)
        #expect(Self.sample(#"shopchat_turns_total{intent="catalog.search",result="ok"}"#, in: text) == 2)
        #expect(Self.sample(#"shopchat_turns_total{intent="cart.add",result="ok"}"#, in: text) == 1)
        #expect(Self.sample(#"shopchat_turns_total{intent="command",result="error"}"#, in: text) == 1)
        #expect(Self.sample(#"shopchat_errors_total{code="forbidden"}"#, in: text) == 1)
        #expect(Self.sample(#"shopchat_errors_total{code="bad_json"}"#, in: text) == 1)
        #expect(Self.sample("shopchat_turn_duration_seconds_count", in: text) == 4)
        #expect(Self.sample("shopchat_connections_open", in: text) == 1)
        #expect((Self.sample("shopchat_store_commits_total", in: text) ?? 0) >= 1)
        #expect(text.contains("# TYPE shopchat_turns_total counter"))
        #expect(text.contains("# TYPE shopchat_turn_duration_seconds histogram"))
        // Every sample line is `name{labels} value` with a number, as a Prometheus scraper reads it.
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ")
            #expect(parts.count == 2 && Double(parts[1]) != nil, "not a sample line: \(line)")
            #expect(parts.first?.first?.isLetter == true)
        }

        client.close()
        // The closed connection leaves the gauge once the server has seen it go.
        var open: Double?
        for _ in 0..<50 {
            open = Self.sample("shopchat_connections_open", in: try await Self.get(admin, "/metrics").body)
            if open == 0 { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(open == 0)
        #expect(try await Self.get(admin, "/nothing-here").status == 404)
    }

    @Test func offLoopbackTheAdminPortNeedsTheOperatorToken() async throws {
        let refused = try PipedShopchat.run(
            ["serve", "--db", ":memory:", "--port", "0", "--admin-port", "0", "--admin-host", "0.0.0.0"], input: [])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("--operator-token"))

        let server = try ServeProcess([
            "--db", ":memory:", "--clock", Self.clock, "--admin-port", "0", "--admin-host", "0.0.0.0",
            "--token", "gateway-secret", "--operator-token", "operator-secret",
        ])
        let admin = try #require(server.adminPort)
        #expect(try await Self.get(admin, "/metrics").status == 401)
        #expect(try await Self.get(admin, "/healthz", bearer: "gateway-secret").status == 401)
        #expect(try await Self.get(admin, "/healthz", bearer: "operator-secret") == (200, "ok\n"))
        #expect(try await Self.get(admin, "/metrics", bearer: "operator-secret").status == 200)
    }
}
