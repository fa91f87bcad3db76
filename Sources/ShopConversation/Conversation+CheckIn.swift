import ShopCommerce
import ShopIntents

extension Conversation {
    /// `points.checkin` (签到): today's points for the streak, once a day (PROTOCOL.md §9).
    func checkIn(_ turn: Turn) throws -> Answer {
        let checkIn = try turn.commerce.checkIn(turn.user)
        return Answer(
            turn.say(PointsText.checkedIn(checkIn)),
            data: .object([
                "checkin": .object([
                    "user": .string(turn.user), "date": .string(checkIn.date), "streak": .int(checkIn.streak),
                    "points": .int(checkIn.points), "balance": .int(checkIn.balance), "already": .bool(checkIn.already),
                    "tomorrow": .int(checkIn.tomorrow),
                ])
            ]))
    }
}

// MARK: Declarations

extension IntentSpec {
    static let pointsCheckin = IntentSpec(
        .pointsCheckin, .looks, described: ("check in for today's points", "签到领积分"), next: { _, _ in [.points, .deals] },
        answer: { conversation, turn, _ in try conversation.checkIn(turn) })
}
