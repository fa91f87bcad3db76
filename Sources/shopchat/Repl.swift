import Foundation
import ShopChat

/// The interactive prompt: libedit for editing, the conversation for meaning, `ReplStyle` for
/// looks (the three parts redis-cli and the sqlite3 shell keep apart).
///
/// Only for a terminal on both stdin and stdout; `PipeFront` serves everything else.
struct Repl {
    let conversation: Conversation
    let color: Bool

    init(conversation: Conversation, color: Bool) {
        self.conversation = conversation
        self.color = color
    }

    func run() {
        // Before the editor exists: libedit reads the locale when it starts.
        UTF8Locale.activate()
        let style = ReplStyle(color: color)
        let historyFile = HistoryFile(url: HistoryFile.defaultURL())
        let editor = LineEditor(program: "shopchat")
        let completer = Completer()
        editor.complete = { [conversation] before in
            completer.complete(before) { conversation.completionCandidates() }
        }
        var lastEntry: String?
        for entry in historyFile.load() {
            editor.remember(entry)
            lastEntry = entry
        }
        print(style.note("shopchat — say \"help\" for what I understand, /help for commands; Tab completes, Ctrl-R searches history, Ctrl-D leaves."))
        var warnedAboutHistory = false
        reading: while true {
            editor.prompt = style.prompt(user: conversation.currentUser)
            switch editor.readLine() {
            case .endOfInput:
                print()
                break reading
            case .interrupted:
                // The half-typed line is dropped; a fresh prompt on the next line.
                print()
            case .line(let line):
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.isEmpty { continue }
                if text != lastEntry {
                    editor.remember(text)
                    if !historyFile.append(text) && !warnedAboutHistory {
                        warnedAboutHistory = true
                        print(style.note("(history can't be saved to \(historyFile.url.path))"))
                    }
                    lastEntry = text
                }
                if text.hasPrefix("#") { continue }
                let reply = conversation.handle(Request(text: text))
                if !reply.text.isEmpty { print(style.reply(reply)) }
                if reply.quit { break reading }
            }
        }
        historyFile.compact()
    }
}
