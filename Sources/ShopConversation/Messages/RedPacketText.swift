import ShopCommerce
import ShopIntents

/// What the shop says about red envelopes (红包).
enum RedPacketText: Phrasebook {
    case notSent

    func text(_ lang: Language) -> String {
        switch self {
        case .notSent: lang.pick("OK, I didn't send the red envelope. Nothing was charged.", "好的，红包没发，钱没扣。")
        }
    }

    static let samples: [RedPacketText] = [.notSent]
}
