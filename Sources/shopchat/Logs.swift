import Logging

/// Logs go to stderr in every mode: stdout carries replies (pipe, JSON Lines) and must stay
/// byte-for-byte the protocol's.
enum Logs {
    static func start(level: Logger.Level) {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
