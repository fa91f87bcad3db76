import Foundation
import ShopText

/// A shopper's review of a product they bought.
public struct Review: Sendable, Equatable {
    public var user: String
    public var sku: String
    public var rating: Int64
    public var text: String
    public var at: Date
}

extension Commerce {
    /// Writes (or rewrites) a review; only someone who bought the product may.
    public func writeReview(sku: String, user: String, rating: Int64, text: String) throws -> Review {
        guard let product = try product(sku: sku) else { throw CommerceError.unknownProduct(sku) }
        guard (1...5).contains(rating) else { throw CommerceError.invalidAmount(.rating) }
        let bought = try tx.first(
            """
            SELECT 1 FROM orders o JOIN order_items i ON i.order_id = o.id WHERE o.user = \(.text(user)) AND i.sku = \
            \(.text(product.sku)) AND o.status <> 'cancelled'
            """)
        guard bought != nil else { throw CommerceError.notBought(product.name, nameZh: product.nameZh) }
        try tx.execute("DELETE FROM reviews WHERE \"user\" = \(.text(user)) AND sku = \(.text(product.sku))")
        try tx.execute(
            """
            INSERT INTO reviews ("user", sku, rating, text, at) VALUES (\(.text(user)), \(.text(product.sku)), \
            \(.int(rating)), \(.text(String(text.prefix(500)))), \(.int(timestamp)))
            """)
        return Review(user: user, sku: product.sku, rating: rating, text: text, at: now)
    }

    /// Reviews of a product, the reader's friends' first, then newest first.
    public func reviews(sku: String, reader: String) throws -> [(review: Review, byFriend: Bool)] {
        try tx.query(
            """
            SELECT r.*, EXISTS (SELECT 1 FROM friendships f WHERE f.user = \(.text(reader)) AND f.friend = r.user) AS friend
            FROM reviews r WHERE r.sku = \(.text(sku.uppercased())) ORDER BY friend DESC, r.at DESC, r.id DESC
            """
        ).map {
            try (
                Review(
                    user: $0.string("user"), sku: $0.string("sku"), rating: $0.int("rating"), text: $0.string("text"),
                    at: Date(timeIntervalSince1970: TimeInterval($0.int("at")))), $0.int("friend") == 1
            )
        }
    }
}
