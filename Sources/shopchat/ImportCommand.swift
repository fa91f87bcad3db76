import ArgumentParser
import ShopChat

/// `shopchat import FILE`: imports a catalog into the store, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import a catalog file (CSV or JSON).")

    @OptionGroup var options: CommonOptions

    @Argument(help: "The catalog file (PROTOCOL.md §8).")
    var file: String

    func run() throws {
        let conversation = try options.openConversation()
        let bar = ImportProgressBar.wanted ? ImportProgressBar() : nil
        do {
            let answer = try conversation.importCatalog(path: file, progress: bar.map { bar in { bar.show($0) } })
            bar?.finish()
            print(answer)
        } catch {
            bar?.finish()
            print("\(error)")
            throw ExitCode(1)
        }
    }
}
