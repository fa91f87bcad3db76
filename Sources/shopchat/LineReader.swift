import Foundation

/// Reads lines of bytes from a file descriptor with bounded memory: a line over `limit` bytes is
/// reported as too long and skipped to its newline, never buffered whole.
struct LineReader {
    enum Line: Equatable {
        case bytes([UInt8])
        case tooLong
    }

    let descriptor: Int32
    let limit: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var skipping = false
    private var finished = false

    init(descriptor: Int32 = STDIN_FILENO, limit: Int) {
        self.descriptor = descriptor
        self.limit = limit
    }

    /// True when the next line is already buffered, so reading it will not block.
    var hasBufferedLine: Bool { buffer[start...].contains(UInt8(ascii: "\n")) }

    mutating func next() -> Line? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                if skipping {
                    skipping = false
                    continue
                }
                return Self.tooLong(line, limit) ? .tooLong : .bytes(line)
            }
            if buffer.count - start > limit + 1 {
                // Keep nothing of an over-long line; say so once and drop bytes until its end.
                buffer.removeAll(keepingCapacity: true)
                start = 0
                if !skipping {
                    skipping = true
                    return .tooLong
                }
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                buffer.removeAll()
                start = 0
                if skipping { return nil }
                return Self.tooLong(line, limit) ? .tooLong : .bytes(line)
            }
            fill()
        }
    }

    /// Over the limit, a trailing `\r` (a CRLF line end) not counted: 65,537 bytes is too long.
    private static func tooLong(_ line: [UInt8], _ limit: Int) -> Bool {
        line.count - (line.last == UInt8(ascii: "\r") ? 1 : 0) > limit
    }

    private mutating func fill() {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 65536) }
        if count <= 0 {
            if count < 0 && errno == EINTR { return }
            finished = true
        } else {
            buffer.append(contentsOf: chunk[0..<count])
        }
    }
}
