/// What Tab does to the line.
enum Completion: Equatable {
    /// Nothing fits: beep.
    case none
    /// Delete `count` Unicode scalars before the cursor, then insert `with`.
    case replace(count: Int, with: String)
    /// Several fit and they share nothing more: show them under the line.
    case list([String])
}
