import Foundation

/// The C locale setting libedit needs for anything beyond ASCII.
enum UTF8Locale {
    /// Takes the locale from the environment, falling back to `C.UTF-8` when that is not UTF-8
    /// (LANG unset, or naming a locale not installed): without a UTF-8 locale libedit silently
    /// drops every non-ASCII byte, and Chinese could not be typed.
    static func activate() {
        setlocale(LC_ALL, "")
        if !isUTF8 { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    private static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
