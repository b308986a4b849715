/// `head -n COUNT`, `head -c COUNT`, `tail -n COUNT`, `tail -c COUNT` whose count is only known
/// at run time (`head -n "$N"`) or has a form the fixed line and byte ranges do not express
/// (`head -n -2`, `tail -c 5`, `1K`). The count is the text the command receives: a leading
/// `-` (head: all but the last) or `+` (tail: from that one on), digits, and an optional
/// multiplier suffix, as coreutils reads it.
public struct HeadTailCount: Codable, Equatable, Hashable, Sendable {
  public enum Unit: String, Codable, Equatable, Hashable, Sendable {
    case lines, bytes
  }

  public var unit: Unit
  public var count: Template

  public init(unit: Unit, count: Template) {
    self.unit = unit
    self.count = count
  }
}
