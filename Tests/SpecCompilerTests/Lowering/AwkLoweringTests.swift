import SpecModel
import Testing

@testable import SpecCompiler

@Suite struct AwkLoweringTests {
  @Test func programAloneFiltersStandardInput() {
    #expect(
      Lowered.pipeline("printf 'a b\\n' | awk '{ print $2 }'")?.filters == [
        .awk(AwkCall(program: "{ print $2 }"))
      ])
  }

  @Test func optionsAndOperandsAreWordsForRunTime() {
    let pipeline = Lowered.pipeline(
      "awk -F, -v id=\"$ID\" -vn=2 -- '$1 == id { print $n }' \"$DIR/rows.csv\" x=1")
    #expect(
      pipeline?.filters == [
        .awk(
          AwkCall(
            program: "$1 == id { print $n }", fieldSeparator: ",",
            assignments: [
              AwkAssignmentWord(name: "id", value: Template([.variable("ID")])),
              AwkAssignmentWord(name: "n", value: "2"),
            ],
            operands: [Template([.variable("DIR"), .literal("/rows.csv")]), "x=1"]))
      ])
    #expect(pipeline?.source == .empty)
  }

  @Test func separatorMayBeAVariable() {
    #expect(
      Lowered.pipeline("printf 'a\\n' | awk -F \"$SEP\" '{ print $1 }'")?.filters == [
        .awk(AwkCall(program: "{ print $1 }", fieldSeparator: Template([.variable("SEP")])))
      ])
  }

  /// A program awk rejects is an error where it is wrong in the markdown (the block's first
  /// line is line 10 of the test document).
  @Test(arguments: [
    ("printf 'a\\n' | awk '{ print $1 '", "doc.md:10:"),
    ("printf 'a\\n' | awk '\n{ x = 1 +\n}'", "doc.md:11:10:"),
    ("printf 'a\\n' | awk 'BEGIN { getline x < }'", "doc.md:10:"),
  ])
  func badProgramIsPositioned(_ bash: String, _ prefix: String) {
    let (_, diagnostics) = Lowered.steps(bash)
    #expect(diagnostics.count == 1, "\(diagnostics)")
    #expect(diagnostics.first?.hasPrefix(prefix) == true, "\(diagnostics)")
    #expect(diagnostics.first?.contains("error: awk: ") == true, "\(diagnostics)")
  }

  @Test func syntaxErrorColumnPointsIntoTheQuotedProgram() {
    // `awk '` starts at column 17; the program's `}` (column 6 of the program) is missing, and
    // the parser reports the end of the text.
    let (_, diagnostics) = Lowered.steps("printf 'a\\n' | awk 'BEGIN { x = ( }'")
    let column = diagnostics.first.flatMap { Int($0.split(separator: ":")[2]) }
    #expect(column.map { $0 > 21 && $0 <= 21 + 15 } == true, "\(diagnostics)")
  }

  @Test(arguments: [
    ("awk -f prog.awk", "awk option '-f' is not supported"),
    ("awk -W version '{ print }'", "awk option '-W' is not supported"),
    ("awk --posix '{ print }'", "awk option '--posix' is not supported"),
    ("awk", "awk without a program"),
    ("awk -F", "awk option needs a value"),
    ("awk -v 1x=2 '{ print }'", "awk -v takes name=value with a literal name"),
    ("awk -v \"$A=2\" '{ print }'", "awk -v takes name=value with a literal name"),
    ("awk \"{ print $N }\"", "awk program must be literal text"),
    ("awk 'BEGIN { print ENVIRON[\"HOME\"] }'", "awk ENVIRON is not supported"),
    ("awk '{ print | \"sort\" }'", "error: awk: "),
    ("awk 'BEGIN { system(\"true\") }'", "error: awk: "),
  ])
  func unsupportedFormsAreDiagnostics(_ command: String, _ message: String) {
    let (steps, diagnostics) = Lowered.steps("printf 'a\\n' | " + command)
    #expect(steps.isEmpty)
    #expect(diagnostics.contains { $0.contains(message) }, "\(diagnostics)")
  }
}

extension AwkLoweringTests {
  /// Standard input is read unless file operands replace it or the program is only `BEGIN`.
  @Test(arguments: [
    ("awk '{ print }' a.txt", false),
    ("awk 'BEGIN { print 1 }'", false),
    ("printf 'x\\n' | awk '{ print }' n=1", true),
    ("printf 'x\\n' | awk '{ print }' a.txt -", true),
    ("printf 'x\\n' | awk 'END { print NR }'", true),
  ])
  func standardInputIsReadOnlyWithoutFiles(_ bash: String, _ piped: Bool) {
    let pipeline = Lowered.pipeline(bash)
    #expect(pipeline != nil)
    #expect((pipeline?.source != .empty) == piped)
  }

  @Test func fileOperandAfterAPipeIsADiagnostic() {
    let kinds = Lowered.kinds("printf 'x\\n' | awk '{ print }' a.txt")
    #expect(kinds.contains(LoweringDiagnostic.readsFileAfterPipe(command: "awk").id))
  }
}
