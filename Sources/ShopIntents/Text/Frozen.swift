/// An immutable value behind one reference, so copying what holds it is one retain.
///
/// Why: the engine and its slot filler are structs copied on every turn and captured by closures;
/// copied field by field, their lexicon's tables cost 2 % of a turn and 10 % of parsing a search.
final class Frozen<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
