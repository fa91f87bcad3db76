import Crypto
import Foundation
import ShopChat
import _CryptoExtras

/// Safe mode's message encryption (WeChat's "安全模式"): AES-256-CBC with the key
/// Base64-decoded from the 43-character EncodingAESKey plus "=", the IV the key's first 16
/// bytes, and PKCS#7 padding to 32-byte blocks (not AES's 16). The plaintext is 16 random bytes,
/// the message's length as 4 big-endian bytes, the message, then the AppID, which must match.
public struct WeChatCipher: Sendable {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case badKey
        case badBase64
        case badCiphertext
        case badPadding
        case badLength
        case wrongAppID

        public var description: String {
            switch self {
            case .badKey: "the EncodingAESKey must be 43 characters of Base64 that decode to 32 bytes"
            case .badBase64: "the Encrypt text is not Base64"
            case .badCiphertext: "the Encrypt text is not a whole number of AES blocks, or does not decrypt"
            case .badPadding: "the decrypted message has bad padding"
            case .badLength: "the decrypted message's length field is out of range"
            case .wrongAppID: "the decrypted message is for another AppID"
            }
        }
    }

    public let appID: String
    /// The key's bytes: `SymmetricKey` is not Sendable on every platform, so it is made per use.
    private let keyBytes: [UInt8]
    private var key: SymmetricKey { SymmetricKey(data: keyBytes) }
    private var iv: AES._CBC.IV {
        // 16 bytes by construction (checked in init), so this can't fail.
        try! AES._CBC.IV(ivBytes: keyBytes.prefix(16))
    }
    static let block = 32

    public init(encodingAESKey: String, appID: String) throws {
        guard encodingAESKey.utf8.count == 43, let bytes = Data(base64Encoded: encodingAESKey + "="), bytes.count == 32 else {
            throw Failure.badKey
        }
        self.appID = appID
        keyBytes = Array(bytes)
        _ = try AES._CBC.IV(ivBytes: bytes.prefix(16))
    }

    /// The Base64 `Encrypt` text of `message`; `random` is 16 bytes (fresh from the system's
    /// secure generator unless a test gives them).
    public func encrypt(_ message: String, random: [UInt8]? = nil) throws -> String {
        let prefix = random ?? Self.secureRandomBytes(16)
        precondition(prefix.count == 16, "safe mode's random prefix is 16 bytes")
        let body = Array(message.utf8)
        let length = UInt32(body.count)
        var plain = prefix + [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)]
        plain += body + Array(appID.utf8)
        let pad = Self.block - plain.count % Self.block
        plain += [UInt8](repeating: UInt8(pad), count: pad)
        return try AES._CBC.encrypt(plain, using: key, iv: iv, noPadding: true).base64EncodedString()
    }

    /// The message inside an `Encrypt` text, checked: padding, length and AppID.
    public func decrypt(_ encrypted: String) throws -> String {
        guard let cipher = Data(base64Encoded: encrypted) else { throw Failure.badBase64 }
        guard !cipher.isEmpty, cipher.count % 16 == 0 else { throw Failure.badCiphertext }
        let plain: [UInt8]
        do {
            plain = Array(try AES._CBC.decrypt(cipher, using: key, iv: iv, noPadding: true))
        } catch {
            throw Failure.badCiphertext
        }
        guard let pad = plain.last, (1...Self.block).contains(Int(pad)), plain.count >= Int(pad),
            plain.suffix(Int(pad)).allSatisfy({ $0 == pad })
        else { throw Failure.badPadding }
        let content = plain.dropLast(Int(pad))
        guard content.count >= 20 else { throw Failure.badLength }
        let start = content.startIndex
        let length = content[start + 16..<start + 20].reduce(0) { $0 << 8 | Int($1) }
        guard length <= content.count - 20 else { throw Failure.badLength }
        let message = content[start + 20..<start + 20 + length]
        let app = content[(start + 20 + length)...]
        guard Secret.same(String(decoding: app, as: UTF8.self), appID) else { throw Failure.wrongAppID }
        guard let text = String(validating: message, as: UTF8.self) else { throw Failure.badLength }
        return text
    }

    /// Bytes from the system's cryptographically secure generator.
    static func secureRandomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }
}
