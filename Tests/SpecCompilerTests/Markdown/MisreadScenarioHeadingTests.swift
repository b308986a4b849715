import Testing

@testable import SpecCompiler

/// A two-scenario document whose second heading is `heading`; returns S-ids and diagnostics.
private func outline(secondHeading heading: String) -> (ids: [String], diagnostics: [String]) {
  let source = """
    # Doc

    ## 1. Part

    ### S01 First

    Does one.

    ```bash
    echo one
    ```

    \(heading)

    Does two.

    ```bash
    echo two
    ```
    """
  var diagnostics = Diagnostics()
  let document = MarkdownParser.parse(source, file: "doc.md", diagnostics: &diagnostics)
  let outline = OutlineBuilder.build(document, file: "doc.md", diagnostics: &diagnostics)
  return (outline.scenarios.map(\.id), diagnostics.sorted.map(\.description))
}

@Suite struct MisreadScenarioHeadingTests {
  /// Each misread heading is one warning on line 13 that says how it was read, where its block
  /// goes and what to write; S02 is not a scenario.
  @Test(arguments: [
    (
      "#### S02 Second", 1,
      "'#### S02 Second' is a level-4 heading, so S02 is not a scenario; its block joins S01"
    ),
    (
      "## S02 Second", 1,
      "'## S02 Second' is a level-2 heading, so S02 is not a scenario; its block is not run"
    ),
    (
      "###S02 Second", 1,
      "'###S02 Second' is not a heading (no space after the #s), so S02 is not a scenario; "
        + "its block joins S01"
    ),
    (
      "####### S02 Second", 1,
      "'####### S02 Second' is not a heading (more than six #s), so S02 is not a scenario; "
        + "its block joins S01"
    ),
    (
      "    ### S02 Second", 5,
      "'### S02 Second' is not a heading (indented, so read as prose), so S02 is not a "
        + "scenario; its block joins S01"
    ),
    (
      "### S 02 Second", 1,
      "'### S 02 Second' is not a scenario heading (the id has a space inside), so S02 is not "
        + "a scenario; its block is not run"
    ),
    (
      "### s02 Second", 1,
      "'### s02 Second' is not a scenario heading (the id's letter is lower case), so S02 is "
        + "not a scenario; its block is not run"
    ),
    (
      "### S０２ Second", 1,
      "'### S０２ Second' is not a scenario heading (the id's digits are not ASCII digits), so "
        + "S02 is not a scenario; its block is not run"
    ),
    (
      "### S\u{0660}\u{0662} Second", 1,
      "'### S\u{0660}\u{0662} Second' is not a scenario heading (the id's digits are not ASCII "
        + "digits), so S02 is not a scenario; its block is not run"
    ),
    (
      "### **S02** Second", 1,
      "'### **S02** Second' is not a scenario heading (the id is inside inline markup), so S02 "
        + "is not a scenario; its block is not run"
    ),
    (
      "- ### S02 Second", 3,
      "'### S02 Second' is a level-3 heading inside a list item, so S02 is not a scenario; its "
        + "block joins S01"
    ),
    (
      "> ### S02 Second", 3,
      "'### S02 Second' is a level-3 heading inside a block quote, so S02 is not a scenario; "
        + "its block joins S01"
    ),
    (
      "> - ###S02 Second", 5,
      "'###S02 Second' is not a heading (no space after the #s) inside a list item, so S02 is "
        + "not a scenario; its block joins S01"
    ),
    (
      "S02 Second\n---", 1,
      "'S02 Second' is a level-2 heading (underlined with ---), so S02 is not a scenario; its "
        + "block is not run"
    ),
  ])
  func misreadHeadingWarns(_ heading: String, column: Int, reading: String) {
    let (ids, diagnostics) = outline(secondHeading: heading)
    #expect(ids == ["S01"])
    #expect(
      diagnostics == [
        "doc.md:13:\(column): warning: \(reading). Write '### S02 Second'"
      ])
  }

  @Test(arguments: [
    "### Notes", "## 2. Orders", "#### Step 2", "### Summary", "#### Expected output",
    "# S3-compatible storage", "See S01 first.", "## S3a", "- `S1`-`S7` mutate shared state",
    "#hashtag",
    "### S02 Second",
  ])
  func ordinaryHeadingsAndProseDoNotWarn(_ line: String) {
    let (_, diagnostics) = outline(secondHeading: line)
    #expect(diagnostics == [])
  }

  @Test func theSuggestionKeepsATitleOrAsksForOne() {
    let (_, diagnostics) = outline(secondHeading: "#### S2")
    #expect(
      diagnostics == [
        "doc.md:13:1: warning: '#### S2' is a level-4 heading, so S2 is not a scenario; its "
          + "block joins S01. Write '### S2 Title'"
      ])
  }

  @Test func aMisreadHeadingInASetupSectionSaysItsBlockJoinsTheSetup() {
    let source =
      "## Common environment\n\n#### S09 Not here\n\n```bash\nA=1\n```\n\n"
      + "### S01 A\n\n```bash\ntrue\n```\n"
    var diagnostics = Diagnostics()
    let document = MarkdownParser.parse(source, file: "doc.md", diagnostics: &diagnostics)
    _ = OutlineBuilder.build(document, file: "doc.md", diagnostics: &diagnostics)
    #expect(
      diagnostics.all.map(\.description) == [
        "doc.md:3:1: warning: '#### S09 Not here' is a level-4 heading, so S09 is not a "
          + "scenario; its block joins the setup section 'Common environment'. Write "
          + "'### S09 Not here'"
      ])
  }

  @Test func aQuotedBashBlockInAScenarioIsAWarning() {
    let (ids, diagnostics) = outline(secondHeading: "> ```bash\n> echo quoted\n> ```")
    #expect(ids == ["S01"])
    #expect(
      diagnostics == [
        "doc.md:13:3: warning: this bash block is inside a block quote, so it is not part of "
          + "S01 and is not run; remove the '>' markers to run it"
      ])
  }

  @Test func quotedTextIsOneLineAndBounded() {
    #expect(MisreadScenarioHeadings.quoted("a\u{0}b\rc") == "'a\\u{0}b\\u{d}c'")
    let long = MisreadScenarioHeadings.quoted(String(repeating: "x", count: 500))
    #expect(long == "'" + String(repeating: "x", count: 80) + "…'")
  }
}

@Suite struct DocumentWithoutScenariosTests {
  @Test(arguments: [
    ("", "the document is empty"),
    ("\n\n", "the document is empty"),
    ("# Title\n\nJust prose.\n", "the document has no scenario"),
    ("# Title\n\n#### S01 Too deep\n\n```bash\ntrue\n```\n", "the document has no scenario"),
  ])
  func isAnErrorAtLineOne(_ source: String, message: String) {
    let output = DocumentCompiler.compile(markdown: source, file: "doc.md")
    #expect(output.compiled == nil)
    #expect(
      output.diagnostics.first?.description
        == "doc.md:1:1: error: \(message): a scenario is a '### S01 Title' heading followed by "
        + "a ```bash block")
  }
}

@Suite struct StrictCompilationTests {
  static let document = "# T\n\n### S01 A\n\n```bash\ntrue\n```\n\n#### S02 B\n"

  @Test func warningsDoNotStopCompilation() {
    let output = DocumentCompiler.compile(markdown: Self.document, file: "doc.md")
    #expect(output.compiled?.scenarios.map(\.id) == ["S01"])
    #expect(output.diagnostics.map(\.severity) == [.warning])
  }

  @Test func strictMakesThemErrors() {
    let output = DocumentCompiler.compile(
      markdown: Self.document, file: "doc.md", options: CompilerOptions(strict: true))
    #expect(output.compiled == nil)
    #expect(output.diagnostics.map(\.severity) == [.error])
    #expect(output.diagnostics[0].description.hasPrefix("doc.md:9:1: error: '#### S02 B' is"))
  }
}

@Suite struct ScenarioLookalikeTests {
  @Test(arguments: [
    ("S02 Title", "S02", "Title", [ScenarioLookalike.Flaw]()),
    ("s7", "S7", "", [.lowerCasePrefix]),
    ("S - 12: Title", "S12", "Title", [.spaceInID]),
    ("S\u{FF11}\u{FF10} T", "S10", "T", [.nonASCIIDigits]),
    ("`S3` T", "S3", "T", [.markup]),
    ("S3) T", "S3", "T", []),
  ])
  func readsIDsAsAPersonWould(
    _ text: String, id: String, title: String, flaws: [ScenarioLookalike.Flaw]
  ) {
    #expect(
      ScenarioIDPattern().lookalike(text)
        == ScenarioLookalike(id: id, title: title, flaws: flaws))
  }

  @Test(arguments: [
    "Summary", "Step 2", "Notes", "2. Orders", "S3-compatible", "S3a", "S", "SS2 x", "", "S3:x",
  ])
  func wordsAreNotIDs(_ text: String) {
    #expect(ScenarioIDPattern().lookalike(text) == nil)
  }

  @Test func anotherPrefixIsReadTheSameWay() {
    #expect(ScenarioIDPattern(prefix: "TC").lookalike("tc 4 x")?.id == "TC4")
  }
}
