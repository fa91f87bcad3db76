/// Everything one phrase of the lexicon can mean; a phrase can be a brand and a store at once
/// ("xiaomi").
struct PhraseMeaning: Sendable, Equatable {
    /// A built-in meaning (a sort order, a recipient, "this") — the entity kind it produces.
    var builtin: Entity.Kind?
    /// The value of a built-in meaning (`price_asc`, `equal`).
    var builtinValue: String = ""
    var brand: String?
    var store: String?
    var category: String?
    /// The product name as catalogued (lower case), when the phrase names a product.
    var product: String?
    var user: String?
    var group: String?

    mutating func merge(_ other: PhraseMeaning) {
        if builtin == nil, let kind = other.builtin {
            builtin = kind
            builtinValue = other.builtinValue
        }
        brand = brand ?? other.brand
        store = store ?? other.store
        category = category ?? other.category
        product = product ?? other.product
        user = user ?? other.user
        group = group ?? other.group
    }
}
