import Testing

@testable import SpecCompiler

/// Parses and outlines `source` as `file`; returns the outline and the sorted diagnostics.
private func outline(
  _ source: String, file: String = "doc.md", options: OutlineOptions = OutlineOptions()
) -> (DocumentOutline, [String]) {
  var diagnostics = Diagnostics()
  let document = MarkdownParser.parse(source, file: file, diagnostics: &diagnostics)
  let outline = OutlineBuilder.build(
    document, file: file, options: options, diagnostics: &diagnostics)
  return (outline, diagnostics.sorted.map(\.description))
}

@Suite struct OutlineBuilderTests {
  static let matrix = """
    # Release Matrix

    Intro paragraph.

    ## Recommended runner

    ```bash
    ./run.sh --list
    ```

    Stateful note:

    - `S1`-`S7` mutate shared
      aliases and files
    - S100 is self-contained

    ## Common environment

    Prose before.

    ```bash
    export A=1
    ```

    More prose.

      ```sh
      export B=2
      ```

    ## Auth-enabled runtime environment

    ```bash
    source .env
    ```

    ## 1. Basics

    ### S1 First `thing`

    Checks the first thing.
    Second line.

    - bullet one
    - bullet two

    ```bash
    curl one
    ```

    ### S07 Second

    Needs: S1

    ```bash
    curl two
    ```

    ```json
    {"not": "shell"}
    ```

    ## 2. More

    ### S100 Hundredth

    Needs S1 and `S07`.

    ```shell
    curl hundred
    ```

    #### Notes inside the scenario

    ```bash
    curl more
    ```

    ### S207 Last
    Depends on: S100, S1

    ```bash
    curl last
    ```
    """

  @Test func titleSetupsAndScenarios() {
    let (result, diagnostics) = outline(Self.matrix)
    #expect(diagnostics.isEmpty)
    #expect(result.title == "Release Matrix")
    #expect(result.titleLine == 1)
    #expect(
      result.setups == [
        SetupOutline(
          title: "Common environment", headingLine: 17,
          blocks: [
            CodeBlock(
              language: "bash", code: "export A=1\n", fenceLine: 21, firstLine: 22, column: 1),
            CodeBlock(
              language: "sh", code: "export B=2\n", fenceLine: 27, firstLine: 28, column: 3),
          ]),
        SetupOutline(
          title: "Auth-enabled runtime environment", headingLine: 31,
          blocks: [
            CodeBlock(
              language: "bash", code: "source .env\n", fenceLine: 33, firstLine: 34, column: 1)
          ]),
      ])
    #expect(
      result.scenarios == [
        ScenarioOutline(
          id: "S1", title: "First `thing`", headingLine: 39, headingColumn: 5,
          section: "1. Basics",
          description: "Checks the first thing.\nSecond line.\n\n- bullet one\n- bullet two",
          declaredNeeds: [],
          blocks: [
            CodeBlock(language: "bash", code: "curl one\n", fenceLine: 47, firstLine: 48, column: 1)
          ]),
        ScenarioOutline(
          id: "S07", title: "Second", headingLine: 51, headingColumn: 5, section: "1. Basics",
          description: "Needs: S1", declaredNeeds: [DeclaredNeed(id: "S1", line: 53, column: 8)],
          blocks: [
            CodeBlock(language: "bash", code: "curl two\n", fenceLine: 55, firstLine: 56, column: 1)
          ]),
        ScenarioOutline(
          id: "S100", title: "Hundredth", headingLine: 65, headingColumn: 5, section: "2. More",
          description: "Needs S1 and `S07`.",
          declaredNeeds: [
            DeclaredNeed(id: "S1", line: 67, column: 7),
            DeclaredNeed(id: "S07", line: 67, column: 15),
          ],
          blocks: [
            CodeBlock(
              language: "shell", code: "curl hundred\n", fenceLine: 69, firstLine: 70, column: 1),
            CodeBlock(
              language: "bash", code: "curl more\n", fenceLine: 75, firstLine: 76, column: 1),
          ]),
        ScenarioOutline(
          id: "S207", title: "Last", headingLine: 79, headingColumn: 5, section: "2. More",
          description: "Depends on: S100, S1",
          declaredNeeds: [
            DeclaredNeed(id: "S100", line: 80, column: 13),
            DeclaredNeed(id: "S1", line: 80, column: 19),
          ],
          blocks: [
            CodeBlock(
              language: "bash", code: "curl last\n", fenceLine: 82, firstLine: 83, column: 1)
          ]),
      ])
    #expect(
      result.statefulNotes == [
        "`S1`-`S7` mutate shared aliases and files", "S100 is self-contained",
      ])
  }

  @Test func setupSectionsFromOptions() {
    let source = """
      # Spec

      ## common environment

      ```bash
      echo not setup here
      ```

      ## `Prepare`  stuff

      Text.

      ### Details

      ```bash
      export X=1
      ```

      ```console
      $ not a shell block
      ```

      - ```sh
        export Y=2
        ```

      ### S1 Check

      ```bash
      echo "$X"
      ```
      """
    let options = OutlineOptions(setupSections: [" prepare STUFF "])
    let (result, diagnostics) = outline(source, options: options)
    #expect(diagnostics.isEmpty)
    #expect(
      result.setups == [
        SetupOutline(
          title: "`Prepare`  stuff", headingLine: 9,
          blocks: [
            CodeBlock(
              language: "bash", code: "export X=1\n", fenceLine: 15, firstLine: 16, column: 1),
            CodeBlock(
              language: "sh", code: "export Y=2\n", fenceLine: 23, firstLine: 24, column: 3),
          ])
      ])
    #expect(result.scenarios.map(\.id) == ["S1"])
    #expect(result.scenarios[0].section == "`Prepare`  stuff")
    #expect(result.scenarios[0].blocks.map(\.fenceLine) == [29])
  }

  @Test func structuralErrors() {
    let source = """
      ## 1. Section

      ### S3

      ```bash
      true
      ```

      ### S1a Bad id

      ### S1 One

      Needs: S1, S9, S2b

      ```bash
      true
      ```

      ### S2 Two
      Text only, no block.

      ```json
      {}
      ```

      ### S1 Again

      - Depends on: `S4`

      ```sh
      true
      ```

      ### S4 Four

      ```bash
      true
      ```
      """
    let (result, diagnostics) = outline(source, file: "specs/my-spec.md")
    #expect(result.title == "my-spec")
    #expect(result.titleLine == 0)
    #expect(result.scenarios.map(\.id) == ["S1", "S2", "S1", "S4"])
    #expect(result.scenarios[1].blocks.isEmpty)
    #expect(result.scenarios[1].description == "Text only, no block.")
    #expect(
      diagnostics == [
        "specs/my-spec.md:3:5: error: scenario heading 'S3' has no title",
        "specs/my-spec.md:9:5: error: invalid scenario id 'S1a': expected S followed by digits, "
          + "a space and a title",
        "specs/my-spec.md:13:8: error: S1 needs itself",
        "specs/my-spec.md:13:12: error: S1 needs unknown scenario S9",
        "specs/my-spec.md:13:16: error: invalid scenario id 'S2b' in a needs line",
        "specs/my-spec.md:19:5: error: S2 has no bash block",
        "specs/my-spec.md:26:5: error: duplicate scenario id S1 (first used at line 11)",
        "specs/my-spec.md:28:16: error: S1 needs S4, which comes later (line 34); a scenario can "
          + "only need earlier ones",
      ])
  }

  @Test func statefulNotesVariants() {
    let source = """
      **Stateful notes:**
      1. first
         continued
      2. second

      stateful note:

      Not a list.

      > Stateful note:
      > - quoted
      """
    let (result, _) = outline(source)
    #expect(result.statefulNotes == ["first continued", "second", "quoted"])
    #expect(result.scenarios.isEmpty && result.setups.isEmpty)
  }

  @Test func headingsEndScenariosAndSections() {
    let source = """
      # First title
      ### S1 Before any section
      ```bash
      a
      ```
      ## Section
      ### Not a scenario
      ```bash
      ignored
      ```
      # Second title
      ### S2 After
      ```bash
      b
      ```
      """
    let (result, diagnostics) = outline(source)
    #expect(diagnostics.isEmpty)
    #expect(result.title == "First title")
    #expect(result.scenarios.map(\.section) == [nil, nil])
    #expect(result.scenarios.map { $0.blocks.map(\.code) } == [["a\n"], ["b\n"]])
  }
}

@Suite struct OutlineScenarioIDPatternTests {
  @Test func headingMatches() {
    let pattern = ScenarioIDPattern()
    #expect(pattern.matchHeading("S1 x") == .scenario(id: "S1", title: "x"))
    #expect(
      pattern.matchHeading("S07\t Title `code`  ") == .scenario(id: "S07", title: "Title `code`"))
    #expect(pattern.matchHeading("S100") == .missingTitle(id: "S100"))
    #expect(pattern.matchHeading("S1a b") == .invalidID(token: "S1a"))
    #expect(pattern.matchHeading("S3: Title") == .invalidID(token: "S3:"))
    #expect(pattern.matchHeading("Summary") == .notScenario)
    #expect(pattern.matchHeading("S") == .notScenario)
    #expect(pattern.matchHeading("s1 lower") == .notScenario)
    #expect(
      ScenarioIDPattern(prefix: "TC-").matchHeading("TC-12 Title")
        == .scenario(id: "TC-12", title: "Title"))
  }
}

@Suite struct OutlineNeedsLineScannerTests {
  private func ids(_ text: String) -> [String]? {
    NeedsLineScanner(pattern: ScenarioIDPattern()).scan(text)?.ids.map { "\($0.id)@\($0.offset)" }
  }

  @Test func recognizedForms() {
    #expect(ids("Needs: S35, S64") == ["S35@7", "S64@12"])
    #expect(ids("needs S35 and S64") == ["S35@6", "S64@14"])
    #expect(ids("Depends on: `S13`") == ["S13@13"])
    #expect(ids("DEPENDS   ON S5;S6 & S7") == ["S5@13", "S6@16", "S7@21"])
    #expect(ids("**Needs:** S1.") == ["S1@11"])
    #expect(ids("Needs: S1 (creates the alias), S2") == ["S1@7"])
  }

  @Test func otherLinesAreNotNeedsLines() {
    #expect(ids("Needs an API key") == nil)
    #expect(ids("This needs S1") == nil)
    #expect(ids("NeedsS1") == nil)
    #expect(ids("Dependson S1") == nil)
    #expect(ids("Needs:") == nil)
  }

  @Test func invalidIDsAreReported() {
    let result = NeedsLineScanner(pattern: ScenarioIDPattern()).scan("Needs: S1, `S2x`")
    #expect(result?.ids.map(\.id) == ["S1"])
    #expect(result?.invalid.map(\.token) == ["S2x"])
    #expect(result?.invalid.map(\.offset) == [12])
  }
}
