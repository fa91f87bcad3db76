import Foundation
import ShopChat
import TestSupport
import Testing

/// SIGTERM stops `serve` gracefully (PROTOCOL.md §3): a turn already running when the signal
/// comes finishes, is committed and is answered before the connection closes, and the process
/// exits 0.
@Suite struct GracefulShutdownTests {
    @Test func aTurnRunningAtSIGTERMIsAnsweredAndKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graceful-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A catalog big enough that its import is still running when the signal arrives.
        let generator = CatalogGenerator(count: 40_000, seed: 7)
        let catalog = folder.appendingPathComponent("catalog.csv").path
        try generator.write(to: catalog)
        let database = folder.appendingPathComponent("shop.db").path

        let server = try ServeProcess(["--db", database, "--operator-token", "op"])
        let operatorClient = try AttackerClient(port: server.port)
        #expect(operatorClient.request(#"{"hello": {"operator_token": "op"}}"#)?["ok"] == true)
        #expect(operatorClient.send(#"{"id": 7, "text": "/import \#(catalog)"}"#))
        // The line is read and its turn started well before the import can end.
        Thread.sleep(forTimeInterval: 0.5)
        #expect(server.stop() == 0)

        // The reply was written before the connection closed; it waits in the socket.
        let reply = try #require(operatorClient.json(timeout: 10))
        #expect(reply["id"] == 7)
        #expect(reply["ok"] == true, "\(reply)")
        #expect(operatorClient.readLine(timeout: 5) == nil && operatorClient.closedByPeer)

        let restarted = try ServeProcess(["--db", database])
        let shopper = try AttackerClient(port: restarted.port)
        let last = generator.row(generator.count - 1).sku
        let shown = shopper.say("show \(last)", as: "ann")
        #expect(shown?.value(at: "data.product.sku") == .string(last), "\(String(describing: shown))")
        #expect(restarted.stop() == 0)
    }
}
