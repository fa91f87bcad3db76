import Foundation
import ShopChat

/// Text lines in, replies out (PROTOCOL.md §2): no prompt, no colour, repeatable output.
struct PipeFront {
    let conversation: Conversation

    /// At most this many lines already read run together (``Conversation/handle(_:)-([Request])``):
    /// enough that a commit is a small part of each turn, few enough that replies keep flowing.
    static let together = 64

    func run() async {
        var reader = LineReader(limit: JSONLines.defaultLineLimit)
        var output = OutputBuffer()
        while let line = reader.next() {
            // The lines a script has already sent share one commit; a line typed and waited for
            // runs alone, as there is nothing more buffered.
            var lines = [line]
            while lines.count < Self.together, reader.hasBufferedLine, let more = reader.next() { lines.append(more) }
            let quit = await answer(lines, into: &output)
            // Flush before a read that could block, so a script waiting for the reply gets it
            // (also after a skipped line: the replies before it may still be waiting).
            if quit { break }
            if !reader.hasBufferedLine { output.flush() }
        }
        output.flush()
    }

    /// What one line gets: a reply of the conversation's, a note of the pipe's own, or nothing.
    private enum Answer {
        case request(Request)
        case note(String)
        case nothing
    }

    /// Writes the answers to `lines` in order; true after `/quit`.
    private func answer(_ lines: [LineReader.Line], into output: inout OutputBuffer) async -> Bool {
        let answers = lines.map(answer)
        var replies = await conversation.handle(answers.compactMap { if case .request(let request) = $0 { request } else { nil } })[...]
        for answer in answers {
            switch answer {
            case .nothing: continue
            case .note(let text): output.write(text)
            case .request:
                // Fewer replies than requests: one quit, and what came after it never ran.
                guard let reply = replies.popFirst() else { return true }
                output.write(reply.text + "\n")
                if reply.quit { return true }
            }
        }
        return false
    }

    private func answer(_ line: LineReader.Line) -> Answer {
        switch line {
        case .tooLong:
            return .note(conversation.defaultLanguage.pick("That line is longer than 64 KiB; I skipped it.\n", "这一行超过64 KiB，跳过了。\n"))
        case .bytes(var bytes):
            if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return .note(conversation.defaultLanguage.pick("That line isn't valid UTF-8; I skipped it.\n", "这一行不是有效的UTF-8，跳过了。\n"))
            }
            // Foundation's trim only when there is something to trim (1.6 % of a scripted session).
            let trimmed =
                text.first?.isWhitespace == true || text.last?.isWhitespace == true ? text.trimmingCharacters(in: .whitespaces) : text
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return .nothing }
            return .request(Request(text: trimmed))
        }
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
