import Foundation
import ShopChat
import Synchronization

/// The import's progress on a terminal: one line redrawn in place, at most a few times a
/// second — rows, rows per second, how far through the file and the time left. Nothing when
/// standard error is not a terminal: a pipe gets only the final line.
final class ImportProgressBar: Sendable {
    private let started = Date()
    /// When the line was last drawn (never: nil).
    private let lastDrawn = Mutex<Date?>(nil)

    static var wanted: Bool { isatty(STDERR_FILENO) == 1 }

    func show(_ progress: ImportProgress) {
        let now = Date()
        let due = lastDrawn.withLock { last in
            guard last.map({ now.timeIntervalSince($0) >= 0.2 }) ?? true else { return false }
            last = now
            return true
        }
        guard due else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + Self.line(progress, elapsed: now.timeIntervalSince(started))).utf8))
    }

    /// Clears the line before the final answer is printed.
    func finish() {
        if lastDrawn.withLock({ $0 != nil }) { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// "412,000 rows · 21,300 rows/s · 41% · 27 s left"
    static func line(_ progress: ImportProgress, elapsed: Double) -> String {
        let rate = elapsed > 0 ? Double(progress.rows) / elapsed : 0
        let share = progress.fileSize > 0 ? Double(progress.bytesRead) / Double(progress.fileSize) : 0
        var parts = ["\(grouped(progress.rows)) rows", "\(grouped(Int(rate))) rows/s", "\(Int(share * 100))%"]
        if share > 0.01, share < 1 {
            parts.append("\(Int((elapsed / share - elapsed).rounded())) s left")
        }
        return parts.joined(separator: " · ")
    }

    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
