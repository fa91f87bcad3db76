import ArgumentParser
import Foundation
import Logging
import ShopChat

/// `shopchat test [PATH...]`: replays dialog files; exit 1 if any assertion failed.
struct TestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "test", abstract: "Replay dialog files (default: dialogs/).")

    @Argument(help: "Dialog files or folders.")
    var paths: [String] = ["dialogs"]

    @Flag(help: "Also check that every reply is in the language PROTOCOL.md §4a picks.")
    var checkLanguage = false

    @Option(help: "Replay on this PostgreSQL server (postgres://…) instead of SQLite: each dialog in a database of its own, dropped after.")
    var postgres: String?

    func run() async throws {
        Logs.start(level: .error)
        let files = DialogSuite.files(in: paths)
        guard !files.isEmpty else { throw ValidationError("no .dialog files in \(paths.joined(separator: " "))") }
        let suite = DialogSuite(checksLanguage: checkLanguage, postgres: postgres)
        let runner = suite.runner
        var passed = 0
        var failed = 0
        var output = OutputBuffer()
        for file in files {
            let outcome = await runner.run(file: file)
            passed += outcome.passed
            failed += outcome.failures.count
            for failure in outcome.failures { output.write(failure.description + "\n") }
            output.flush()
        }
        try suite.dropDatabases()
        output.write("\(passed) passed, \(failed) failed\n")
        output.flush()
        if failed > 0 { throw ExitCode(1) }
    }
}
