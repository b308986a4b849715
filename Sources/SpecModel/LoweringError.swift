/// A construct the compiler could not lower, at its position: why a scenario, or a setup
/// function or statement, is unsupported. `line` is relative to the owning heading, as step
/// lines are; `column` is the markdown column.
public struct LoweringError: Codable, Equatable, Hashable, Sendable {
  public var line: Int
  public var column: Int
  public var message: String

  public init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }
}

/// A function a setup block defines but that could not be lowered (or that calls one that could
/// not): the scenarios calling it are unsupported, the others run with the rest of the setup.
public struct UnsupportedFunction: Codable, Equatable, Hashable, Sendable {
  public var name: String
  /// The line of its definition, relative to the environment's heading.
  public var line: Int
  public var unsupported: [LoweringError]

  public init(name: String, line: Int, unsupported: [LoweringError]) {
    self.name = name
    self.line = line
    self.unsupported = unsupported
  }
}
