import Foundation
import ShopCommerce
import ShopIntents
import ShopText

extension Conversation {
    /// The store a `store` slot names: an id or name, or "this" (the product in focus's store).
    func resolveStore(_ turn: inout Turn, question: String) throws -> StoreInfo? {
        var name = turn.string(.store)
        if name == nil || name == "this" {
            name =
                try turn.session.store ?? turn.session.focus.first.flatMap { try turn.commerce.product(sku: $0)?.store }
                ?? lastOrderStore(turn)
        }
        guard let name else { return nil }
        // The store found is the slot's value from here on, as a product's SKU is.
        if let store = try turn.commerce.store(id: name) {
            turn.parse.slots[.store] = .string(store.id)
            return store
        }
        let wanted = name.lowercased()
        if let store = try turn.commerce.stores().first(where: { $0.name.lowercased().contains(wanted) || $0.nameZh == name }) {
            turn.parse.slots[.store] = .string(store.id)
            return store
        }
        throw CommerceError.unknownStore(name)
    }

    /// "这家店东西挺全 先关注了" right after an order: the one store its products came from, if one.
    private func lastOrderStore(_ turn: Turn) throws -> String? {
        guard let order = try turn.commerce.orders(of: turn.user, limit: 1).first else { return nil }
        let stores = Set(try order.items.compactMap { try turn.commerce.product(sku: $0.sku)?.store })
        return stores.count == 1 ? stores.first : nil
    }

    func showStore(_ turn: inout Turn) throws -> Answer {
        guard let store = try resolveStore(&turn, question: "") else { return ask(StoreText.whichToOpen, for: .store, &turn) }
        if turn.string(.query) != nil || turn.string(.category) != nil {
            let query = SearchQuery(text: turn.string(.query) ?? "", category: turn.string(.category), store: store.id)
            let products = try turn.commerce.search(query)
            if !products.isEmpty {
                turn.session.showList(products.map(\.sku))
                turn.session.store = store.id
                return Answer(
                    turn.say(CatalogText.found(products, for: query, try catalogNames(turn, store: store.id))), data: .results(products))
            }
        }
        let products = try turn.commerce.search(SearchQuery(store: store.id, sort: .rating))
        let deals = try turn.commerce.search(SearchQuery(store: store.id, dealsOnly: true, sort: .rating, limit: 5))
        let coupons = try turn.commerce.claimableCoupons(for: turn.user, store: store.id)
        let following = try turn.commerce.followedStores(of: turn.user).contains { $0.id == store.id }
        turn.session.showList(products.map(\.sku))
        turn.session.store = store.id
        return Answer(
            turn.say(StoreText.page(store, products: products, deals: deals, coupons: coupons, following: following)),
            data: .object([
                "store": .object([
                    "id": .string(store.id), "name": .string(store.name), "name_zh": .string(store.nameZh), "following": .bool(following),
                    "coupons": .array(coupons.map { Self.couponData($0, used: false, now: turn.commerce.now) }),
                    "deals": .array(deals.map(JSONValue.result)),
                ]),
                "results": .array(products.map(JSONValue.result)),
            ]))
    }

    func followStore(_ turn: inout Turn, follow: Bool) throws -> Answer {
        guard let store = try resolveStore(&turn, question: "") else {
            return ask(follow ? StoreText.whichToFollow : StoreText.whichToUnfollow, for: .store, &turn)
        }
        let changed =
            follow
            ? try turn.commerce.follow(store: store.id, user: turn.user) : try turn.commerce.unfollow(store: store.id, user: turn.user)
        let stores = try turn.commerce.followedStores(of: turn.user)
        let text: StoreText
        switch (follow, changed) {
        case (true, true): text = .followed(store)
        case (true, false): text = .alreadyFollowing(store)
        case (false, true): text = .unfollowed(store)
        case (false, false): text = .wasNotFollowing(store)
        }
        return Answer(turn.say(text), data: .object(["stores": .array(stores.map { .string($0.id) })]))
    }

    func listFollowedStores(_ turn: Turn) throws -> Answer {
        let stores = try turn.commerce.followedStores(of: turn.user)
        return Answer(turn.say(StoreText.following(stores)), data: .object(["stores": .array(stores.map { .string($0.id) })]))
    }

    func writeReview(_ turn: inout Turn) throws -> Answer {
        if turn.slots[.product] == nil, let named = try boughtAndNamed(turn) { turn.parse.slots[.product] = .string(named) }
        let product: Product
        switch try resolveOne(&turn, question: ReviewText.whichToReview) {
        case .product(let found): product = found
        case .reply(let answer): return answer
        }
        turn.parse.slots[.product] = .string(product.sku)
        guard let rating = turn.int(.rating) else { return ask(ReviewText.howManyStars(product), for: .rating, &turn) }
        let review = try turn.commerce.writeReview(sku: product.sku, user: turn.user, rating: rating, text: turn.string(.text) ?? "")
        turn.session.focus = [product.sku]
        return Answer(
            turn.say(ReviewText.thanks(product, rating: review.rating)),
            data: .object(["review": .object(["sku": .string(product.sku), "rating": .int(review.rating), "text": .string(review.text)])]))
    }

    /// "老爸说史记字太小了 看着费劲 给个三星吧": of what the shopper's recent orders hold, the one
    /// product a word of whose Chinese name (two characters or more), or whose brand, the words
    /// hold; nil when none or several.
    private func boughtAndNamed(_ turn: Turn) throws -> String? {
        let text = turn.text.lowercased()
        let saidWords = Set(text.split(whereSeparator: { !$0.isLetter }).map(String.init))
        let bought = Set(try turn.commerce.orders(of: turn.user, limit: 5).flatMap { $0.items.map(\.sku) })
        let named = try turn.commerce.products(skus: bought.sorted()).filter { product in
            let words = product.nameZh.split(separator: " ").filter { $0.count >= 2 && $0.unicodeScalars.allSatisfy(Language.isHan) }
            return words.contains { text.contains($0) } || (product.brand.count >= 3 && saidWords.contains(product.brand.lowercased()))
        }
        return named.count == 1 ? named[0].sku : nil
    }

    func showReviews(_ turn: inout Turn) throws -> Answer {
        let product: Product
        switch try resolveOne(&turn, question: ReviewText.whichReviews) {
        case .product(let found): product = found
        case .reply(let answer): return answer
        }
        turn.session.focus = [product.sku]
        let reviews = try turn.commerce.reviews(sku: product.sku, reader: turn.user)
        let data = JSONValue.object([
            "reviews": .array(
                reviews.map {
                    .object([
                        "user": .string($0.review.user), "rating": .int($0.review.rating), "text": .string($0.review.text),
                        "friend": .bool($0.byFriend),
                    ])
                })
        ])
        guard !reviews.isEmpty else { return Answer(turn.say(ReviewText.noReviews(product)), data: data) }
        let entries = reviews.map {
            ReviewText.Entry(user: $0.review.user, rating: $0.review.rating, text: $0.review.text, byFriend: $0.byFriend)
        }
        return Answer(turn.say(ReviewText.reviews(product, entries)), data: data)
    }
}

// MARK: Declarations

extension IntentSpec {
    static let productReviews = IntentSpec(
        .productReviews, .looks, described: ("read reviews", "看评价"), next: { _, _ in [.addFirst] },
        answer: { conversation, turn, _ in try conversation.showReviews(&turn) })

    static let reviewWrite = IntentSpec(
        .reviewWrite, .acts, described: ("write a review", "写评价"),
        answer: { conversation, turn, _ in try conversation.writeReview(&turn) })

    static let storeShow = IntentSpec(
        .storeShow, .looks, described: ("open a store", "逛店铺"), next: Suggestions.afterList,
        answer: { conversation, turn, _ in try conversation.showStore(&turn) })

    static let storeSubscribe = IntentSpec(
        .storeSubscribe, .acts, described: ("follow a store", "关注店铺"),
        answer: { conversation, turn, _ in try conversation.followStore(&turn, follow: true) })

    static let storeUnsubscribe = IntentSpec(
        .storeUnsubscribe, .acts, described: ("unfollow a store", "取消关注店铺"),
        answer: { conversation, turn, _ in try conversation.followStore(&turn, follow: false) })

    static let storeList = IntentSpec(
        .storeList, .looks, described: ("see the stores you follow", "看关注的店铺"),
        answer: { conversation, turn, _ in try conversation.listFollowedStores(turn) })
}
