import Foundation
import Hummingbird
import NIOCore
import Prometheus
import ShopChat

/// The admin port's three routes, behind the token check when there is a token.
struct AdminRoutes: Sendable {
    let token: String?
    let database: any ShopDatabase
    let store: StoreMetrics
    let registry: PrometheusCollectorRegistry

    var router: Router<BasicRequestContext> {
        let router = Router()
        if let token { router.add(middleware: BearerToken(token: token)) }
        router.get("healthz") { _, _ in "ok\n" }
        router.get("readyz") { _, _ in try await ready() }
        router.get("metrics") { _, _ in metrics() }
        return router
    }

    /// 200 when the store answers a query, 503 (and why) when it does not.
    private func ready() async throws -> Response {
        do {
            try await database.asyncRead { tx in _ = try tx.query("SELECT 1") }
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "ready\n")))
        } catch {
            return Response(
                status: .serviceUnavailable, body: .init(byteBuffer: ByteBuffer(string: "not ready: the store did not answer (\(error))\n"))
            )
        }
    }

    private func metrics() -> Response {
        store.update()
        return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
    }
}

/// Refuses, with 401, a request without `Authorization: Bearer <token>`.
struct BearerToken: RouterMiddleware {
    let token: String

    func handle(_ request: Request, context: BasicRequestContext, next: (Request, BasicRequestContext) async throws -> Response)
        async throws -> Response
    {
        guard let shown = request.headers[.authorization], shown.hasPrefix("Bearer "), Secret.same(String(shown.dropFirst(7)), token) else {
            return Response(
                status: .unauthorized, headers: [.wwwAuthenticate: "Bearer"], body: .init(byteBuffer: ByteBuffer(string: "unauthorized\n")))
        }
        return try await next(request, context)
    }
}
