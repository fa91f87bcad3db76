import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Where this test process writes its stores and catalogs: one folder, removed when the process
/// exits, so test runs don't leave thousands of files behind in the temporary directory.
enum TestFiles {
    static let folder: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("shopchat-tests-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: TestFiles.folder) }
        return path
    }()

    /// A new file's path in ``folder``: `name`, a unique part, then `suffix`.
    static func path(_ name: String, suffix: String) -> String {
        folder + "/\(name)-\(UUID().uuidString)\(suffix)"
    }
}
