import Foundation
import ShopChat

/// The interactive prompt: libedit for editing, the conversation for meaning, `ReplStyle` for
/// looks (the three parts redis-cli and the sqlite3 shell keep apart).
///
/// Only for a terminal on both stdin and stdout; `PipeFront` serves everything else.
struct Repl {
    let conversation: Conversation
    let color: Bool

    func run() async {
        // Before the editor exists: libedit reads the locale when it starts.
        UTF8Locale.activate()
        let style = ReplStyle(color: color)
        let historyFile = HistoryFile(url: HistoryFile.defaultURL())
        let editor = LineEditor(program: "shopchat")
        let completer = Completer()
        let suggestions = SuggestionList()
        editor.complete = { [conversation] before in
            completer.complete(before, suggestions: suggestions.items) { conversation.completionCandidates() }
        }
        var lastEntry: String?
        for entry in historyFile.load() {
            editor.remember(entry)
            lastEntry = entry
        }
        print(style.note(Self.banner(conversation.defaultLanguage)))
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
                let reply = await conversation.handle(Request(text: text))
                if !reply.text.isEmpty { print(style.reply(reply)) }
                // Quick replies, dim under the reply; Tab on an empty line offers them.
                suggestions.items = reply.suggestions
                if !reply.suggestions.isEmpty { print(style.note("  › " + reply.suggestions.joined(separator: "  ·  "))) }
                if reply.quit { break reading }
            }
        }
        historyFile.compact()
    }

    static func banner(_ lang: Language) -> String {
        lang.pick(
            "shopchat — say \"help\" for what I understand, /help for commands; Tab completes, Ctrl-R searches history, Ctrl-D leaves.",
            "shopchat — 说“帮助”看我能做什么，/help 看管理命令；Tab 补全，Ctrl-R 搜历史，Ctrl-D 退出。")
    }
}

/// The last reply's suggestions, for Tab. Read and written on the REPL's one thread only.
final class SuggestionList {
    var items: [String] = []
}
