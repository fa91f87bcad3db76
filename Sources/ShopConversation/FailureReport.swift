import Logging
import ShopCommerce
import ShopIntents

/// A turn that failed for a reason of ours (not a refusal): logged with a reference, and the
/// same reference goes into the reply, so a user's report can be matched to the log line.
enum FailureReport {
    static let logger = Logger(label: "shopchat.turns")

    /// Logs `error` (never the user's words: they may hold personal data) and returns the error
    /// for the reply. References come from the system's randomness, not the seeded generator, so
    /// they are unique across processes and never shift a replay's draws.
    static func make(_ error: any Error, user: String, during what: String, lang: Language = .en) -> ReplyError {
        // Not ours to report: another instance is importing the catalog, and the turn may be tried again.
        if error is CatalogBusy { return ReplyError(code: "catalog_busy", message: GeneralText.catalogBusy.text(lang)) }
        var system = SystemRandomNumberGenerator()
        let reference =
            "R-"
            + String(UInt32.random(in: 0...UInt32.max, using: &system), radix: 16, uppercase: true)
            .leftPadded(to: 8)
        logger.error("turn failed", metadata: ["reference": "\(reference)", "user": "\(user)", "during": "\(what)", "error": "\(error)"])
        return ReplyError(
            code: "internal", message: GeneralText.failed(reference: reference).text(lang),
            reference: reference)
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
