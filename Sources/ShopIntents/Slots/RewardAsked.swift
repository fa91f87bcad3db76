import ShopText

/// "小雅买了没 我有奖励吗", "小林买了没 我分享给她有奖励不": whether a friend bought what was shared,
/// and the reward for it, are the share's stats (each clause alone read so; together they searched
/// "小雅" or shared "我" with "她有奖励").
extension IntentEngine {
    static func rewardAsked(_ text: String) -> Bool {
        text.contains("奖励") && ["买了没", "买了吗", "买没买", "下单了没", "下单了吗", "买了没有"].contains(where: { text.contains($0) })
    }
}
