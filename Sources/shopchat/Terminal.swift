import Foundation

/// Facts about the process's terminal.
enum Terminal {
    /// Line editing only when both ends are a terminal; a redirected stdout would swallow escapes.
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
