import Crypto
import Foundation

/// The shop user an OpenID speaks as. Shop names are lower-case and at most 32 characters
/// (`Conversation.normalizedUser`), while OpenIDs are case-sensitive: lower-casing them could
/// merge two people. So the name is `wx` and the first 24 hex digits (96 bits) of the SHA-256
/// of the OpenID's UTF-8 bytes: deterministic across restarts and instances, lower-case, 26
/// characters, and collisions are out of reach for any real audience. Letters and digits only,
/// so "加@wx3f…为好友" names the user whole (the engine reads `@wx-3f…` as `@wx`).
public enum WeChatUserName {
    public static let prefix = "wx"

    public static func of(openID: String) -> String {
        let digest = SHA256.hash(data: Data(openID.utf8))
        return prefix + Hex.lowercase(digest.prefix(12))
    }
}
