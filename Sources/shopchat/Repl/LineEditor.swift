import CEditLine
import Foundation

/// A line editor on the terminal: libedit in emacs mode, with history, Ctrl-R search and a
/// Tab completion hook.
///
/// libedit calls back into C function pointers that cannot capture anything, so the editor
/// registers itself as the `EditLine`'s client data and the callbacks find it from there.
/// Use it only when stdin and stdout are both terminals.
final class LineEditor {
    /// What one call to `readLine` got.
    enum Input: Equatable {
        /// A line, without its trailing newline.
        case line(String)
        /// Ctrl-C: the half-typed line was dropped.
        case interrupted
        /// Ctrl-D on an empty line, or the terminal went away.
        case endOfInput
    }

    /// Characters around colour escapes in a prompt, so libedit does not count them as width.
    static let promptEscape: Character = "\u{1}"

    /// Text before the cursor in, what to do about it out; called on Tab.
    var complete: (String) -> Completion = { _ in .none }

    /// Set by the Ctrl-C key binding during a read.
    private var interrupted = false
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    /// The prompt as a C string that stays alive while libedit may read it (until the next prompt).
    private var promptBuffer: UnsafeMutablePointer<CChar>

    init(program: String, historySize: Int32 = 1000) {
        editLine = shopchat_el_init(program)
        history = shopchat_history_init(historySize)
        promptBuffer = strdup("> ")
        shopchat_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        shopchat_el_set_editor(editLine, "emacs")
        shopchat_el_set_history(editLine, history)
        // libedit's own handlers redraw after a resize or a suspend; for SIGINT it restores the
        // terminal and then hands the signal on to the handler installed below.
        shopchat_install_interrupt_handler()
        shopchat_el_set_signal(editLine, 1)
        let escape = CChar(Self.promptEscape.asciiValue ?? 1)
        shopchat_el_set_prompt_esc(editLine, { editLine in LineEditor.owner(of: editLine)?.promptBuffer }, escape)
        shopchat_el_addfn(editLine, "shopchat-complete", "Complete the word before the cursor") { editLine, _ in
            guard let editLine, let editor = LineEditor.owner(of: editLine) else { return UInt8(CC_ERROR) }
            return editor.completeAtCursor()
        }
        shopchat_el_bind(editLine, "^I", "shopchat-complete")
        shopchat_el_set_no_isig(editLine)
        shopchat_el_addfn(editLine, "shopchat-interrupt", "Drop the line being typed") { editLine, _ in
            guard let editLine, let editor = LineEditor.owner(of: editLine) else { return UInt8(CC_ERROR) }
            editor.interrupted = true
            // Ends the read like Enter does; readLine then reports the line as dropped.
            return UInt8(CC_NEWLINE)
        }
        shopchat_el_bind(editLine, "^C", "shopchat-interrupt")
        shopchat_el_bind(editLine, "^R", "em-inc-search-prev")
    }

    deinit {
        el_end(editLine)
        history_end(history)
        free(promptBuffer)
    }

    /// The prompt shown by the next `readLine`; colour escapes go between `promptEscape`s.
    var prompt: String = "> " {
        didSet {
            free(promptBuffer)
            promptBuffer = strdup(prompt)
        }
    }

    /// Reads one line with editing; the line is not added to the history (see `remember`).
    func readLine() -> Input {
        var count: Int32 = 0
        errno = 0
        interrupted = false
        let bytes = el_gets(editLine, &count)
        if interrupted || (count == -1 && errno == EINTR) { return .interrupted }
        guard let bytes, count > 0 else { return .endOfInput }
        var line = String(cString: bytes)
        // el_gets keeps the newline; the history and the conversation want the line alone.
        while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
        return .line(line)
    }

    /// Adds `line` to the in-memory history, for Up and Ctrl-R.
    func remember(_ line: String) {
        shopchat_history_enter(history, line)
    }

    private static func owner(of editLine: OpaquePointer?) -> LineEditor? {
        guard let editLine, let data = shopchat_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    /// Asks `complete` about the text before the cursor and edits the line or lists choices.
    private func completeAtCursor() -> UInt8 {
        guard let info = el_line(editLine)?.pointee, let start = info.buffer, let cursor = info.cursor else {
            return UInt8(CC_ERROR)
        }
        let before = String(
            decoding: UnsafeBufferPointer(start: UnsafeRawPointer(start).assumingMemoryBound(to: UInt8.self), count: cursor - start),
            as: UTF8.self)
        switch complete(before) {
        case .none:
            return UInt8(CC_REFRESH_BEEP)
        case .replace(let count, let text):
            // libedit counts wide characters, which on Linux are Unicode scalars.
            if count > 0 { el_deletestr(editLine, Int32(count)) }
            return el_insertstr(editLine, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_REFRESH_BEEP)
        case .list(let choices):
            print("\n" + ChoiceColumns(choices, width: Int(shopchat_terminal_columns())).text)
            return UInt8(CC_REDISPLAY)
        }
    }
}
