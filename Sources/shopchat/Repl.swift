import Foundation
import ShopChat

/// The interactive prompt. (Placeholder: plain lines until the libedit editor lands.)
struct Repl {
    let conversation: Conversation
    let color: Bool

    func run() {
        print("shopchat — type \"help\" for what I understand, /help for commands, Ctrl-D to leave.")
        while true {
            print("\(conversation.currentUser)> ", terminator: "")
            guard let line = readLine() else { break }
            let reply = conversation.handle(Request(text: line))
            if !reply.text.isEmpty { print(reply.text) }
            if reply.quit { break }
        }
    }
}
