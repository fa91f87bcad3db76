import Foundation
import ShopCommerce
import ShopIntents
import ShopText

extension Conversation {
    /// Collects amount, count and recipient, then previews: money moves only on "yes".
    func previewRedPacket(_ turn: inout Turn) throws -> Answer {
        var recipient = try Self.storedRecipient(
            Self.recipient(turn.string(.recipient)) ?? Self.groupSaid(turn) ?? "friends", turn.commerce, sender: turn.user,
            said: turn.text)
        if Self.personPronouns.contains(recipient), let person = try personMeant(turn) {
            recipient = "@" + person
            turn.parse.slots[.recipient] = .string(recipient)
        }
        // The reply's intent names the group as the store knows it (#家人群, not its alias #family),
        // from the first question on.
        if turn.slots[.recipient] != nil || recipient.hasPrefix("#") { turn.parse.slots[.recipient] = .string(recipient) }
        guard let amount = turn.int(.amount) else { return ask(RedPacketText.howMuch, for: .amount, &turn) }
        // Refused before any question about the count: the same range `validatePacket` holds to.
        guard (1...Commerce.maximumPacketAmount).contains(amount) else {
            throw CommerceError.invalidAmount(.packetAmount(maximum: Commerce.maximumPacketAmount))
        }
        let count: Int64
        if let given = turn.int(.count) {
            count = given
        } else if recipient.hasPrefix("@") {
            count = 1
        } else {
            turn.parse.slots[.recipient] = .string(recipient)
            return ask(RedPacketText.howManyShares, for: .count, &turn)
        }
        let mode = turn.string(.mode) == "equal" ? "equal" : "lucky"
        let perShare = mode == "equal" && (turn.perShareKept || Self.saysEach(turn.text)) ? true : nil
        do {
            _ = try turn.commerce.validatePacket(from: turn.user, amount: amount, count: count, recipient: recipient)
        } catch let error as CommerceError {
            guard case .notEnoughMoney = error else { throw error }
            // Refused before anything was written, and kept in mind: "那每个60吧", "改成200" then
            // change it as they would a preview, and a yes to it is refused again while the
            // wallet is short.
            turn.session.pending = .redPacket(amount: amount, count: count, mode: mode, recipient: recipient, perShare: perShare)
            return Answer(RefusalText(error).text(turn.lang), data: .object(["error": .string(error.code)]))
        }
        turn.session.pending = .redPacket(amount: amount, count: count, mode: mode, recipient: recipient, perShare: perShare)
        return Answer(
            turn.say(RedPacketText.preview(amount: amount, count: count, mode: mode, recipient: recipient)),
            data: .object([
                "packet_preview": .object([
                    "amount": .int(amount), "count": .int(count), "mode": .string(mode), "recipient": .string(recipient),
                ])
            ]))
    }

    /// "给她发个199的红包": whom "她" is, as the recipient.
    static let personPronouns: Set<String> = ["@她", "@他", "@ta", "@her", "@him"]

    /// The friend a pronoun means: the one named in the same words ("今天小美生日 给她发个红包"),
    /// else the user's only friend; nil when that is not sure.
    func personMeant(_ turn: Turn) throws -> String? {
        let friends = try turn.commerce.friends(of: turn.user)
        let text = turn.text.lowercased()
        let named = friends.filter { $0.count >= 2 || !$0.allSatisfy(\.isASCII) }.filter { text.contains($0.lowercased()) }
        if named.count == 1 { return named[0] }
        return named.isEmpty && friends.count == 1 ? friends[0] : nil
    }

    func sendRedPacket(_ turn: inout Turn, amount: Int64, count: Int64, mode: String, recipient: String) throws -> Answer {
        let packet = try turn.commerce.sendPacket(
            from: turn.user, amount: amount, count: count, mode: RedPacket.Mode(rawValue: mode) ?? .lucky, recipient: recipient)
        let wallet = try turn.commerce.wallet(of: turn.user)
        try turn.commerce.record("redpacket", user: turn.user, detail: String(packet.id))
        return Answer(
            turn.say(RedPacketText.sent(packet: packet.id, amount: amount, count: count, recipient: recipient, wallet: wallet)),
            data: .object([
                "packet": .object([
                    "id": .int(packet.id), "amount": .int(amount), "count": .int(count), "mode": .string(mode),
                    "recipient": .string(recipient),
                ])
            ]))
    }

    /// "R12", "12" or 12 → 12.
    static func packetID(_ slot: SlotValue?) -> Int64? {
        switch slot {
        case .int(let id)?: return id
        case .string(let text)?:
            let digits = text.uppercased().hasPrefix("R") ? String(text.dropFirst()) : text
            return Int64(digits)
        default: return nil
        }
    }

    /// Of the envelopes waiting, the one whose sender `said` names ("grab jay's envelope",
    /// "抢小周的红包"), else the newest; nil when none waits.
    static func senderNamed(_ said: String, among waiting: [(id: Int64, sender: String)]) -> Int64? {
        let lowered = said.lowercased()
        let named = waiting.filter { lowered.contains($0.sender.lowercased()) }
        return named.count == 1 ? named[0].id : waiting.first?.id
    }

    func grabRedPacket(_ turn: inout Turn) throws -> Answer {
        let id: Int64
        if let given = Self.packetID(turn.slots[.packet]) {
            id = given
        } else if let available = try Self.senderNamed(turn.text, among: turn.commerce.grabbablePackets(for: turn.user)) {
            id = available
            // The envelope found, reported as understood ("抢！" grabs R1), as a product named is.
            turn.parse.slots[.packet] = .string("R\(available)")
        } else {
            return Answer(turn.say(RedPacketText.nothingToGrab), data: .object(["error": "no_packet"]))
        }
        let grab = try turn.commerce.grab(packet: id, user: turn.user, random: &random)
        let packet = try turn.commerce.packet(id: id)
        let wallet = try turn.commerce.wallet(of: turn.user)
        return Answer(
            turn.say(RedPacketText.grabbed(amount: grab.amount, sender: packet.sender, packet: id, wallet: wallet)),
            data: .object(["grab": .object(["packet": .int(id), "amount": .int(grab.amount)])]))
    }

    func showRedPacket(_ turn: inout Turn) throws -> Answer {
        // Named, or the newest the shopper sent or was sent ("大伯那个谁手气最好" after grabbing
        // 大伯's), reported as understood.
        // ("who grabbed my red envelope", "谁抢了我的红包": the newest the shopper sent.)
        let named = Self.packetID(turn.slots[.packet])
        let mine = ["my ", "我的", "我发的"].contains(where: turn.text.lowercased().contains)
        guard let id = try named ?? (mine ? turn.commerce.latestSentPacket(by: turn.user) : turn.commerce.latestPacket(seenBy: turn.user))
        else {
            return Answer(turn.say(RedPacketText.noneSent))
        }
        if named == nil { turn.parse.slots[.packet] = .string("R\(id)") }
        let packet = try turn.commerce.packet(id: id)
        let audience = try turn.commerce.audience(of: packet.recipient, from: packet.sender)
        guard packet.sender == turn.user || audience.contains(turn.user) else { throw CommerceError.unknownPacket("R\(id)") }
        let status = RedPacketText.status(
            packet: id, sender: packet.sender, amount: packet.amount, count: packet.count,
            grabs: packet.grabs.map { RedPacketText.Grab(user: $0.user, amount: $0.amount) }, refunded: packet.refunded)
        return Answer(
            turn.say(status),
            data: .object([
                "packet": .object([
                    "id": .int(id), "sender": .string(packet.sender), "amount": .int(packet.amount), "count": .int(packet.count),
                    "remaining": .int(packet.remainingCount), "remaining_amount": .int(packet.remainingAmount),
                    "refunded": .int(packet.refunded), "mode": .string(packet.mode.rawValue), "recipient": .string(packet.recipient),
                    "grabs": .array(packet.grabs.map { .object(["user": .string($0.user), "amount": .int($0.amount)]) }),
                ])
            ]))
    }
}

// MARK: Declarations

extension IntentSpec {
    static let redpacketSend = IntentSpec(
        .redpacketSend, .acts, described: ("send a red envelope", "发红包"),
        answer: { conversation, turn, _ in try conversation.previewRedPacket(&turn) })

    static let redpacketGrab = IntentSpec(
        .redpacketGrab, .acts, described: ("grab a red envelope", "抢红包"),
        answer: { conversation, turn, _ in try conversation.grabRedPacket(&turn) })

    static let redpacketShow = IntentSpec(
        .redpacketShow, .looks, described: ("see who grabbed your red envelope", "看谁抢了红包"),
        answer: { conversation, turn, _ in try conversation.showRedPacket(&turn) })
}
