import ShopText

extension Commerce {
    /// The largest quantity one cart line may hold; protects against "add 1000000".
    public static let maximumQuantity = Limits.quantity.upperBound

    public func cart(of user: String) throws -> Cart {
        let rows = try tx.query(
            """
            SELECT c.quantity, \(Self.productColumns) FROM cart_items c JOIN products p ON p.sku = c.sku WHERE c.user = \
            \(.text(user)) ORDER BY c.position, c.sku
            """)
        return Cart(
            lines: try rows.map {
                Cart.Line(product: try Self.product(from: $0), quantity: try $0.checkedInt("quantity", in: Limits.quantity))
            })
    }

    /// Adds `quantity` of `sku`, refusing more than the stock holds.
    @discardableResult
    public func addToCart(user: String, sku: String, quantity: Int64) throws -> Product {
        guard let product = try product(sku: sku) else { throw CommerceError.unknownProduct(sku) }
        let current =
            try tx.first("SELECT quantity FROM cart_items WHERE \"user\" = \(.text(user)) AND sku = \(.text(product.sku))")?.int("quantity")
            ?? 0
        // Checked before the sum: a quantity near Int64.max must be refused, not overflow.
        guard Limits.quantity.contains(quantity), current + quantity <= Self.maximumQuantity else {
            throw CommerceError.invalidQuantity(quantity)
        }
        let wanted = current + quantity
        guard product.stock > 0 else { throw CommerceError.outOfStock(name: product.name, nameZh: product.nameZh) }
        guard wanted <= product.stock else {
            throw CommerceError.notEnoughStock(name: product.name, available: product.stock, nameZh: product.nameZh)
        }
        if current == 0 {
            let position = try tx.scalar("SELECT COALESCE(MAX(position), 0) + 1 FROM cart_items WHERE \"user\" = \(.text(user))")
            try tx.execute(
                """
                INSERT INTO cart_items ("user", sku, quantity, position) VALUES (\(.text(user)), \(.text(product.sku)), \
                \(.int(wanted)), \(.int(position)))
                """)
        } else {
            try tx.execute(
                """
                UPDATE cart_items SET quantity = \(.int(wanted)) WHERE "user" = \(.text(user)) AND sku = \
                \(.text(product.sku))
                """)
        }
        return product
    }

    /// Sets the quantity of a line already in the cart; 0 removes it.
    @discardableResult
    public func setCartQuantity(user: String, sku: String, quantity: Int64) throws -> Product {
        guard let product = try product(sku: sku) else { throw CommerceError.unknownProduct(sku) }
        guard try tx.first("SELECT 1 FROM cart_items WHERE \"user\" = \(.text(user)) AND sku = \(.text(product.sku))") != nil else {
            throw CommerceError.notInCart(name: product.name, nameZh: product.nameZh)
        }
        guard (0...Self.maximumQuantity).contains(quantity) else { throw CommerceError.invalidQuantity(quantity) }
        if quantity == 0 { return try removeFromCart(user: user, sku: sku) }
        guard quantity <= product.stock else {
            if product.stock == 0 { throw CommerceError.outOfStock(name: product.name, nameZh: product.nameZh) }
            throw CommerceError.notEnoughStock(name: product.name, available: product.stock, nameZh: product.nameZh)
        }
        try tx.execute("UPDATE cart_items SET quantity = \(.int(quantity)) WHERE \"user\" = \(.text(user)) AND sku = \(.text(product.sku))")
        return product
    }

    @discardableResult
    public func removeFromCart(user: String, sku: String) throws -> Product {
        guard let product = try product(sku: sku) else { throw CommerceError.unknownProduct(sku) }
        guard try tx.first("SELECT 1 FROM cart_items WHERE \"user\" = \(.text(user)) AND sku = \(.text(product.sku))") != nil else {
            throw CommerceError.notInCart(name: product.name, nameZh: product.nameZh)
        }
        try tx.execute("DELETE FROM cart_items WHERE \"user\" = \(.text(user)) AND sku = \(.text(product.sku))")
        return product
    }

    public func clearCart(user: String) throws {
        try tx.execute("DELETE FROM cart_items WHERE \"user\" = \(.text(user))")
    }
}
