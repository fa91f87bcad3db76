import ShopChat

/// Why a tool call's arguments were refused before anything ran: the call changes nothing.
/// Argument names stay as the schema spells them, in either language.
struct ArgumentError: Error, Sendable {
    enum Problem: Sendable {
        case unknown(tool: String, name: String, takes: [String])
        case missing(tool: String, name: String, summary: String)
        case notText(String)
        case length(String, maxLength: Int)
        case controlCharacters(String)
        case notOneOf(String, [String])
        case notInteger(String, ClosedRange<Int64>)
        case searchNeedsWords
        case minAboveMax(Int64, Int64)
        /// A `user` argument on a server that serves one shopper.
        case userNotAllowed(tool: String)
    }

    var problem: Problem

    /// `invalid_arguments`, or `forbidden` for a `user` the host may not name.
    var code: String {
        if case .userNotAllowed = problem { return "forbidden" }
        return "invalid_arguments"
    }

    func message(_ lang: Language) -> String {
        switch problem {
        case .unknown(let tool, let name, let takes):
            let list = takes.joined(separator: ", ")
            return lang.pick(
                "\(tool) has no argument \"\(name.prefix(40))\"; it takes \(takes.isEmpty ? "no arguments" : list).",
                "\(tool)没有参数“\(name.prefix(40))”；\(takes.isEmpty ? "它不接受参数" : "它接受：\(list)")。")
        case .missing(let tool, let name, let summary):
            return lang.pick("\(tool) needs \"\(name)\": \(summary)", "\(tool)缺少参数“\(name)”。")
        case .notText(let name): return lang.pick("\"\(name)\" must be a string.", "“\(name)”必须是字符串。")
        case .length(let name, let maxLength):
            return lang.pick("\"\(name)\" must be 1 to \(maxLength) characters.", "“\(name)”须为1到\(maxLength)个字符。")
        case .controlCharacters(let name):
            return lang.pick("\"\(name)\" must not contain control characters.", "“\(name)”不能含控制字符。")
        case .notOneOf(let name, let choices):
            return lang.pick(
                "\"\(name)\" must be one of \(choices.joined(separator: ", ")).", "“\(name)”只能是以下之一：\(choices.joined(separator: "、"))。")
        case .notInteger(let name, let range):
            return lang.pick(
                "\"\(name)\" must be an integer from \(range.lowerBound) to \(range.upperBound).",
                "“\(name)”须为\(range.lowerBound)到\(range.upperBound)之间的整数。")
        case .searchNeedsWords:
            return lang.pick("search_catalog needs at least one of query, category or brand.", "search_catalog至少需要query、category或brand之一。")
        case .minAboveMax(let low, let high):
            return lang.pick(
                "min_price (\(Money.format(low))) is above max_price (\(Money.format(high))).",
                "min_price（\(Money.format(low))）高于max_price（\(Money.format(high))）。")
        case .userNotAllowed(let tool):
            return lang.pick(
                "\(tool) acts for this server's shopper only; \"user\" is not allowed.", "\(tool)只为本服务的购物者操作，不接受参数“user”。")
        }
    }
}
