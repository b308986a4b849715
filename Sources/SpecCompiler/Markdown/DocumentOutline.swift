/// The structure of a spec document that the compiler consumes.
public struct DocumentOutline: Sendable, Equatable {
  /// The first `#` heading, or the file's name without its extension when there is none.
  public var title: String
  /// The line of that heading; 0 when the title comes from the file name.
  public var titleLine: Int
  public var setups: [SetupOutline]
  public var scenarios: [ScenarioOutline]
  /// The items of the lists that follow a `Stateful note:` / `Stateful notes:` paragraph, each
  /// on one line (continuation lines joined with a space), inline markup kept.
  public var statefulNotes: [String]

  public init(
    title: String, titleLine: Int, setups: [SetupOutline], scenarios: [ScenarioOutline],
    statefulNotes: [String]
  ) {
    self.title = title
    self.titleLine = titleLine
    self.setups = setups
    self.scenarios = scenarios
    self.statefulNotes = statefulNotes
  }
}
