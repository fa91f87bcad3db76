import Crypto
import Foundation

/// WeChat's request signatures: the SHA-1, in lower-case hex, of its parts sorted as byte
/// strings and joined with nothing between them. Plain mode signs token, timestamp and nonce
/// (`signature`); safe mode adds the `Encrypt` text (`msg_signature`).
public enum WeChatSignature {
    public static func sign(_ parts: [String]) -> String {
        // WeChat sorts as plain byte strings (ASCII order), not by locale.
        let joined = parts.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.joined()
        return Insecure.SHA1.hash(data: Data(joined.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `given` is the signature of `parts`, compared in constant time so an attacker
    /// can't learn a valid signature byte by byte from response times.
    public static func verify(_ given: String, parts: [String]) -> Bool {
        constantTimeEqual(Array(sign(parts).utf8), Array(given.lowercased().utf8))
    }

    /// True when both are equal; the time taken depends only on the lengths.
    static func constantTimeEqual(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
