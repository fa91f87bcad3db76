import Foundation
import ShopChat

/// JSON Lines over stdio (PROTOCOL.md §3): a gateway spawns the engine as a child process.
struct JSONFront {
    let conversation: Conversation

    func run() async {
        let session = LineSession(conversation: conversation)
        var reader = LineReader(limit: session.lineLimit)
        var output = OutputBuffer()
        // A gateway waits for each reply: flush whenever no further line is already queued.
        while let line = reader.next() {
            switch line {
            case .tooLong:
                output.write(JSONLines.encode(.lineTooLong, id: nil) + "\n")
            case .bytes(let bytes):
                // A blank line has no answer, but what came before it may still wait to be flushed.
                if !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                    let answer = await session.answer(bytes)
                    output.write(answer.line + "\n")
                    if answer.quit {
                        output.flush()
                        return
                    }
                }
            }
            if !reader.hasBufferedLine { output.flush() }
        }
        output.flush()
    }
}
