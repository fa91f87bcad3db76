/// One line of a dialog file (PROTOCOL.md §7).
public enum DialogLine: Sendable, Equatable {
    case comment(String)
    case command(String)
    case say(String)
    case contains(String)
    case matches(String)
    case lacks(String)
    case intent(name: String, slots: [(key: String, value: String)])
    case data(path: String, op: DataOperator, value: String)

    public static func == (lhs: DialogLine, rhs: DialogLine) -> Bool {
        switch (lhs, rhs) {
        case (.comment(let a), .comment(let b)), (.command(let a), .command(let b)), (.say(let a), .say(let b)),
            (.contains(let a), .contains(let b)), (.matches(let a), .matches(let b)), (.lacks(let a), .lacks(let b)):
            a == b
        case (.intent(let a, let x), .intent(let b, let y)):
            a == b && x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
        case (.data(let a, let x, let p), .data(let b, let y, let q)):
            a == b && x == y && p == q
        default: false
        }
    }
}

public enum DataOperator: String, Sendable, CaseIterable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case contains = "~"
}
