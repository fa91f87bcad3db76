import Crypto
import Foundation
import ShopChat

/// WeChat's request signatures: the SHA-1, in lower-case hex, of its parts sorted as byte
/// strings and joined with nothing between them. Plain mode signs token, timestamp and nonce
/// (`signature`); safe mode adds the `Encrypt` text (`msg_signature`).
public enum WeChatSignature {
    public static func sign(_ parts: [String]) -> String {
        // WeChat sorts as plain byte strings (ASCII order), not by locale.
        let joined = parts.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.joined()
        return Hex.lowercase(Insecure.SHA1.hash(data: Data(joined.utf8)))
    }

    /// Whether `given` is the signature of `parts`, compared in constant time so an attacker
    /// can't learn a valid signature byte by byte from response times.
    public static func verify(_ given: String, parts: [String]) -> Bool {
        Secret.same(sign(parts), given.lowercased())
    }
}
