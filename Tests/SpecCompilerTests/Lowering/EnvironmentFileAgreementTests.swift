import Shell
import SpecCompiler
import SpecModel
import Testing

/// An assignment read from an environment file at run time (`EnvironmentFileParser`) and the
/// same line written in a bash block and lowered by the compiler give the same template: both
/// remove quotes with `BashQuoteRemoval` after the same bash parser split the words.
@Suite struct EnvironmentFileAgreementTests {
  static let lines: [String] = [
    "X=plain",
    "X='single quoted $HOME \\ \"x\"'",
    #"X="double \"quoted\" \$dollar \\ back \` tick""#,
    #"X=unquoted\ space\$x\\y"#,
    #"X="$HOME/sub ${USER}""#,
    "X=${MISSING:-fallback value}",
    #"X='it'"'"'s'"#,
    "X=$'tab\\there\\x41'",
    ##"X="a#b"#c"##,
    "X=",
    #"X="""#,
    #"X="back\\slash""#,
    "X=\"multi\nline\"",
  ]

  @Test(arguments: lines) func runtimeAndCompilerAgree(_ line: String) throws {
    let entries = EnvironmentFileParser.parse(line + "\n")
    guard case .assign(let name, let runtime, _)? = entries.first, entries.count == 1 else {
      Issue.record("environment file entries: \(entries)")
      return
    }
    #expect(name == "X")
    let markdown = "# T\n\n## Checks\n\n### S01 Probe\n\nDoes.\n\n```bash\n\(line)\n```\n"
    let output = DocumentCompiler.compile(markdown: markdown, file: "doc.md")
    let scenario = try #require(output.compiled?.scenarios.first, "\(output.diagnostics)")
    guard case .assign(let assignment)? = scenario.steps.first?.action else {
      Issue.record("steps: \(scenario.steps)")
      return
    }
    #expect(assignment.value == runtime)
  }

  @Test func exportCommentsAndSeveralAssignments() {
    let entries = EnvironmentFileParser.parse(
      "# comment\nexport A=1 B='two words' # trailing\nexport C\nD=4; E=5\n")
    #expect(
      entries == [
        .assign(name: "A", value: "1", line: 2),
        .assign(name: "B", value: "two words", line: 2),
        .export(name: "C", line: 3),
        .assign(name: "D", value: "4", line: 4),
        .assign(name: "E", value: "5", line: 4),
      ])
  }

  @Test func commandsAndUnsupportedValuesAreReported() {
    let entries = EnvironmentFileParser.parse("echo hi\nX=$(date)\nY='unterminated\n")
    #expect(entries.count == 1, "a syntax error stops the file: \(entries)")
    let parsed = EnvironmentFileParser.parse("echo hi\nX=$(date)\n")
    #expect(parsed.first == .command(name: "echo", line: 1))
    guard case .unsupported(_, let line)? = parsed.last else {
      Issue.record("\(parsed)")
      return
    }
    #expect(line == 2)
  }
}
