import Foundation

/// Reads a CSV catalog file on a thread of its own, turning rows into products and their name
/// terms (the costly part), while the caller's thread writes them to the store: on two cores a
/// 1,000,000-row import takes about as long as the slower of the two, not their sum.
public enum CatalogPipeline {
    /// A product read from the file, with the search terms of its names and descriptions
    /// already made.
    public struct Row: Sendable {
        public var product: Product
        public var nameTerms: String
        public var moreTerms: String
    }

    /// How far the reading has come.
    public struct Progress: Sendable {
        public var rows: Int
        public var bytesRead: Int64
    }

    private enum Batch: Sendable {
        case rows([Row], Progress)
        case failed(CatalogImport.Failure)
        case unreadable
        case end
    }

    /// Reads `handle` to its end (after the bytes already read, `head`), handing each batch of
    /// rows to `write` on the calling thread. Throws the file's problems (`CatalogImport.Failure`)
    /// or what `write` throws; either way the reading thread has stopped when this returns.
    public static func read(
        _ handle: FileHandle, head: Data, chunkSize: Int, write: ([Row], Progress) throws -> Void
    ) throws {
        let queue = BoundedQueue<Batch>(capacity: 4)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            defer { done.signal() }
            var reader = CatalogReader()
            var read = Int64(head.count)
            var chunk = head
            do throws(CatalogImport.Failure) {
                while !chunk.isEmpty {
                    let rows = try reader.feed([UInt8](chunk)).map(prepared)
                    guard queue.put(.rows(rows, Progress(rows: reader.rows, bytesRead: read))) else { return }
                    // nil is the end of the file; an error, a file that can't be read on.
                    guard case .success(let next) = Result(catching: { try handle.read(upToCount: chunkSize) }) else {
                        _ = queue.put(.unreadable)
                        return
                    }
                    chunk = next ?? Data()
                    read += Int64(chunk.count)
                }
                let last = try reader.finish().map(prepared)
                _ = queue.put(.rows(last, Progress(rows: reader.rows, bytesRead: read)))
                _ = queue.put(.end)
            } catch {
                _ = queue.put(.failed(error))
            }
        }
        // The reader holds a chunk and a few batches; the default stack is plenty.
        thread.start()
        defer {
            queue.close()
            done.wait()
        }
        while true {
            switch queue.take() {
            case .rows(let rows, let progress): try write(rows, progress)
            case .failed(let failure): throw failure
            case .unreadable: throw CatalogImport.Failure.unreadable("the file could not be read")
            case .end: return
            }
        }
    }

    static func prepared(_ product: Product) -> Row {
        Row(product: product, nameTerms: CatalogIndexing.nameTerms(of: product), moreTerms: CatalogIndexing.moreTerms(of: product))
    }
}
