import Foundation

/// The training phrases shipped with the engine (`Resources/phrases.txt`), read once per process.
enum TrainingSet {
    static let phrases: [TrainingPhrase] = {
        guard let url = Bundle.module.url(forResource: "phrases", withExtension: "txt"),
            let data = FileManager.default.contents(atPath: url.path)
        else { return [] }
        // The file ships with the engine and a test parses it strictly; a bad line here is a
        // packaging mistake, so skip it rather than refuse to understand anything.
        return data.withUnsafeBytes { raw in
            TrainingPhrase.parse(utf8: raw.bindMemory(to: UInt8.self)) { _ in }
        }
    }()
}
