import ShopChat
import Testing

@Suite struct CartAndOrderTests {
    @Test(arguments: Backend.all)
    func addingMoreThanTheStockIsRefusedAndChangesNothing(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        _ = try store.write { try $0.addToCart(user: "a", sku: "T2", quantity: 2) }
        #expect(throws: CommerceError.notEnoughStock(name: "Test Socks", available: 2, nameZh: "测试袜子")) {
            try store.write { try $0.addToCart(user: "a", sku: "T2", quantity: 1) }
        }
        #expect(throws: CommerceError.outOfStock(name: "Test Phone", nameZh: "测试手机")) {
            try store.write { try $0.addToCart(user: "a", sku: "T3", quantity: 1) }
        }
        #expect(try store.write { try $0.cart(of: "a").itemCount } == 2)
    }

    @Test(arguments: Backend.all)
    func placingAnOrderTakesStockClearsTheCartAndEarnsPoints(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        let order = try store.write { commerce in
            try commerce.ensureUser("a")
            try commerce.addToCart(user: "a", sku: "T1", quantity: 2)
            return try commerce.placeOrder(user: "a", quote: Pricing.quote(cart: commerce.cart(of: "a")))
        }
        #expect(order.subtotal == 39_800)
        #expect(order.shipping == 0)
        #expect(order.total == 39_800)
        #expect(order.pointsEarned == 398)
        #expect(try store.write { try $0.product(sku: "T1")?.stock } == 3)
        #expect(try store.write { try $0.cart(of: "a").isEmpty })
        #expect(try store.write { try $0.points(of: "a").balance } == 398)
    }

    @Test(arguments: Backend.all)
    func shippingIsEightYuanUnder99(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        let quote = try store.write { commerce in
            try commerce.addToCart(user: "a", sku: "T2", quantity: 1)
            return try Pricing.quote(cart: commerce.cart(of: "a"))
        }
        #expect(quote.shipping == 800)
        #expect(quote.total == 3_990 + 800)
    }

    @Test(arguments: Backend.all)
    func anOrderWhoseItemRanOutIsRefusedWhole(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        try store.write { commerce in
            try commerce.ensureUser("a")
            try commerce.addToCart(user: "a", sku: "T1", quantity: 1)
            try commerce.addToCart(user: "a", sku: "T2", quantity: 2)
        }
        _ = try store.write { try $0.setStock(sku: "T2", to: 1) }
        #expect(throws: CommerceError.notEnoughStock(name: "Test Socks", available: 1, nameZh: "测试袜子")) {
            try store.write { commerce in
                try commerce.placeOrder(user: "a", quote: Pricing.quote(cart: commerce.cart(of: "a")))
            }
        }
        // The rice cooker's stock was taken first inside the transaction, and given back by the rollback.
        #expect(try store.write { try $0.product(sku: "T1")?.stock } == 5)
        #expect(try store.write { try $0.orders(of: "a").isEmpty })
        #expect(try store.write { try $0.cart(of: "a").itemCount } == 3)
    }

    @Test(arguments: Backend.all)
    func cancellingGivesStockBackTakesPointsBackAndCannotHappenTwice(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        let order = try store.write { commerce in
            try commerce.ensureUser("a")
            try commerce.addToCart(user: "a", sku: "T1", quantity: 1)
            return try commerce.placeOrder(user: "a", quote: Pricing.quote(cart: commerce.cart(of: "a")))
        }
        _ = try store.write { try $0.cancelOrder(id: order.id, user: "a") }
        #expect(try store.write { try $0.product(sku: "T1")?.stock } == 5)
        #expect(try store.write { try $0.points(of: "a").balance } == 0)
        #expect(throws: CommerceError.orderAlreadyCancelled(order.id)) {
            try store.write { try $0.cancelOrder(id: order.id, user: "a") }
        }
        #expect(throws: CommerceError.unknownOrder(order.id)) {
            try store.write { try $0.cancelOrder(id: order.id, user: "b") }
        }
    }

    @Test(arguments: Backend.all)
    func ordersPersistAcrossReopening(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let id = try fixture.write { commerce in
            try commerce.ensureUser("a")
            try commerce.addToCart(user: "a", sku: "T1", quantity: 1)
            return try commerce.placeOrder(user: "a", quote: Pricing.quote(cart: commerce.cart(of: "a"))).id
        }
        let reopened = try fixture.reopen()
        let order = try reopened.read { try Commerce($0, now: fixture.now).order(id: id, user: "a") }
        #expect(order.total == 19_900)
        #expect(order.items.map(\.sku) == ["T1"])
    }
}
