import ShopText

/// "积分能干嘛", "积分有什么用", "what are points for", "how do points work": what points are for is
/// answered by the shopper's points, which say how they are spent (`points.show`). Before, it asked
/// "see your points, or use them?" — issue 12 asks that the likelier reading be answered.
enum PointsAskedAbout {
    static func whatFor(_ text: String) -> Bool {
        if text.containsByte(where: { $0 >= 0x80 }) {
            // Byte search first: asked of every points reading.
            guard text.contains("积分"), text.utf8.count <= 36 else { return false }
            return ["能干嘛", "能干啥", "有什么用", "有啥用", "干什么用", "是干嘛的", "是啥", "是什么", "怎么用", "咋用"].contains(where: text.contains)
        }
        let lowered = text.quickLowercased()
        guard lowered.contains("point"), lowered.utf8.count <= 48 else { return false }
        return [
            "what are points", "what can i do with", "how do points work", "what do points do", "what're points",
            "whats the point of points",
            "what are my points good for", "what are the points for",
        ]
        .contains(where: lowered.contains)
    }
}
