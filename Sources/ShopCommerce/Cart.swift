/// A user's cart: lines in the order they were first added.
public struct Cart: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var product: Product
        public var quantity: Int64
        public var lineTotal: Int64 { product.price * quantity }

        public init(product: Product, quantity: Int64) {
            self.product = product
            self.quantity = quantity
        }
    }

    public var lines: [Line]

    public init(lines: [Line]) {
        self.lines = lines
    }

    public var subtotal: Int64 { lines.reduce(0) { $0 + $1.lineTotal } }
    public var itemCount: Int64 { lines.reduce(0) { $0 + $1.quantity } }
    public var isEmpty: Bool { lines.isEmpty }
}
