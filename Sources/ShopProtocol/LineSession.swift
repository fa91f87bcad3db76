import ShopConversation

/// Runs the JSON Lines protocol over a conversation: a line in, the reply lines out. Used by the
/// stdio front; the TCP server adds auth, limits and pushes around the same steps.
public struct LineSession {
    public let conversation: Conversation
    public var lineLimit: Int

    public init(conversation: Conversation, lineLimit: Int = JSONLines.defaultLineLimit) {
        self.conversation = conversation
        self.lineLimit = lineLimit
    }

    /// The reply to one line, and whether the front should stop (after `/quit`).
    public nonisolated(nonsending) func answer(_ line: some Collection<UInt8>) async -> (line: String, quit: Bool) {
        switch JSONLines.decode(line, limit: lineLimit) {
        case .failure(let error, let id):
            return (JSONLines.encode(error, id: id), false)
        case .hello(_, let id):
            // On stdio the process's flags decide who the client is; a hello only says so.
            return (JSONLines.encodeHello(operator: conversation.allowsOperatorCommands, id: id), false)
        case .request(let request):
            let reply = await conversation.handle(request)
            return (JSONLines.encode(reply, id: request.id), reply.quit)
        }
    }
}
