import Foundation
import ShopChat
import Testing

@Suite struct SocialTests {
    @Test(arguments: Backend.all)
    func aShareConvertsWhenTheRecipientBuysWithinSevenDays(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        _ = try store.write { try $0.befriend("alice", "bob") }
        _ = try store.write { try $0.share(sku: "T1", from: "alice", to: "@bob", code: "ABC234") }
        _ = try store.write { try $0.openShare(code: "abc234", from: nil, user: "bob") }
        let log = NoticeLog()
        _ = try store.database.write { tx in
            let commerce = Commerce(tx, now: store.now.addingTimeInterval(6 * 86_400), notices: log)
            try commerce.addToCart(user: "bob", sku: "T1", quantity: 1)
            return try commerce.placeOrder(user: "bob", quote: Pricing.quote(cart: commerce.cart(of: "bob")))
        }
        #expect(log.notices.map(\.name) == ["share.converted", "order.updated"])
        let stats = try store.write { try $0.shareStats(of: "alice") }
        #expect(stats == ShareStats(sent: 1, opened: 1, converted: 1, rewards: Commerce.shareReward))
        #expect(try store.write { try $0.points(of: "alice").balance } == Commerce.shareReward)
    }

    @Test(arguments: Backend.all)
    func aPurchaseAfterSevenDaysDoesNotConvert(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        _ = try store.write { try $0.befriend("alice", "bob") }
        _ = try store.write { try $0.share(sku: "T1", from: "alice", to: "friends", code: "ABC234") }
        _ = try store.write { try $0.openShare(code: nil, from: "alice", user: "bob") }
        _ = try store.database.write { tx in
            let commerce = Commerce(tx, now: store.now.addingTimeInterval(7 * 86_400 + 1))
            try commerce.addToCart(user: "bob", sku: "T1", quantity: 1)
            return try commerce.placeOrder(user: "bob", quote: Pricing.quote(cart: commerce.cart(of: "bob")))
        }
        #expect(try store.write { try $0.shareStats(of: "alice").converted } == 0)
    }

    @Test(arguments: Backend.all)
    func twentySharesADayAndMutedFriendsHearNothing(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        try store.write { commerce in
            _ = try commerce.befriend("alice", "bob")
            try commerce.setMuted("bob", true)
        }
        let log = NoticeLog()
        for index in 0..<20 {
            _ = try store.database.write { tx in
                try Commerce(tx, now: store.now, notices: log).share(sku: "T1", from: "alice", to: "@bob", code: "C\(index)")
            }
        }
        #expect(log.notices.isEmpty)
        #expect(try store.write { try $0.inbox(of: "bob").count } == 20)
        #expect(throws: CommerceError.shareLimitReached(20)) {
            try store.write { try $0.share(sku: "T1", from: "alice", to: "@bob", code: "X") }
        }
        // A new day, a new allowance.
        _ = try store.database.write { tx in
            try Commerce(tx, now: store.now.addingTimeInterval(86_400)).share(sku: "T1", from: "alice", to: "@bob", code: "Y")
        }
    }

    @Test(arguments: Backend.all)
    func aGroupBuyCompletesWithThreeAndEachPaysTheGroupPrice(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        let group = try store.write { try $0.startGroupBuy(sku: "T1", user: "alice") }
        _ = try store.write { try $0.joinGroupBuy(id: group.id, user: "bob") }
        #expect(throws: CommerceError.alreadyJoined(group.code)) { try store.write { try $0.joinGroupBuy(id: group.id, user: "bob") } }
        let done = try store.write { try $0.joinGroupBuy(id: group.id, user: "carol") }
        #expect(done.completed)
        for user in ["alice", "bob", "carol"] {
            let orders = try store.write { try $0.orders(of: user) }
            #expect(orders.map(\.total) == [19_900 * 90 / 100])
        }
        #expect(try store.write { try $0.product(sku: "T1")?.stock } == 2)
    }

    @Test(arguments: Backend.all)
    func anIncompleteGroupBuyExpiresAndNobodyPays(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        let group = try store.write { try $0.startGroupBuy(sku: "T1", user: "alice") }
        _ = try store.write { try $0.joinGroupBuy(id: group.id, user: "bob") }
        #expect(throws: CommerceError.groupBuyClosed(group.code)) {
            try store.database.write { tx in
                try Commerce(tx, now: store.now.addingTimeInterval(GroupBuy.window)).joinGroupBuy(id: group.id, user: "carol")
            }
        }
        #expect(try store.write { try $0.orders(of: "alice").isEmpty })
    }

    @Test(arguments: Backend.all)
    func onlyBuyersReviewAndFriendsReviewsComeFirst(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        #expect(throws: CommerceError.notBought("Test Rice Cooker", nameZh: "测试电饭煲")) {
            try store.write { try $0.writeReview(sku: "T1", user: "bob", rating: 5, text: "") }
        }
        for user in ["bob", "carol"] {
            _ = try store.write { commerce in
                try commerce.ensureUser(user)
                try commerce.addToCart(user: user, sku: "T1", quantity: 1)
                return try commerce.placeOrder(user: user, quote: Pricing.quote(cart: commerce.cart(of: user)))
            }
        }
        _ = try store.write { try $0.writeReview(sku: "T1", user: "bob", rating: 4, text: "good") }
        _ = try store.database.write { tx in
            try Commerce(tx, now: store.now.addingTimeInterval(60)).writeReview(sku: "T1", user: "carol", rating: 2, text: "meh")
        }
        _ = try store.write { try $0.befriend("alice", "bob") }
        let reviews = try store.write { try $0.reviews(sku: "T1", reader: "alice") }
        #expect(reviews.map(\.review.user) == ["bob", "carol"])
        #expect(reviews.map(\.byFriend) == [true, false])
    }

    @Test(arguments: Backend.all)
    func followersHearOfNewStoreCouponsAndPriceDrops(_ backend: Backend) throws {
        let store = try StoreFixture(backend)
        try store.write { commerce in
            try commerce.upsertStores([StoreInfo(id: "midea", name: "Midea Store")])
            try commerce.follow(store: "midea", user: "bob")
        }
        let log = NoticeLog()
        try store.database.write { tx in
            let commerce = Commerce(tx, now: store.now, notices: log)
            try commerce.createCoupon(Coupon(code: "MIDEA20", kind: .fixed, off: 2_000, store: "midea"))
            var cheaper = StoreFixture.products[0]
            cheaper.price -= 1_000
            _ = try commerce.importProducts([cheaper])
        }
        #expect(log.notices.map(\.name) == ["store.new_deal", "store.new_deal"])
        #expect(log.notices.allSatisfy { $0.user == "bob" })
    }
}
