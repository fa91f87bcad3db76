/// Chat shorthand and emoji read as the words they stand for: "nvm" is "never mind", "u" is
/// "you", 👍 is "ok". Only the classifier reads them this way; slots keep what was typed.
enum Shorthand {
    static let words: [String: String] = [
        "nvm": "never mind", "nvmd": "never mind", "gm": "good morning", "gn": "good night", "cya": "see you",
        "cu": "see you", "ttyl": "talk to you later", "thankyou": "thank you", "thanku": "thank you",
        "tysm": "thank you so much", "thnx": "thanks", "thanx": "thanks", "tnx": "thanks", "tks": "thanks",
        "thks": "thanks", "k": "ok", "kk": "ok", "okey": "okay", "oki": "ok", "okie": "ok", "ya": "yes", "yea": "yes",
        "ye": "yes", "yeh": "yes", "yah": "yes", "yas": "yes", "yass": "yes", "yuss": "yes", "ys": "yes", "u": "you", "c": "see",
        "da": "the", "dis": "this", "dat": "that", "em": "them",
        "ur": "your", "r": "are", "rn": "now", "msg": "message", "msgs": "messages", "abt": "about", "gimme": "give me",
        "wanna": "want to", "gonna": "going to", "lemme": "let me", "whats": "what is", "wats": "what is",
        "wat": "what", "wut": "what", "pic": "picture", "pls": "please", "plz": "please", "thx": "thanks",
        "addd": "add", "chk": "check", "tmr": "tomorrow", "b4": "before", "2day": "today", "bc": "because",
        "cuz": "because", "coz": "because", "nah": "no", "nope": "no", "naw": "no", "hiya": "hi", "heya": "hey",
        "hii": "hi", "helloo": "hello", "byee": "bye", "bai": "bye", "byebye": "bye bye", "whoami": "who am i",
        "checkout": "check out", "logout": "log out", "login": "log in", "signin": "sign in", "signout": "sign out",
        "w": "with",
    ]

    /// Emoji that people send as a whole answer.
    static let emoji: [UInt32: String] = [
        0x1F44D: "ok", 0x1F44C: "ok", 0x2705: "ok", 0x2714: "ok", 0x1F197: "ok", 0x1F44E: "no", 0x274C: "no",
        0x1F645: "no", 0x1F64F: "thanks", 0x1F44B: "hi", 0x1F6D2: "cart", 0x1F9E7: "red envelope",
    ]

    static let table: [UInt64: [UInt64]] = {
        var table: [UInt64: [UInt64]] = [:]
        for (short, long) in words {
            table[TokenHash.of(short)] = long.split(separator: " ").map { TokenHash.of(String($0)) }
        }
        return table
    }()

    static let emojiTable: [UInt32: [UInt64]] = emoji.mapValues { $0.split(separator: " ").map { TokenHash.of(String($0)) } }
}
