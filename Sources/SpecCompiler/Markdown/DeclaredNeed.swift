/// A scenario id named on a `Needs:` / `Depends on:` line, with the position of the id (its
/// first character, inside backticks when quoted).
public struct DeclaredNeed: Sendable, Equatable {
  public var id: String
  public var line: Int
  public var column: Int

  public init(id: String, line: Int, column: Int) {
    self.id = id
    self.line = line
    self.column = column
  }
}
