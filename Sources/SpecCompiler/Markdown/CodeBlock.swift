/// A shell block of a setup section or a scenario.
public struct CodeBlock: Sendable, Equatable {
  /// The info string's first word as written (`bash`, `sh`, `shell`).
  public var language: String
  /// The content lines, each followed by `\n`.
  public var code: String
  /// The line of the opening fence.
  public var fenceLine: Int
  /// The markdown line of the first code line.
  public var firstLine: Int
  /// The markdown column (1-based) where code text starts: bash position (l, c) is markdown
  /// position (firstLine + l - 1, column + c - 1).
  public var column: Int

  public init(language: String, code: String, fenceLine: Int, firstLine: Int, column: Int) {
    self.language = language
    self.code = code
    self.fenceLine = fenceLine
    self.firstLine = firstLine
    self.column = column
  }
}
