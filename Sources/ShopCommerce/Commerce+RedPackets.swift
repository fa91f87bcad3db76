import Foundation
import ShopText

extension Commerce {
    /// A bound against nonsense amounts; the real limit is the sender's wallet.
    public static let maximumPacketAmount = Limits.money.upperBound
    public static let maximumPacketCount: Int64 = 100

    /// Checks that `sender` can send this envelope; returns who may grab it.
    public func validatePacket(from sender: String, amount: Int64, count: Int64, recipient: String) throws -> [String] {
        guard amount > 0, amount <= Self.maximumPacketAmount else {
            throw CommerceError.invalidAmount(.packetAmount(maximum: Self.maximumPacketAmount))
        }
        guard count >= 1, count <= Self.maximumPacketCount else {
            throw CommerceError.invalidAmount(.packetCount(maximum: Self.maximumPacketCount))
        }
        guard amount >= count else {
            throw CommerceError.invalidAmount(.packetTooThin(amount: amount, count: count))
        }
        guard recipient != "moments" else {
            throw CommerceError.unknownRecipient("moments (send red envelopes to people, groups or friends)")
        }
        let audience = try audience(of: recipient, from: sender)
        guard !audience.isEmpty else { throw CommerceError.nobodyToReach(recipient) }
        let wallet = try wallet(of: sender)
        guard amount <= wallet else { throw CommerceError.notEnoughMoney(wallet: wallet) }
        return audience
    }

    /// Sends an envelope: the sender's wallet pays it in this same transaction.
    public func sendPacket(from sender: String, amount: Int64, count: Int64, mode: RedPacket.Mode, recipient: String) throws -> RedPacket {
        let audience = try validatePacket(from: sender, amount: amount, count: count, recipient: recipient)
        let charged = try tx.query(
            """
            UPDATE users SET wallet = wallet - \(.int(amount)) WHERE name = \(.text(sender)) AND wallet >= \(.int(amount)) \
            RETURNING wallet
            """)
        guard !charged.isEmpty else { throw CommerceError.notEnoughMoney(wallet: try wallet(of: sender)) }
        let expires = timestamp + Int64(RedPacket.lifetime)
        let id = try tx.query(
            """
            INSERT INTO red_packets (sender, amount, count, mode, recipient, created_at, expires_at) VALUES \
            (\(.text(sender)), \(.int(amount)), \(.int(count)), \(.text(mode.rawValue)), \(.text(recipient)), \
            \(.int(timestamp)), \(.int(expires))) RETURNING id
            """)[0].int("id")
        for user in audience {
            try tx.execute("INSERT INTO red_packet_recipients (packet, \"user\") VALUES (\(.int(id)), \(.text(user)))")
            try deliver(
                to: user, kind: "redpacket.received",
                text:
                    "\(sender) sent a red envelope R\(id) (\(Money.format(amount)), \(count) share\(count == 1 ? "" : "s")) — say \"grab the red envelope\".",
                fields: [("packet", .int(id)), ("from", .text(sender)), ("amount", .int(amount)), ("count", .int(count))])
        }
        // In a group the sender is a member too and may grab, as in WeChat (PROTOCOL.md §9); only
        // the others are told of it.
        if recipient.hasPrefix("#"), try groupMembers(String(recipient.dropFirst())).contains(sender) {
            try tx.execute("INSERT INTO red_packet_recipients (packet, \"user\") VALUES (\(.int(id)), \(.text(sender)))")
        }
        return try packet(id: id)
    }

    public func packet(id: Int64) throws -> RedPacket {
        guard let row = try tx.first("SELECT * FROM red_packets WHERE id = \(.int(id))") else {
            throw CommerceError.unknownPacket("R\(id)")
        }
        let grabs = try tx.query("SELECT \"user\", amount FROM red_packet_grabs WHERE packet = \(.int(id)) ORDER BY seq").map {
            try RedPacket.Grab(user: $0.string("user"), amount: $0.int("amount"))
        }
        return try RedPacket(
            id: id, sender: row.string("sender"), amount: row.int("amount"), count: row.int("count"),
            mode: RedPacket.Mode(rawValue: row.string("mode")) ?? .lucky, recipient: row.string("recipient"),
            createdAt: Date(timeIntervalSince1970: TimeInterval(row.int("created_at"))),
            expiresAt: Date(timeIntervalSince1970: TimeInterval(row.int("expires_at"))), refunded: row.int("refunded"), grabs: grabs)
    }

    /// The newest envelope `user` may still grab.
    public func grabbablePacket(for user: String) throws -> Int64? {
        try grabbablePackets(for: user, limit: 1).first?.id
    }

    /// The envelopes `user` may still grab, newest first, with who sent each ("grab jay's
    /// envelope" picks by sender).
    public func grabbablePackets(for user: String, limit: Int64 = 20) throws -> [(id: Int64, sender: String)] {
        try tx.query(
            """
            SELECT p.id, p.sender FROM red_packets p JOIN red_packet_recipients r ON r.packet = p.id AND r.user = \(.text(user))
            WHERE p.expires_at > \(.int(timestamp)) AND NOT EXISTS (SELECT 1 FROM red_packet_grabs g WHERE g.packet = p.id AND g.user = \(.text(user)))
              AND (SELECT COUNT(*) FROM red_packet_grabs g WHERE g.packet = p.id) < p.count
            ORDER BY p.id DESC LIMIT \(.int(limit))
            """
        ).map { (try $0.int("id"), try $0.string("sender")) }
    }

    /// The newest envelope `user` sent or was among the recipients of: the one "谁手气最好" asks
    /// about when it names none.
    public func latestPacket(seenBy user: String) throws -> Int64? {
        try tx.first(
            """
            SELECT p.id FROM red_packets p LEFT JOIN red_packet_recipients r ON r.packet = p.id AND r.user = \(.text(user))
            WHERE p.sender = \(.text(user)) OR r.packet IS NOT NULL ORDER BY p.id DESC LIMIT 1
            """)?.int("id")
    }

    /// The newest envelope `user` sent.
    public func latestSentPacket(by user: String) throws -> Int64? {
        try tx.first("SELECT id FROM red_packets WHERE sender = \(.text(user)) ORDER BY id DESC LIMIT 1")?.int("id")
    }

    /// Grabs a share: once per user, recipients only, never after expiry; credits the wallet.
    public func grab(packet id: Int64, user: String, random: inout some RandomNumberGenerator) throws -> RedPacket.Grab {
        let packet = try packet(id: id)
        guard try tx.first("SELECT 1 FROM red_packet_recipients WHERE packet = \(.int(id)) AND \"user\" = \(.text(user))") != nil else {
            throw CommerceError.notARecipient(id)
        }
        guard !packet.grabs.contains(where: { $0.user == user }) else { throw CommerceError.alreadyGrabbed(id) }
        guard now < packet.expiresAt else { throw CommerceError.packetExpired(id) }
        guard packet.remainingCount > 0, packet.remainingAmount > 0 else { throw CommerceError.packetEmpty(id) }
        let amount = RedPacket.nextGrab(
            mode: packet.mode, amount: packet.amount, count: packet.count, remaining: packet.remainingAmount,
            left: packet.remainingCount, using: &random)
        // The (packet, seq) and (packet, user) keys make a concurrent double grab fail, not double pay.
        try tx.execute(
            """
            INSERT INTO red_packet_grabs (packet, "user", amount, seq, at) VALUES (\(.int(id)), \(.text(user)), \
            \(.int(amount)), \(.int(Int64(packet.grabs.count))), \(.int(timestamp)))
            """)
        try credit(amount, toWalletOf: user)
        return RedPacket.Grab(user: user, amount: amount)
    }

    /// Returns what was not grabbed of envelopes older than a day to their senders.
    public func refundExpiredPackets() throws {
        let rows = try tx.query(
            """
            SELECT p.id, p.sender, p.amount - COALESCE((SELECT SUM(g.amount) FROM red_packet_grabs g WHERE g.packet = p.id), 0) AS left
            FROM red_packets p WHERE p.settled = 0 AND p.expires_at <= \(.int(timestamp))
            """)
        for row in rows {
            let id = try row.int("id")
            let left = try row.int("left")
            try tx.execute("UPDATE red_packets SET refunded = \(.int(left)), settled = 1 WHERE id = \(.int(id))")
            guard left > 0 else { continue }
            try credit(left, toWalletOf: row.string("sender"))
            try deliver(
                to: row.string("sender"), kind: "redpacket.refunded",
                text: "\(Money.format(left)) of red envelope R\(id) wasn't grabbed within 24 hours and is back in your wallet.",
                fields: [("packet", .int(id)), ("amount", .int(left))])
        }
    }
}
