/// A program or command line awk refuses, with the position in the program text (1-based line
/// and column, in bytes) when the error is in the program.
public struct AwkError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Kind: String, Codable, Equatable, Sendable {
    /// The program text is not awk.
    case syntax
    /// Valid awk this implementation does not run (pipes, `system`, `-f`).
    case unsupported
    /// A bad command line (missing program, bad `-v`).
    case usage
  }

  public var kind: Kind
  public var line: Int?
  public var column: Int?
  public var message: String

  public init(_ kind: Kind, _ message: String, line: Int? = nil, column: Int? = nil) {
    self.kind = kind
    self.message = message
    self.line = line
    self.column = column
  }

  /// `line:column: message`, or the message alone.
  public var description: String {
    guard let line, let column else { return message }
    return "\(line):\(column): \(message)"
  }
}

/// An error while the program runs (awk reports it and exits with status 2).
struct AwkRuntimeError: Error {
  var message: String
  /// Printed as `awk: message`, without `run time error:` (a file operand that cannot be
  /// opened).
  var plain = false
  init(_ message: String, plain: Bool = false) {
    self.message = message
    self.plain = plain
  }
}
