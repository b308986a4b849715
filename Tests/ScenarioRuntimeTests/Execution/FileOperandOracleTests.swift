import Foundation
import Testing

/// Commands naming files (`jq . FILE`, `grep P A B`, `head -n 1 FILE`, …) against the real
/// tools run by bash: each command opens its own file operands, so a missing file, a directory,
/// several files with the first missing, `-` as standard input and two readable files give the
/// command's own messages, output and status; `CMD < FILE` gives bash's redirection error
/// instead. (`dd` reading a directory is left out: dd's transfer statistics are not
/// reproduced.)
@Suite(.requiresTools("/usr/bin/mawk", "/usr/bin/jq"))
struct FileOperandOracleTests {
  /// The files every case starts with: lines that are JSON strings too, so every command reads
  /// them.
  static let setup =
    "printf '\"l1\"\\n\"l2\"\\n\"l3\"\\n' > good.txt\nprintf '\"o1\"\\n\"l2\"\\n' > other.txt\n"
    + "mkdir dir"

  /// Each command, with `OPERANDS` where its file operands go.
  static let commands = [
    "jq -c . OPERANDS", "jq -r . OPERANDS", "grep l OPERANDS", "grep -c l OPERANDS",
    "grep -q l OPERANDS", "grep -s -n l OPERANDS", "grep -h l OPERANDS",
    "sed -n 1p OPERANDS", "sed -n '2,3p' OPERANDS", "sed 's/l/L/' OPERANDS",
    "sed -n '/l2/p' OPERANDS", "sed -n '$=' OPERANDS", "awk '{ print NR \": \" $0 }' OPERANDS",
    "head -n 1 OPERANDS", "head -c 3 OPERANDS", "tail -n 1 OPERANDS", "tail -n +3 OPERANDS",
    "sort -r OPERANDS", "cut -c2-3 OPERANDS", "wc -l OPERANDS", "wc OPERANDS",
    "sha256sum OPERANDS", "md5sum OPERANDS", "cat OPERANDS", "cat -n OPERANDS",
  ]

  /// The operand lists every command is run with.
  static let operandLists = [
    ("a missing file", "missing.txt"),
    ("a directory", "dir"),
    ("the first of two files missing", "missing.txt good.txt"),
    ("a directory then a file", "dir good.txt"),
    ("two files", "good.txt other.txt"),
    ("- as standard input", "- good.txt"),
  ]

  /// Every command with every operand list.
  static let operandCases: [ShellOracleCase] = commands.flatMap { command in
    operandLists.map { (situation: String, operands: String) -> ShellOracleCase in
      let line = command.replacing("OPERANDS", with: operands)
      let input = operands.hasPrefix("-") ? "printf '\"p1\"\\n\"l9\"\\n' | " : ""
      return ShellOracleCase(
        "\(line) (\(situation))", setup: setup, input + line + " || echo \"rc=$?\"")
    }
  }

  /// `uniq` takes one input file (a second operand is its output).
  static let uniqCases: [ShellOracleCase] = ["uniq -c", "uniq"].flatMap {
    (uniq: String) -> [ShellOracleCase] in
    let named = ["missing.txt", "dir", "good.txt"].map { (operand: String) -> ShellOracleCase in
      ShellOracleCase(
        "\(uniq) \(operand)", setup: setup, "\(uniq) \(operand) || echo \"rc=$?\"")
    }
    let dash = ShellOracleCase(
      "\(uniq) -", setup: setup, "printf 'a\\na\\n' | \(uniq) - || echo \"rc=$?\"")
    return named + [dash]
  }

  /// `CMD < FILE`: bash opens the file, and the command does not run when it cannot.
  static let redirectionCases: [ShellOracleCase] = [
    "jq -c .", "grep l", "sed -n 1p", "head -n 1", "tail -n 1", "sort", "cut -c1", "wc -l",
    "awk 1", "cat",
  ].map { (command: String) -> ShellOracleCase in
    ShellOracleCase(
      "\(command) < missing.txt (bash's message, the command does not run)", setup: setup,
      "\(command) < missing.txt || echo \"rc=$?\"")
  }

  /// `base64` takes one file.
  static let base64Cases: [ShellOracleCase] = ["base64", "base64 -w 8"].flatMap {
    (base64: String) -> [ShellOracleCase] in
    ["missing.txt", "dir", "good.txt", "'m i s'"].map { (operand: String) -> ShellOracleCase in
      ShellOracleCase(
        "\(base64) \(operand)", setup: setup, "\(base64) \(operand) || echo \"rc=$?\"")
    }
  }

  static let otherCases: [ShellOracleCase] = [
    ShellOracleCase(
      "dd if=missing.txt", setup: setup, "dd if=missing.txt bs=1 count=2 || echo \"rc=$?\""),
    ShellOracleCase(
      "$(< FILE) of a missing file", setup: setup, "A=$(< missing.txt)\necho never"),
    ShellOracleCase(
      "$(cat FILE) of a missing file", setup: setup,
      "B=$(cat missing.txt) || echo \"rc=$? [$B]\""),
    ShellOracleCase("$(< DIR) reads nothing", setup: setup, "A=$(< dir)\necho \"[$A]\""),
    ShellOracleCase(
      "cat FILE | jq: cat's message, jq reads nothing", setup: setup,
      "cat missing.txt | jq -c . || echo \"rc=$?\""),
    ShellOracleCase(
      "grep names the binary file that matches", setup: setup,
      "printf 'a\\0b\\n' > bin\ngrep a bin\ngrep -h a good.txt bin\ncat bin | grep a"),
    ShellOracleCase(
      "a file that cannot be read stops the pipeline at that command", setup: setup,
      "grep -c l missing.txt | sort\necho never"),
  ]

  static let cases: [ShellOracleCase] =
    operandCases + uniqCases + base64Cases + redirectionCases + otherCases

  /// bash finds mawk as `awk` (see `AwkPipelineOracleTests`).
  static let variables = [
    "PATH": AwkPipelineOracleTests.mawkDirectory + ":/usr/local/bin:/usr/bin:/bin"
  ]

  @Test(arguments: cases) func matchesTheRealTools(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: Self.variables)
  }

  /// A file without read permission: root reads it anyway, so the case only means something
  /// for another user (it is skipped, visibly, when the tests run as root).
  @Test(
    .disabled(if: getuid() == 0, "running as root: chmod 000 does not stop root reading a file"),
    arguments: [
      "jq -c .", "grep l", "sed -n 1p", "head -n 1", "tail -n 1", "sort", "cut -c1",
      "wc -l", "awk 1", "cat", "sha256sum",
    ])
  func unreadableFile(_ command: String) async throws {
    try await BashOracle.expectSame(
      setup: Self.setup + "\nprintf x > locked.txt\nchmod 000 locked.txt",
      "\(command) locked.txt good.txt || echo \"rc=$?\"", variables: Self.variables)
  }
}
