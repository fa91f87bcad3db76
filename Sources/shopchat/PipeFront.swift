import Foundation
import ShopChat

/// Text lines in, replies out (PROTOCOL.md §2): no prompt, no colour, repeatable output.
struct PipeFront {
    let conversation: Conversation

    func run() {
        var reader = LineReader(limit: JSONLines.defaultLineLimit)
        var output = OutputBuffer()
        while let line = reader.next() {
            let quit = answer(line, into: &output)
            // Flush before a read that could block, so a script waiting for the reply gets it
            // (also after a skipped line: the replies before it may still be waiting).
            if quit { break }
            if !reader.hasBufferedLine { output.flush() }
        }
        output.flush()
    }

    /// Writes the answer to one line, if it has one; true after `/quit`.
    private func answer(_ line: LineReader.Line, into output: inout OutputBuffer) -> Bool {
        switch line {
        case .tooLong:
            output.write(conversation.defaultLanguage.pick("That line is longer than 64 KiB; I skipped it.\n", "这一行超过64 KiB，跳过了。\n"))
        case .bytes(var bytes):
            if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                output.write(conversation.defaultLanguage.pick("That line isn't valid UTF-8; I skipped it.\n", "这一行不是有效的UTF-8，跳过了。\n"))
                return false
            }
            // Foundation's trim only when there is something to trim (1.6 % of a scripted session).
            let trimmed =
                text.first?.isWhitespace == true || text.last?.isWhitespace == true ? text.trimmingCharacters(in: .whitespaces) : text
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return false }
            let reply = conversation.handle(Request(text: trimmed))
            output.write(reply.text + "\n")
            return reply.quit
        }
        return false
    }
}

/// Batches writes to stdout; flushed when big and at the end, so a pipe isn't a syscall a line.
struct OutputBuffer {
    private var pending: [UInt8] = []

    mutating func write(_ text: String) {
        pending.append(contentsOf: text.utf8)
        if pending.count >= 32 * 1024 { flush() }
    }

    mutating func flush() {
        guard !pending.isEmpty else { return }
        pending.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(STDOUT_FILENO, raw.baseAddress! + offset, raw.count - offset)
                if written <= 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
        pending.removeAll(keepingCapacity: true)
    }
}
