import NIOCore
import NIOEmbedded
import NIOTestUtils
import Testing

@testable import ShopServer

// `ByteToMessageDecoderVerifier` compares the decoder's own output, so `Frame` has to be
// Equatable; the server never compares frames, so the conformance lives here, in the tests.
// A line compares by its readable bytes (ByteBuffer's ==), which is the stricter check: a
// multi-byte character torn across reads and glued back wrong would show.
extension LineFrameDecoder.Frame: Equatable {
    public static func == (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.line(let left), .line(let right)): left == right
        case (.tooLong, .tooLong): true
        default: false
        }
    }
}

/// What a test reads back, as text: easier to write down and to read in a failure.
private enum Out: Equatable, CustomStringConvertible {
    case line(String)
    case tooLong

    init(_ frame: LineFrameDecoder.Frame) {
        switch frame {
        case .line(let buffer): self = .line(String(buffer: buffer))
        case .tooLong: self = .tooLong
        }
    }

    var description: String {
        switch self {
        case .line(let text): "line(\(text.debugDescription))"
        case .tooLong: "tooLong"
        }
    }
}

/// Watches the bytes the `ByteToMessageHandler` hands the real decoder: how many it holds on
/// entry and how many the decoder leaves behind, the largest seen of each.
private final class BufferProbe {
    var calls = 0
    var largestOnEntry = 0
    var largestRetained = 0
    var largestStorage = 0

    func entering(_ buffer: ByteBuffer) {
        calls += 1
        largestOnEntry = max(largestOnEntry, buffer.readableBytes)
        largestStorage = max(largestStorage, buffer.storageCapacity)
    }

    func leaving(_ buffer: ByteBuffer) {
        largestRetained = max(largestRetained, buffer.readableBytes)
    }
}

/// `LineFrameDecoder` itself, with a probe on its buffer. The frames it fires are the inner
/// decoder's own (`InboundOut` is the same type), so nothing is copied or re-framed.
private struct ProbedDecoder: ByteToMessageDecoder {
    typealias InboundOut = LineFrameDecoder.Frame
    var inner: LineFrameDecoder
    let probe: BufferProbe

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        probe.entering(buffer)
        defer { probe.leaving(buffer) }
        return try inner.decode(context: context, buffer: &buffer)
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        probe.entering(buffer)
        defer { probe.leaving(buffer) }
        return try inner.decodeLast(context: context, buffer: &buffer, seenEOF: seenEOF)
    }
}

@Suite struct LineFrameDecoderTests {
    // MARK: - ByteToMessageDecoderVerifier
    //
    // The verifier feeds every input whole, byte by byte (each byte a one-byte slice of a larger
    // buffer) and all inputs glued together in one buffer, in shuffled order, and checks the
    // channel is clean at the end. So each input must be complete lines: a partial line would
    // only come out at EOF, which the verifier counts as a leftover.

    private static func line(_ text: String) -> LineFrameDecoder.Frame { .line(ByteBuffer(string: text)) }

    private static func verify(limit: Int, _ pairs: [(String, [LineFrameDecoder.Frame])]) throws {
        try ByteToMessageDecoderVerifier.verifyDecoder(
            inputOutputPairs: pairs.map { (ByteBuffer(string: $0.0), $0.1) },
            decoderFactory: { LineFrameDecoder(limit: limit) })
    }

    @Test func verifierPlainLines() throws {
        try Self.verify(
            limit: 64,
            [
                ("hello\n", [Self.line("hello")]),
                ("one\ntwo\nthree\n", [Self.line("one"), Self.line("two"), Self.line("three")]),
                (#"{"id": 1, "text": "search socks"}"# + "\n", [Self.line(#"{"id": 1, "text": "search socks"}"#)]),
                ("tab\there \u{0}nul\n", [Self.line("tab\there \u{0}nul")]),
            ])
    }

    @Test func verifierCRLF() throws {
        try Self.verify(
            limit: 64,
            [
                ("crlf\r\n", [Self.line("crlf")]),
                ("a\r\nb\nc\r\n", [Self.line("a"), Self.line("b"), Self.line("c")]),
                // Only one trailing \r goes; a \r elsewhere is part of the line.
                ("two\r\r\n", [Self.line("two\r")]),
                ("mid\rdle\n", [Self.line("mid\rdle")]),
                ("\r\n", [Self.line("")]),
            ])
    }

    @Test func verifierEmptyLines() throws {
        try Self.verify(
            limit: 64,
            [
                ("\n", [Self.line("")]),
                ("\n\n\n", [Self.line(""), Self.line(""), Self.line("")]),
                ("\r\n\n", [Self.line(""), Self.line("")]),
                ("x\n\ny\n", [Self.line("x"), Self.line(""), Self.line("y")]),
            ])
    }

    @Test func verifierTooLongThenNormal() throws {
        let limit = 16
        let exactly = String(repeating: "e", count: limit)
        try Self.verify(
            limit: limit,
            [
                // One byte over, the newline in the same read or the next one.
                (String(repeating: "x", count: limit + 1) + "\nok\n", [.tooLong, Self.line("ok")]),
                // Far over: dropped while it arrives, reported once.
                (String(repeating: "y", count: 10 * limit) + "\r\nnext\r\n", [.tooLong, Self.line("next")]),
                // The limit counts the line without its \r\n.
                (exactly + "\n", [Self.line(exactly)]),
                (exactly + "\r\n", [Self.line(exactly)]),
                (exactly + "z\r\n", [.tooLong]),
                (exactly + "\r\r\n", [.tooLong]),
                (exactly + "\rq\n", [.tooLong]),
                // Two in a row, each reported, the lines around them intact.
                (
                    "a\n" + String(repeating: "1", count: 40) + "\n" + String(repeating: "2", count: 17) + "\nb\n",
                    [Self.line("a"), .tooLong, .tooLong, Self.line("b")]
                ),
            ])
    }

    @Test func verifierMultiByteUTF8() throws {
        // Drip-feeding splits every multi-byte character across reads.
        try Self.verify(
            limit: 64,
            [
                ("你好，世界\n", [Self.line("你好，世界")]),
                ("😀 é ü ß\r\n", [Self.line("😀 é ü ß")]),
                ("美的电饭煲 4L\n再来一个\n", [Self.line("美的电饭煲 4L"), Self.line("再来一个")]),
                // A 4-byte character astride the limit: the limit is in bytes.
                (String(repeating: "a", count: 61) + "😀\n", [.tooLong]),
                (String(repeating: "a", count: 60) + "😀\n", [Self.line(String(repeating: "a", count: 60) + "😀")]),
            ])
    }

    @Test func verifierTinyLimits() throws {
        try Self.verify(
            limit: 1,
            [
                ("\n", [Self.line("")]),
                ("a\n", [Self.line("a")]),
                ("a\r\n", [Self.line("a")]),
                ("ab\n", [.tooLong]),
                ("abc\nd\n", [.tooLong, Self.line("d")]),
            ])
        try Self.verify(
            limit: 0,
            [
                ("\n", [Self.line("")]),
                ("\r\n", [Self.line("")]),
                ("a\n", [.tooLong]),
                ("ab\r\n\n", [.tooLong, Self.line("")]),
            ])
    }

    // MARK: - EmbeddedChannel, chunks chosen by hand

    private static func channel(limit: Int, probe: BufferProbe = BufferProbe()) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(
            ByteToMessageHandler(ProbedDecoder(inner: LineFrameDecoder(limit: limit), probe: probe)))
        return channel
    }

    private static func write(_ channel: EmbeddedChannel, _ bytes: some Sequence<UInt8>) throws {
        var buffer = channel.allocator.buffer(capacity: 0)
        buffer.writeBytes(Array(bytes))
        try channel.writeInbound(buffer)
    }

    private static func readAll(_ channel: EmbeddedChannel) throws -> [Out] {
        var out: [Out] = []
        while let frame = try channel.readInbound(as: LineFrameDecoder.Frame.self) { out.append(Out(frame)) }
        return out
    }

    @Test(arguments: [1, 2, 3, 5, 7, 64])
    func smallChunks(size: Int) throws {
        let channel = try Self.channel(limit: 32)
        let stream = Array("first\r\nsecond\n\n你好 😀\r\n\(String(repeating: "L", count: 33))\nlast\n".utf8)
        var out: [Out] = []
        for start in stride(from: 0, to: stream.count, by: size) {
            try Self.write(channel, stream[start..<min(start + size, stream.count)])
            out += try Self.readAll(channel)
        }
        #expect(out == [.line("first"), .line("second"), .line(""), .line("你好 😀"), .tooLong, .line("last")])
        #expect(try channel.finish().isClean)
    }

    @Test func nothingComesOutBeforeTheNewline() throws {
        let channel = try Self.channel(limit: 32)
        try Self.write(channel, "partial".utf8)
        #expect(try Self.readAll(channel) == [])
        try Self.write(channel, " line\r".utf8)
        #expect(try Self.readAll(channel) == [])
        try Self.write(channel, "\nnext".utf8)
        #expect(try Self.readAll(channel) == [.line("partial line")])
        try Self.write(channel, "\n".utf8)
        #expect(try Self.readAll(channel) == [.line("next")])
        #expect(try channel.finish().isClean)
    }

    /// A line ten times the limit arriving a byte, 100 bytes or 4 KiB at a time: one `.tooLong`, the next line
    /// intact, and the decoder never keeps more than the limit plus the \r it may still strip.
    @Test(arguments: [1, 100, 4096])
    func tooLongInManyChunksStaysBounded(chunk: Int) throws {
        let limit = 1024
        let probe = BufferProbe()
        let channel = try Self.channel(limit: limit, probe: probe)
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 10 * limit + 17)
        var out: [Out] = []
        for start in stride(from: 0, to: long.count, by: chunk) {
            try Self.write(channel, long[start..<min(start + chunk, long.count)])
            out += try Self.readAll(channel)
        }
        #expect(out == [.tooLong])
        #expect(probe.calls >= long.count / max(chunk, limit))
        #expect(probe.largestRetained <= limit + 1, "decoder kept \(probe.largestRetained) bytes")
        // What the handler holds on entry is what was kept plus one read, and its storage does
        // not grow with the line (it reclaims read bytes; 4× leaves room for its doubling).
        #expect(probe.largestOnEntry <= limit + 1 + chunk, "handler held \(probe.largestOnEntry) bytes")
        #expect(probe.largestStorage <= 4 * (limit + 1 + chunk), "storage grew to \(probe.largestStorage) bytes")
        try Self.write(channel, "\r\n{\"text\": \"hi\"}\r\n".utf8)
        out += try Self.readAll(channel)
        #expect(out == [.tooLong, .line(#"{"text": "hi"}"#)])
        #expect(try channel.finish().isClean)
    }

    /// The same long line in one read, with more lines behind it in that read.
    @Test func tooLongInOneReadWithLinesBehind() throws {
        let channel = try Self.channel(limit: 8)
        try Self.write(channel, Array("before\n".utf8) + [UInt8](repeating: 0x41, count: 5000) + Array("\nafter\n".utf8))
        #expect(try Self.readAll(channel) == [.line("before"), .tooLong, .line("after")])
        #expect(try channel.finish().isClean)
    }

    // MARK: - EOF

    private static func closeInput(_ channel: EmbeddedChannel) {
        channel.pipeline.fireUserInboundEventTriggered(ChannelEvent.inputClosed)
    }

    @Test func eofEmitsThePartialLastLine() throws {
        let channel = try Self.channel(limit: 32)
        try Self.write(channel, "done\nno newline".utf8)
        #expect(try Self.readAll(channel) == [.line("done")])
        Self.closeInput(channel)
        #expect(try Self.readAll(channel) == [.line("no newline")])
        #expect(try channel.finish().isClean)
    }

    @Test func eofSplitsMultiByteLastLine() throws {
        let channel = try Self.channel(limit: 32)
        let bytes = Array("最后一行".utf8)
        for byte in bytes { try Self.write(channel, [byte]) }
        Self.closeInput(channel)
        #expect(try Self.readAll(channel) == [.line("最后一行")])
        #expect(try channel.finish().isClean)
    }

    @Test func eofAfterANewlineEmitsNothingMore() throws {
        let channel = try Self.channel(limit: 32)
        try Self.write(channel, "whole\n".utf8)
        Self.closeInput(channel)
        #expect(try Self.readAll(channel) == [.line("whole")])
        #expect(try channel.finish().isClean)
    }

    @Test func eofOnAPartialLineOverTheLimit() throws {
        // Over the limit but not yet dropped (limit + 1 bytes may still end in \r): one .tooLong.
        let channel = try Self.channel(limit: 4)
        try Self.write(channel, "abcde".utf8)
        #expect(try Self.readAll(channel) == [])
        Self.closeInput(channel)
        #expect(try Self.readAll(channel) == [.tooLong])
        #expect(try channel.finish().isClean)
    }

    @Test func eofWhileDroppingALongLineReportsItOnce() throws {
        let channel = try Self.channel(limit: 4)
        try Self.write(channel, "ok\n0123456789".utf8)
        try Self.write(channel, "0123456789".utf8)
        #expect(try Self.readAll(channel) == [.line("ok"), .tooLong])
        Self.closeInput(channel)
        #expect(try Self.readAll(channel) == [])
        #expect(try channel.finish().isClean)
    }

    @Test func closingTheChannelAlsoFlushesTheLastLine() throws {
        // Without a half-close first: channelInactive runs decodeLast too.
        let channel = try Self.channel(limit: 32)
        try Self.write(channel, "tail".utf8)
        guard case .leftOvers(let inbound, _, _) = try channel.finish() else {
            Issue.record("the last line did not come out at close")
            return
        }
        #expect(inbound.count == 1)
    }
}
