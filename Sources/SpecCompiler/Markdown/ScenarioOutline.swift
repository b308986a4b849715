/// A scenario: a `### S<digits> Title` heading and what follows it up to the next heading of
/// level 3 or less.
public struct ScenarioOutline: Sendable, Equatable {
  /// `S07`, as written.
  public var id: String
  /// The rest of the heading, trimmed, inline markup kept as written.
  public var title: String
  /// Position of the heading's text, that is of the id.
  public var headingLine: Int
  public var headingColumn: Int
  /// The text of the nearest preceding `##` heading, if any since the last `#` heading.
  public var section: String?
  /// The paragraphs and lists between the heading and the first code block: paragraphs as
  /// written (lines trimmed, joined with `\n`), list items as `- text` lines; parts are
  /// separated by a blank line.
  public var description: String
  public var declaredNeeds: [DeclaredNeed]
  /// The shell blocks of the scenario in order.
  public var blocks: [CodeBlock]

  public init(
    id: String, title: String, headingLine: Int, headingColumn: Int, section: String?,
    description: String, declaredNeeds: [DeclaredNeed], blocks: [CodeBlock]
  ) {
    self.id = id
    self.title = title
    self.headingLine = headingLine
    self.headingColumn = headingColumn
    self.section = section
    self.description = description
    self.declaredNeeds = declaredNeeds
    self.blocks = blocks
  }
}
