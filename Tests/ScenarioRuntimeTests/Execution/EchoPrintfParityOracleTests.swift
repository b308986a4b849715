import Foundation
import Shell
import SpecModel
import Testing

/// `echo`, `echo -e`, `echo -n`, `printf` and `$'…'` give the same bytes (1) under real bash,
/// (2) folded by the compiler into the text of the scenario (what `spec-compiler compile`
/// writes) and (3) formatted by the runtime: printf's arguments are then passed through `"$@"`
/// of a function, which the compiler cannot know, so the interpreter's printf formats them.
@Suite struct EchoPrintfParityOracleTests {
  struct Case: CustomTestStringConvertible, Sendable {
    /// The command bash runs and the compiler folds.
    var bash: String
    /// The same output computed by the runtime from arguments it only knows at run time;
    /// `nil` when the construct is folded by the compiler only (`echo -e`, `$'…'`).
    var runtime: String?
    var testDescription: String { bash }
  }

  static func quoted(_ text: String) -> String {
    "'" + text.replacing("'", with: "'\\''") + "'"
  }

  /// `printf FORMAT ARGUMENT…`, and the same through a function's `"$@"`.
  static func printf(_ format: String, _ arguments: String...) -> Case {
    let words = ([format] + arguments).map(quoted).joined(separator: " ")
    let runtimeWords = arguments.map(quoted).joined(separator: " ")
    return Case(
      bash: "printf \(words)",
      runtime: "f() {\n  printf \(quoted(format)) \"$@\"\n}\nf \(runtimeWords)")
  }

  static func echo(_ words: String) -> Case {
    Case(bash: "echo \(words)", runtime: nil)
  }

  static let cases: [Case] = [
    echo("a  b 'c  d'"),
    echo("-n no newline"),
    echo("-e 'a\\101b'"),
    echo("-e '\\x41|\\x4|\\x'"),
    echo("-e '\\0377'"),
    echo("-e '\\0101|\\01|\\0|\\08'"),
    echo("-e 'tab\\there\\nnew\\\\line'"),
    echo("-e 'a\\cb' ignored"),
    echo("-en 'x\\ny'"),
    echo("-e '\\u00e9|\\U0001F600|\\u'"),
    echo("-e '\\e[1m|\\E|\\a\\b\\f\\v\\r'"),
    echo("-e '\\q|\\?|\\\"|\\'\"'\"'|\\8'"),
    echo("-E 'a\\nb'"),
    echo("-ne 'one\\c' two"),
    echo("$'a\\101b|\\0101|\\x41|\\x414'"),
    echo("$'\\u00e9|\\cA|\\c?|\\ca|\\e|\\?|\\'|\\\"|\\q'"),
    echo("$'a\\0b' $'tab\\there'"),
    printf("%s|%d|%i|%x|%o|%c\\n", "str", "42", "-7", "255", "8", "word"),
    printf("%5.2f|%-5s|%05d|\\n", "3.14159", "ab", "42"),
    printf("%s=%d;", "a", "1", "b", "2", "c"),
    printf("[%s]\\n", "x", "y z", ""),
    printf("%b|", "a\\tb", "\\0101", "\\101", "\\x41", "\\q\\'"),
    printf("%b-", "one", "two\\cthree", "four"),
    printf("a\\101\\x42\\0101\\u00e9\\?\\'\\\"\\c|%s\\n", "end"),
    printf("\\377\\n"),
    printf("%b\\n", "\\0377"),
    printf("%%|%5s|%-3s|%.1s|\\n", "é", "é", "é"),
    printf("%d %x %o\\n", "010", "0x1F", "'A"),
    printf("%3d|%-3d|%+d|% d\\n", "5", "5", "5", "5"),
    printf("\\x41\\U0001F600\\e[0m\\n"),
  ]

  @Test(arguments: cases) func agree(_ c: Case) async throws {
    let directory = Snippet.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let (status, bash, _) = try await BashOracle.runBash(
      setup: nil, c.bash, in: directory, variables: [:])
    #expect(status == 0)

    let compiled = try Snippet.compile(c.bash)
    let folded = try #require(Self.foldedOutput(compiled.scenario.steps), "not folded")
    #expect(folded == bash, "compile time: \(Self.show(folded)) bash: \(Self.show(bash))")

    let run = try await Snippet.interpret(c.runtime ?? c.bash)
    #expect(run.status == 0)
    #expect(run.stdout == bash, "runtime: \(Self.show(run.stdout)) bash: \(Self.show(bash))")
  }

  /// The bytes the compiler computed: the text of a single text pipeline, or the output of a
  /// printf whose format and arguments are all literal (how it spells bytes that are not UTF-8).
  static func foldedOutput(_ steps: [Step]) -> [UInt8]? {
    guard steps.count == 1, case .pipeline(let pipeline) = steps[0].action,
      pipeline.filters.isEmpty
    else { return nil }
    switch pipeline.source {
    case .text(let template):
      return literal(template).map { Array($0.utf8) }
    case .printf(let call):
      let arguments = call.arguments.compactMap(literal)
      guard arguments.count == call.arguments.count else { return nil }
      return BashPrintf.format(call.format, arguments: arguments).output
    default:
      return nil
    }
  }

  static func literal(_ template: Template) -> String? {
    var text = ""
    for part in template.parts {
      guard case .literal(let piece) = part else { return nil }
      text += piece
    }
    return text
  }

  static func show(_ bytes: [UInt8]) -> String {
    bytes.map {
      $0 >= 0x20 && $0 < 0x7F ? String(UnicodeScalar($0)) : "\\x\(String($0, radix: 16))"
    }
    .joined()
  }
}
