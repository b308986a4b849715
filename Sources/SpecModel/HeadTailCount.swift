/// `head -n COUNT`, `head -c COUNT`, `tail -n COUNT`, `tail -c COUNT` whose count is only known
/// at run time (`head -n "$N"`) or has a form the fixed line and byte ranges do not express
/// (`head -n -2`, `tail -c 5`, `1K`). The count is the text the command receives: a leading
/// `-` (head: all but the last) or `+` (tail: from that one on), digits, and an optional
/// multiplier suffix, as coreutils reads it. Also any `head`/`tail` with file operands
/// (`head -n 1 FILE`): the command opens them itself, with its messages and its
/// `==> NAME <==` headers for several files.
public struct HeadTailCount: Codable, Equatable, Hashable, Sendable {
  public enum Unit: String, Codable, Equatable, Hashable, Sendable {
    case lines, bytes
  }

  public var unit: Unit
  public var count: Template
  /// File operands, in order (`-` is standard input); none reads standard input.
  public var files: [Template]

  public init(unit: Unit, count: Template, files: [Template] = []) {
    self.unit = unit
    self.count = count
    self.files = files
  }

  enum CodingKeys: String, CodingKey { case unit, count, files }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    unit = try c.decode(Unit.self, forKey: .unit)
    count = try c.decode(Template.self, forKey: .count)
    files = try c.decodeIfPresent([Template].self, forKey: .files) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(unit, forKey: .unit)
    try c.encode(count, forKey: .count)
    if !files.isEmpty { try c.encode(files, forKey: .files) }
  }
}
