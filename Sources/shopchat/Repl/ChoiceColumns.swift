import CEditLine

/// Completion choices laid out in columns that fit the terminal, as shells list them.
struct ChoiceColumns {
    let text: String

    /// `width` 0 (unknown) means 80 columns.
    init(_ choices: [String], width: Int) {
        let width = width > 0 ? width : 80
        let cellWidth = (choices.map(Self.displayWidth).max() ?? 0) + 2
        let perRow = max(1, width / max(cellWidth, 1))
        var rows: [String] = []
        var row = ""
        for (index, choice) in choices.enumerated() {
            let isLastInRow = (index + 1) % perRow == 0 || index == choices.count - 1
            row += isLastInRow ? choice : choice + String(repeating: " ", count: cellWidth - Self.displayWidth(choice))
            if isLastInRow {
                rows.append(row)
                row = ""
            }
        }
        text = rows.joined(separator: "\n")
    }

    /// Columns a string takes on the terminal: Chinese characters take two.
    static func displayWidth(_ string: String) -> Int {
        string.unicodeScalars.reduce(0) { total, scalar in total + max(0, Int(shopchat_character_width(scalar.value))) }
    }
}
