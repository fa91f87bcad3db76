import ShopText

/// Words that set products against each other. Every way of asking for a comparison the engine
/// knows has one ("compare", "vs", "which is better", "哪个好", "有什么区别"); a reading of a
/// comparison without any is the classifier hearing one in a story.
enum ComparingWords {
    static func said(_ text: String) -> Bool {
        let lowered = text.quickLowercased()
        return english.contains(where: lowered.contains) || chinese.contains(where: text.contains)
    }

    private static let english = [
        "compar", " vs", "versus", " or ", " than ", "better", "best", "differ", "between", "side by side", "which", "choose", "pick",
        " or?",
    ]
    private static let chinese = ["比", "哪", "区别", "不同", "还是", "对比", "差别", "选", "差在", "差距", "或者", "更"]
}
