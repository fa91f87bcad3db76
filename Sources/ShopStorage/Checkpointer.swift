import Foundation
import GRDB
import GRDBSQLite

/// Keeps a store's write-ahead log short without making its writer wait on the disk.
///
/// SQLite's own automatic checkpoint runs inside the commit that grows the log past 1,000 pages:
/// it flushes the log, copies its pages into the database and flushes that too, and every turn
/// queued behind that commit waits for two disk flushes of megabytes (3–20 ms on the machine
/// the figures come from, sometimes hundreds). Here a thread of its own, on a connection of its
/// own, does that copying and flushing while the writer goes on committing. Only what was
/// committed meanwhile (a few pages) is left; the writer copies it between two transactions, so
/// the log is wholly in the database and the next commit starts it again from its beginning.
final class Checkpointer: @unchecked Sendable {
    /// Log pages (32 MB) that start a background checkpoint. SQLite's own uses 1,000, but every
    /// checkpoint flushes the disk, and on the machine the figures come from a commit that lands
    /// during a flush can wait tens of milliseconds for it: fewer, larger checkpoints meant fewer
    /// such waits (p99 at 10,000 turns/s within 16 ms in 9 runs of 9, against 4 of 6 at 1,000).
    static let defaultThreshold: Int32 = 8_000

    /// Log pages that start a background checkpoint.
    private let threshold: Int32

    private let path: String
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var phase = Phase.idle
    /// The background thread is inside a checkpoint (two at once: the second does nothing).
    private var copyingNow = false
    private var stopped = false
    private var counted = CheckpointStatistics()
    /// Log pages in the database after the background's last pass (the writer copies the rest).
    private var copiedInBackground: Int32 = 0

    private enum Phase {
        /// The log is short, or nobody has looked.
        case idle
        /// The background thread is copying.
        case copying
        /// Copied; the writer should copy the rest and so let the log start again.
        case finishing
    }

    init(path: String, threshold: Int32 = Checkpointer.defaultThreshold) {
        self.path = path
        self.threshold = threshold
        let thread = Thread { [self] in serve() }
        thread.name = "shopchat.checkpoint"
        thread.start()
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    var statistics: CheckpointStatistics {
        condition.lock()
        defer { condition.unlock() }
        return counted
    }

    func resetLongest() {
        condition.lock()
        counted.longestFinishNanoseconds = 0
        condition.unlock()
    }

    /// Takes over the writer connection's log hook, which also turns SQLite's automatic
    /// checkpoint off there. Undo with ``detach(from:)`` before the checkpointer goes.
    func attach(to db: Database) {
        sqlite3_wal_hook(db.sqliteConnection, Self.walDidGrow, Unmanaged.passUnretained(self).toOpaque())
    }

    func detach(from db: Database) {
        sqlite3_wal_hook(db.sqliteConnection, nil, nil)
    }

    /// SQLite calls this on the writer's thread after each commit, with the log's length in pages.
    private static let walDidGrow: @convention(c) (UnsafeMutableRawPointer?, OpaquePointer?, UnsafePointer<CChar>?, CInt) -> CInt = {
        context, _, _, pages in
        guard let context else { return SQLITE_OK }
        Unmanaged<Checkpointer>.fromOpaque(context).takeUnretainedValue().logIs(pages: pages)
        return SQLITE_OK
    }

    private func logIs(pages: Int32) {
        guard pages >= threshold else { return }
        condition.lock()
        if phase == .idle {
            phase = .copying
            condition.broadcast()
        } else if phase == .copying && pages >= 8 * threshold {
            // Far behind (writes outrun the disk, or a reader held the log; 256 MB by default):
            // the writer takes over after the background's pass, as SQLite's own checkpoint
            // would have, and stops writing while it copies, so the log can start over.
            phase = .finishing
        }
        condition.unlock()
    }

    /// Called by the writer between transactions: if the background copy is done, copies what
    /// was committed since, so the next transaction starts the log from its beginning.
    func finishIfDue(on db: Database) {
        condition.lock()
        guard phase == .finishing else { return condition.unlock() }
        let started = DispatchTime.now().uptimeNanoseconds
        while copyingNow { condition.wait() }
        condition.unlock()
        // A failure (another process checkpointing) only means the log restarts a little later.
        let copied = Self.checkpoint(db.sqliteConnection).copied
        let elapsed = DispatchTime.now().uptimeNanoseconds - started
        condition.lock()
        if phase == .finishing { phase = .idle }
        counted.finished += 1
        counted.pagesFinished += Int(max(0, copied - copiedInBackground))
        counted.longestFinishNanoseconds = max(counted.longestFinishNanoseconds, elapsed)
        condition.unlock()
    }

    /// Waits until the background thread is not copying: a checkpoint of the writer's own
    /// (``SQLiteDatabase/settle()``) would otherwise find the log busy and do nothing. Called on
    /// the writer, so no commit starts another copy meanwhile.
    func waitForBackgroundCopy() {
        condition.lock()
        while copyingNow || phase == .copying { condition.wait() }
        phase = .idle
        condition.unlock()
    }

    /// The background thread: waits for a long log, copies it, flushes the database file.
    private func serve() {
        var connection: OpaquePointer?
        guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK else {
            sqlite3_close_v2(connection)
            return
        }
        defer { sqlite3_close_v2(connection) }
        // A connection finds the log only when it first reads; until then a checkpoint does nothing.
        sqlite3_exec(connection, "SELECT count(*) FROM sqlite_schema", nil, nil, nil)
        // A second descriptor of the database file, to flush what the copy wrote: SQLite flushes
        // it only when the copy reached the log's end, and then the writer would have to.
        let file = open(path, O_RDWR | O_CLOEXEC)
        defer { if file >= 0 { close(file) } }
        while true {
            condition.lock()
            while phase != .copying && !stopped { condition.wait() }
            if stopped {
                condition.unlock()
                return
            }
            copyingNow = true
            condition.unlock()
            // Each pass copies what was committed during the one before; stop when that is
            // little, so the writer's part stays short however busy it is.
            while true {
                let pass = Self.checkpoint(connection)
                if file >= 0 { fdatasync(file) }
                condition.lock()
                let caughtUp = pass.logged - pass.copied <= Self.leftForWriter
                if caughtUp || phase != .copying || stopped {
                    counted.pagesCopied += Int(max(0, pass.copied))
                    copiedInBackground = max(0, pass.copied)
                    counted.copied += 1
                    copyingNow = false
                    if phase == .copying { phase = .finishing }
                    condition.broadcast()
                    condition.unlock()
                    break
                }
                condition.unlock()
                // Another process is checkpointing, or a reader holds the log: try again soon.
                if pass.failed { usleep(10_000) }
            }
        }
    }

    /// At most this many log pages are left for the writer to copy.
    static let leftForWriter: Int32 = 128

    /// A passive checkpoint: copies what no reader still needs, never waits for anyone. Returns
    /// the log's length and how much of it is in the database now, in pages.
    private static func checkpoint(_ connection: OpaquePointer?) -> (logged: Int32, copied: Int32, failed: Bool) {
        var logged: CInt = 0
        var copied: CInt = 0
        let code = sqlite3_wal_checkpoint_v2(connection, "main", SQLITE_CHECKPOINT_PASSIVE, &logged, &copied)
        return code == SQLITE_OK ? (logged, copied, false) : (1, 0, true)
    }
}
