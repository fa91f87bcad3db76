import ShopCommerce
import ShopIntents

/// What the shop says about reviews: writing one, reading a product's.
enum ReviewText: Phrasebook {
    case whichToReview
    case howManyStars(Product)
    case thanks(Product, rating: Int64)
    case whichReviews
    case noReviews(Product)
    case reviews(Product, [Entry])

    /// One review as a reader sees it: by a friend of theirs or not.
    struct Entry: Sendable {
        var user: String
        var rating: Int64
        var text: String
        var byFriend: Bool
    }

    func text(_ lang: Language) -> String {
        switch self {
        case .whichToReview: lang.pick("Which product would you like to review?", "想评价哪件商品？")
        case .howManyStars(let product):
            lang.pick("How many stars (1 to 5) would you give \(product.name)?", "给\(product.name(lang))打几星？（1到5星）")
        case .thanks(let product, let rating):
            lang.pick(
                "Thanks! You rated \(product.name) \(Self.stars(rating)).",
                "谢谢评价！你给\(product.name(lang))打了\(Self.stars(rating))。")
        case .whichReviews: lang.pick("Which product's reviews would you like to see?", "想看哪件商品的评价？")
        case .noReviews(let product):
            lang.pick(
                "No reviews of \(product.name) yet (★\(product.rating) overall).",
                "\(product.name(lang))还没有人评价（综合评分★\(product.rating)）。")
        case .reviews(let product, let entries):
            lang.pick(
                "Reviews of \(product.name):\n\(entries.map { "  • \($0.user)\($0.byFriend ? " (friend)" : ""): \(Self.stars($0.rating)) \($0.text)" }.joined(separator: "\n"))",
                "\(product.name(lang))的评价：\n\(entries.map { "  • \($0.user)\($0.byFriend ? "（好友）" : "")：\(Self.stars($0.rating)) \($0.text)" }.joined(separator: "\n"))"
            )
        }
    }

    static func stars(_ rating: Int64) -> String { String(repeating: "★", count: Int(max(0, rating))) }

    static var samples: [ReviewText] {
        let cooker = Product.sample
        return [
            .whichToReview, .howManyStars(cooker), .thanks(cooker, rating: 5), .whichReviews, .noReviews(cooker),
            .reviews(
                cooker,
                [
                    .init(user: "bob", rating: 5, text: "米饭很香", byFriend: true),
                    .init(user: "carol", rating: 2, text: "太小了", byFriend: false),
                ]),
        ]
    }
}
