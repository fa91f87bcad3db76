// A tiny bot gateway that embeds the whole shopchat engine as a library.
//
// A real gateway receives messages from a chat platform's webhook; this one reads them from
// stdin as `user: text` lines, relays each to the engine, and prints what the bot would post
// back to that user — plus any pushed events for other users (a red envelope for bob).
//
//   printf 'alice: search rice cooker\nalice: add the first one\n' | swift run shopchat-gateway-example
import Foundation
import ShopChat

let database = try SQLiteDatabase(path: ":memory:")
let conversation = try Conversation(database: database, clock: .system, seed: 1)
// The chat platform vouches for who speaks; what they type is theirs, not the operator's.
conversation.allowsOperatorCommands = false
conversation.allowsUserSwitching = false

while let line = readLine() {
    guard let colon = line.firstIndex(of: ":") else {
        print("(expected `user: text`)")
        continue
    }
    let user = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
    let text = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
    let reply = await conversation.handle(Request(text: text, user: user))
    print("→ \(reply.user): \(reply.text)")
    for event in reply.events {
        print("⇢ push to \(event.user): \(event.name) \(event.data.jsonText)")
    }
}
