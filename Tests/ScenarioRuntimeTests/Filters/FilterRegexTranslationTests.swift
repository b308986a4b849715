import Foundation
import SpecModel
import Testing

@testable import ScenarioRuntime

/// The translation of GNU's POSIX regular expressions to ICU, and what it is known to get
/// wrong.
struct FilterRegexTranslationTests {
  static let grepBasic = RegexDialect(tool: .grep, extended: false)
  static let grepExtended = RegexDialect(tool: .grep, extended: true)
  static let sedBasic = RegexDialect(tool: .sed, extended: false)
  static let sedExtended = RegexDialect(tool: .sed, extended: true)

  static let translations: [(String, RegexDialect, String)] = [
    ("a.b", grepBasic, "a[^\\n\\x{FDD0}]b"),
    ("a+b", grepBasic, "a\\x{2B}b"),
    ("a\\+b", grepBasic, "a+b"),
    ("a+b", grepExtended, "a+b"),
    ("\\(ab\\)\\1", grepBasic, "(ab)(?:\\1)"),
    ("a\\{2,\\}", grepBasic, "a{2,}"),
    ("a{,3}", grepExtended, "a{0,3}"),
    ("a{1", grepExtended, "a\\x{7B}1"),
    ("^a$", grepBasic, "^a\\z"),
    ("a^b$c", grepBasic, "a\\x{5E}b\\x{24}c"),
    ("*a", grepBasic, "\\x{2A}a"),
    ("[]a-]", grepBasic, "[\\x{5D}\\x{61}\\x{2D}]"),
    ("[^0-9]", grepBasic, "[^\\x{30}-\\x{39}\\n\\x{FDD0}]"),
    ("[\\]", grepBasic, "[\\x{5C}]"),
    ("[\\t]", sedBasic, "[\\x{9}]"),
    ("a\\t", grepBasic, "at"),
    ("a\\t", sedBasic, "a\\x{9}"),
    ("GET|GETX", grepExtended, "GETX|GET"),
  ]

  @Test(arguments: translations)
  func translates(_ pattern: String, _ dialect: RegexDialect, _ icu: String) throws {
    #expect(try POSIXRegex.translate(pattern, dialect: dialect).pattern == icu)
  }

  static let errors: [(String, RegexDialect, String)] = [
    ("\\(", grepBasic, "Unmatched ( or \\("),
    ("(", grepExtended, "Unmatched ( or \\("),
    ("\\)", grepBasic, "Unmatched ) or \\)"),
    (")", sedExtended, "Unmatched ) or \\)"),
    ("[", grepBasic, "Invalid regular expression"),
    ("[a", grepBasic, "Unmatched [, [^, [:, [., or [="),
    ("[[:foo:]]", grepBasic, "Invalid character class name"),
    ("[:alpha:]", grepBasic, "character class syntax is [[:space:]], not [:space:]"),
    ("[[.ab.]]", grepBasic, "Invalid collation character"),
    ("[b-a]", grepBasic, "Invalid range end"),
    ("a\\{1", grepBasic, "Unmatched \\{"),
    ("a\\{1,x\\}", grepBasic, "Invalid content of \\{\\}"),
    ("a\\{2,1\\}", grepBasic, "Invalid content of \\{\\}"),
    ("a\\{99999\\}", grepBasic, "Regular expression too big"),
    ("a\\", grepBasic, "Trailing backslash"),
    ("\\1", grepBasic, "Invalid back reference"),
    ("\\(a\\1\\)", sedBasic, "Invalid back reference"),
    ("\\(a\\)\\|b\\1", grepBasic, "Invalid back reference"),
    ("*a", sedExtended, "Invalid preceding regular expression"),
    ("a**", sedBasic, "Invalid preceding regular expression"),
    ("a\\b+", sedExtended, "Invalid preceding regular expression"),
  ]

  @Test(arguments: errors)
  func rejects(_ pattern: String, _ dialect: RegexDialect, _ message: String) {
    #expect(throws: RegexSyntaxError(message: message)) {
      try POSIXRegex.translate(pattern, dialect: dialect)
    }
  }

  @Test func warnsAsGrepDoes() throws {
    #expect(
      try POSIXRegex.translate("*a|+b", dialect: Self.grepExtended).warnings == [
        "* at start of expression", "+ at start of expression",
      ])
    #expect(
      try POSIXRegex.translate("\\b{2}", dialect: Self.grepExtended).warnings == [
        "{...} at start of expression"
      ])
    #expect(try POSIXRegex.translate("*a", dialect: Self.grepBasic).warnings.isEmpty)
  }

  /// Where POSIX's leftmost-longest rule picks a match ICU's backtracking does not reach: a
  /// repeated group of varying length. grep matches with glibc's regexec, which takes the
  /// longest match as GNU grep does (sed's short forms, below, still translate to ICU).
  @Test func longestMatchThroughARepeatedGroup() throws {
    let grep = grepInvocation(["-oE", "b([[:space:]]*\\w.?)+\\s"])
    let result = try runFilter(.grep(grep), bytes("bbb   ccc\n"))
    #expect(text(result.output) == "bbb  \n")
  }

  /// POSIX fills each group with its longest match in turn: sed's short forms run on glibc,
  /// which does.
  @Test func groupsOfARepeatedAlternation() throws {
    let sed = sedFilter(["-E"], "s/.(| )+\\W{1,2}/<&|\\1>/g")
    let result = try runFilter(sed, bytes("bbb   ccc\n"))
    #expect(text(result.output) == "bb<b   | >ccc\n")
  }
}
