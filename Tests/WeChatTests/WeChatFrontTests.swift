import Foundation
import Logging
import ShopChat
import Testing

@testable import ShopWeChat

/// The front without HTTP, in process on a real SQLite file: what the binary can't show quickly.
@Suite struct WeChatFrontTests {
    /// Opened off the cooperative pool: seeding the store and training the engine block.
    static func front(_ path: String) async throws -> WeChatFront {
        try await offPool { try makeFront(path) }
    }

    static func makeFront(_ path: String) throws -> WeChatFront {
        let conversation = try Conversation(
            database: SQLiteDatabase(path: path), clock: .fixed(ClockArgument.date("2026-01-01T09:00:00+08:00")!))
        return WeChatFront(
            template: conversation.template, workers: 4, salt: 7, menu: WeChatMenu(), replySeconds: 4.5, language: .zh,
            logger: Logger(label: "test"))
    }

    static func text(_ content: String, id: UInt64, from openID: String = "oLate00000000000000000000001") -> WeChatMessage {
        WeChatMessage(account: "gh_test", openID: openID, createTime: 1_767_229_200, msgID: id, kind: .text(content))
    }

    @Test func aReplyThatMissesTheWindowComesWithTheNextMessage() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wechat-front-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let front = try await Self.front(directory.appendingPathComponent("shop.sqlite").path)
        // The user's turns are held back (a turn of theirs that blocks), so the message can't be
        // answered in its window: `success`, and the turn runs once the user is free.
        let user = WeChatUserName.of(openID: "oLate00000000000000000000001")
        let hold = Gate()
        #expect(await front.pool.submit(user: user) { _ in await hold.passage() })
        #expect(await front.answer(Self.text("搜索电饭煲", id: 1), waiting: 0.2) == .nothing)
        await hold.open()
        // Its reply comes first in the next one (the user's turns run in order, so it is done).
        guard case .text(let next) = await front.answer(Self.text("你好", id: 2)) else {
            Issue.record("no reply")
            return
        }
        #expect(next.hasPrefix("（你上一条消息的回复）\n"))
        #expect(next.contains("电饭煲"))
        // Shown once; a late retry of the first message does not run it again.
        #expect(await front.answer(Self.text("搜索电饭煲", id: 1)) == .nothing)
        guard case .text(let third) = await front.answer(Self.text("你好", id: 3)) else {
            Issue.record("no reply")
            return
        }
        #expect(!third.contains("上一条消息"))
        await front.finish()
    }

    @Test func usersRunInParallelAndEachInOrder() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wechat-front-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let front = try await Self.front(directory.appendingPathComponent("shop.sqlite").path)
        // Each of 20 users adds the same product 5 times, all at once: one user's turns never
        // overlap, so none is lost and each cart ends with 5.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for user in 0..<20 {
                group.addTask {
                    let openID = "oParallel\(String(format: "%019d", user))"
                    await withTaskGroup(of: Void.self) { adds in
                        for step in 1...5 {
                            adds.addTask { _ = await front.answer(Self.text("把P1003加入购物车", id: UInt64(user * 100 + step), from: openID)) }
                        }
                    }
                    guard case .text(let cart) = await front.answer(Self.text("看看购物车", id: UInt64(user * 100 + 99), from: openID)) else {
                        throw CancellationError()
                    }
                    #expect(cart.contains("×5") || cart.contains("x5") || cart.contains("5件"), "\(cart)")
                }
            }
            try await group.waitForAll()
        }
        await front.finish()
    }
}

/// Holds back whoever waits for it until it is opened.
actor Gate {
    private var isOpen = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func passage() async {
        guard !isOpen else { return }
        await withCheckedContinuation { waiting.append($0) }
    }

    func open() {
        isOpen = true
        for waiter in waiting { waiter.resume() }
        waiting = []
    }
}
