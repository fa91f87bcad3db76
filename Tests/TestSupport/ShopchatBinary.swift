import Foundation

/// Finds the built `shopchat` executable the terminal tests drive.
public enum ShopchatBinary {
    public struct NotFound: Error, CustomStringConvertible {
        let tried: [String]
        public var description: String {
            "the shopchat binary was not found (tried \(tried.joined(separator: ", "))); build it with `swift build` or set SHOPCHAT_BIN"
        }
    }

    /// `$SHOPCHAT_BIN`, else the `shopchat` next to this test bundle (so `swift test
    /// --scratch-path X` tests X's build), else `.build/debug` or `.build-repl/debug` of the
    /// package this file belongs to.
    public static func path(filePath: String = #filePath) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["SHOPCHAT_BIN"], !path.isEmpty { return path }
        var tried: [String] = []
        if let testBinary = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            // The test runner is `<build>/debug/shopchatPackageTests.xctest`, next to shopchat.
            tried.append(testBinary.deletingLastPathComponent().appendingPathComponent("shopchat").path)
        }
        let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        tried += [".build", ".build-repl"].map { root.appendingPathComponent("\($0)/debug/shopchat").path }
        if let found = tried.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) { return found }
        throw NotFound(tried: tried)
    }
}
