extension Commerce {
    /// One unit of `sku` at `price` (a flash or bargain price), priced by the usual rules (shipping
    /// free from ¥99), with no coupons or points: what a flash or bargain preview shows and what
    /// its yes places.
    public func oneUnitQuote(sku: String, price: Int64) throws -> Quote {
        guard var product = try product(sku: sku) else { throw CommerceError.unknownProduct(sku) }
        product.price = price
        return try Pricing.quote(cart: Cart(lines: [Cart.Line(product: product, quantity: 1)]))
    }
}
