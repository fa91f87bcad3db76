import ShopCommerce

extension Conversation {
    /// What Tab may complete for the current user: the names (English, then Chinese) and SKUs
    /// of the products in the last list shown to them, in the order shown.
    ///
    /// Read from the stored session, so it follows `/as` and logins; empty when nothing was shown
    /// or the store cannot be read, since completion must never get in the way of typing.
    public func completionCandidates() -> [String] {
        let user = currentUser
        let now = clock.now()
        let products = try? database.read { tx in
            let session = try loadSession(user: user, tx: tx)
            return try Commerce(tx, now: now).products(skus: session.results)
        }
        guard let products else { return [] }
        var candidates = products.map(\.name) + products.map(\.nameZh) + products.map(\.sku)
        candidates.removeAll { $0.isEmpty }
        return candidates
    }
}
