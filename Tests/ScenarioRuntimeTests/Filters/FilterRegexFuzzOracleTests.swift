import Foundation
import OracleSupport
import ScenarioRuntime
import SpecModel
import Testing

/// Random BREs and EREs, the same every run, through `grep -o`, `grep -c`, `grep -ow`,
/// `grep -oi`, `grep -cx` and `sed 's/RE/<&>/g'` against the real tools.
///
/// The real tools' runs of all cases go in one batch (`OracleTable`), each a process of its
/// own. The grammar leaves out what is known to differ (see `KnownDifferenceTests`): alternatives
/// and anchors inside groups.
@Suite struct FilterRegexFuzzOracleTests {
  /// A small deterministic generator (SplitMix64).
  struct Generator {
    var state: UInt64

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }

    mutating func chance(_ outOf: UInt64) -> Bool { next() % outOf == 0 }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
  }

  static let sharedAtoms = [
    "a", "b", "c", ".", "[ab]", "[^a]", "[[:alpha:]]", "\\w", "\\W", "\\b", "\\<", "\\>", "é",
    " ", "[a-c]", "\\.", "x", "[[:space:]]", "[]a-]", "\\s", "\\S", "É", "A", "[[:upper:]]",
  ]
  static let topLevelAtoms = ["^", "$"]
  static let basicAtoms = ["*", "+", "?", "(", ")", "{", "|", "\\B"]
  static let extendedRepetitions = ["*", "+", "?", "{2}", "{1,2}", "{,2}"]
  static let basicRepetitions = ["*", "\\+", "\\?", "\\{2\\}", "\\{1,2\\}"]

  static func expression(_ generator: inout Generator, extended: Bool, depth: Int = 0)
    -> String
  {
    var atoms = sharedAtoms + (extended ? [] : basicAtoms)
    if depth == 0 { atoms += topLevelAtoms }
    var text = ""
    for _ in 0..<(1 + Int(generator.next() % 4)) {
      var atom = generator.pick(atoms)
      if depth < 2 && generator.chance(6) {
        let inner = expression(&generator, extended: extended, depth: depth + 1)
        atom = extended ? "(\(inner))" : "\\(\(inner)\\)"
      }
      text += atom
      if generator.chance(3) {
        text += generator.pick(extended ? extendedRepetitions : basicRepetitions)
      }
      if depth == 0 && generator.chance(12) {
        text += extended ? "|" : "\\|"
      }
    }
    return text
  }

  static let input = Array(
    "abc abcab\nba cab é ab\n\nxaa.b a\nbbb   ccc\naé b\nAbC ÉCOLE école\n]a-b a|b\nab".utf8)

  struct Case: CustomTestStringConvertible, Sendable {
    var pattern: String
    var extended: Bool
    var testDescription: String { (extended ? "-E " : "") + pattern }
  }

  static let cases: [Case] = {
    var generator = Generator(state: 20_260_101)
    return (0..<500).map { index in
      let extended = index % 2 == 0
      return Case(pattern: expression(&generator, extended: extended), extended: extended)
    }
  }()

  static let flagSets: [(String, @Sendable (inout GrepInvocation) -> Void)] = [
    ("-o", { $0.onlyMatching = true }),
    ("-c", { $0.count = true }),
    (
      "-ow",
      {
        $0.onlyMatching = true
        $0.wholeWord = true
      }
    ),
    (
      "-oi",
      {
        $0.onlyMatching = true
        $0.ignoreCase = true
      }
    ),
    (
      "-cx",
      {
        $0.count = true
        $0.wholeLine = true
      }
    ),
  ]

  @Test(
    .enabled(
      if: ToolOracle.isAvailable("/bin/grep") && ToolOracle.isAvailable("/bin/sed"),
      "grep or sed is missing: regex fuzz oracle skipped"),
    arguments: cases)
  func pattern(_ fuzzCase: Case) async throws {
    try await Self.compare(fuzzCase)
  }

  /// `grep FLAGS -- PATTERN` of each flag set.
  static func grepCommand(_ fuzzCase: Case, flags: String) -> [String] {
    ["/bin/grep", flags + (fuzzCase.extended ? "E" : ""), "--", fuzzCase.pattern]
  }

  /// Whether the case's `sed` substitution ignores case (`s/…/…/gI`).
  static func sedIgnoresCase(_ fuzzCase: Case) -> Bool { fuzzCase.pattern.count % 3 == 0 }

  /// `sed [-E] 's/PATTERN/<&>/g[I]'`.
  static func sedCommand(_ fuzzCase: Case) -> [String] {
    let script =
      "s/" + fuzzCase.pattern.replacingOccurrences(of: "/", with: "\\/") + "/<&>/g"
      + (sedIgnoresCase(fuzzCase) ? "I" : "")
    return ["/bin/sed"] + (fuzzCase.extended ? ["-E"] : []) + [script]
  }

  /// The real grep and sed runs of every case, in one batch.
  static let table = OracleTable(
    cases.flatMap { fuzzCase in
      (flagSets.map { grepCommand(fuzzCase, flags: $0.0) } + [sedCommand(fuzzCase)]).map {
        ProcessOracleBatch.Invocation($0, stdin: input)
      }
    })

  static func compare(_ fuzzCase: Case) async throws {
    for (flags, configure) in flagSets {
      var grep = GrepInvocation(pattern: Template(literal: fuzzCase.pattern))
      grep.syntax = fuzzCase.extended ? .extended : .basic
      configure(&grep)
      let command = grepCommand(fuzzCase, flags: flags)
      let expected = try await table.outcome(.init(command, stdin: input))
      let actual = try runFilter(.grep(grep), input)
      #expect(
        actual.output == expected.stdout && actual.status == expected.status
          && actual.stderr == expected.stderr,
        "grep \(flags): \(text(actual.output).debugDescription) \(actual.status) ≠ \(text(expected.stdout).debugDescription) \(expected.status) \(text(expected.stderr))"
      )
    }
    let substitution = SedSubstitution(
      pattern: fuzzCase.pattern, replacement: "<&>", global: true, extended: fuzzCase.extended,
      ignoreCase: sedIgnoresCase(fuzzCase))
    let expected = try await table.outcome(.init(sedCommand(fuzzCase), stdin: input))
    let actual = try runFilter(.substitute(substitution), input)
    #expect(
      actual.output == expected.stdout && actual.status == expected.status,
      "sed: \(text(actual.output).debugDescription) \(actual.status) \(text(actual.stderr)) ≠ \(text(expected.stdout).debugDescription) \(expected.status) \(text(expected.stderr))"
    )
  }
}
