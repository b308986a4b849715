/// The regular-expression language of a GNU tool.
struct RegexDialect: Equatable, Sendable {
  enum Tool: Equatable, Sendable {
    /// GNU grep 3.8 (its `dfa.c` parser): `grep -E` takes an unmatched `)` and an invalid
    /// interval literally, and ignores a repetition operator that starts an expression (with a
    /// warning).
    case grep
    /// GNU sed 4.9 (glibc's `regcomp`): those are errors, a BRE repetition operator may not
    /// follow another, and `\n`, `\t`, `\xHH`… stand for characters.
    case sed
  }

  var tool: Tool
  /// ERE (`-E`) rather than BRE.
  var extended: Bool
}

/// A POSIX pattern rewritten in ICU's syntax (for `NSRegularExpression`).
struct TranslatedRegex: Equatable, Sendable {
  var pattern: String
  /// The number of capturing groups (`\(…\)` in a BRE, `(…)` in an ERE).
  var groupCount: Int
  /// What GNU grep 3.8 warns about (`* at start of expression`), without the `grep: warning: `
  /// prefix.
  var warnings: [String]
  /// The pattern with one alternation restricted to one of its alternatives, for each
  /// alternative of each alternation (none without `|`): at a match's start `LineMatcher` tries
  /// each and keeps the longest match, as POSIX wants.
  var variants: [String]
  /// Whether glibc runs the pattern byte by byte (`optimize_utf8`): no case folding, no word
  /// assertion, no `\w \W \s \S`, and only brackets of ASCII characters without ranges,
  /// classes or negation. Such a pattern may then match (the empty string) between the bytes
  /// of a multibyte character.
  var matchesBytewise: Bool
  /// GNU grep matches the pattern with glibc, not its own matcher: it has back-references,
  /// word assertions, `\w \W \s \S`, or bracket expressions other than plain ASCII lists.
  var needsRegexVerification: Bool
  /// A repetition operator where an expression starts or after `^`/`$` (ERE), which grep's
  /// matcher and glibc read differently.
  var hasContextualRepetition: Bool
}

/// A pattern the tool rejects, with the tool's message (`Unmatched ( or \(`).
struct RegexSyntaxError: Error, Equatable, Sendable {
  var message: String
}

/// Translation of GNU's POSIX regular expressions (BRE and ERE, with the GNU extensions
/// `\w \W \s \S \b \B \< \> \` \'`, `\+ \? \|` in BREs and back-references) to ICU patterns.
///
/// Nothing matches with the translation any more (grep and sed run on glibc): grep reads only
/// the translator's analysis (its warnings, its `dfa.c` errors, and whether grep's own matcher
/// would hand the pattern to glibc), see `GrepSearch`; that analysis is what is left to move
/// out of this file before it can go.
///
/// Lines are matched one at a time, without their newline. A byte that is not valid UTF-8 is
/// given to ICU as a newline or, when glibc counts it as a word character (it reads the byte
/// as a Latin-1 character for `\b`, `\<`, `\>`), as U+FDD0: `.`, bracket expressions and
/// literals never match either, as GNU tools match an encoding error nowhere.
///
/// What differs is the choice among matches starting at the same place: POSIX takes the
/// longest, ICU the first its backtracking finds. Alternatives of fixed, different lengths
/// without groups (`GET|GETX`) are tried longest first, and `LineMatcher` tries each
/// alternative of each alternation; a repeated group of varying length
/// (`b([[:space:]]*\w.?)+\s`) and the groups' contents after such repetitions can still
/// differ.
enum POSIXRegex {
  /// Translates `pattern`. `glibcRepetitions` chooses how `grep -E` reads a repetition
  /// operator where an expression starts or after `^`/`$`: as grep's own matcher does (it
  /// repeats the anchor, or nothing) or as glibc does (it drops the operator character; a `{`
  /// alone). grep selects lines with its own matcher unless the pattern needs glibc
  /// (`TranslatedRegex.needsRegexVerification`) or `-w` is given, and finds `-o` parts with
  /// glibc. Parse errors are glibc's either way.
  static func translate(
    _ pattern: String, dialect: RegexDialect, groupOffset: Int = 0,
    glibcRepetitions: Bool = false, ignoreCase: Bool = false
  ) throws(RegexSyntaxError) -> TranslatedRegex {
    let scalars = Array(pattern.unicodeScalars)
    var translator = Translator(
      scalars: scalars, dialect: dialect, groupOffset: groupOffset,
      glibcRepetitions: glibcRepetitions, ignoreCase: ignoreCase)
    let piece = try translator.parseAlternatives()
    let text = piece.text.isEmpty ? "(?:)" : piece.text
    var variants: [String] = []
    for (node, count) in translator.alternationBranchCounts.enumerated() {
      for branch in 0..<count {
        var variant = Translator(
          scalars: scalars, dialect: dialect, groupOffset: groupOffset,
          glibcRepetitions: glibcRepetitions, ignoreCase: ignoreCase, forced: (node, branch))
        variants.append(try variant.parseAlternatives().text)
      }
    }
    return TranslatedRegex(
      pattern: text, groupCount: translator.groupCount, warnings: translator.warnings,
      variants: variants,
      matchesBytewise: !translator.needsMultibyteMatching,
      needsRegexVerification: translator.needsRegexVerification,
      hasContextualRepetition: translator.sawContextualRepetition)
  }

  /// `text` matched literally (`grep -F`).
  static func literal(_ text: String) -> String {
    let pattern = text.unicodeScalars.map(literal).joined()
    return pattern.isEmpty ? "(?:)" : pattern
  }

  /// One character matched literally. A newline never occurs inside a line, so it matches
  /// nothing.
  static func literal(_ scalar: Unicode.Scalar) -> String {
    if scalar == "\n" { return "(?!)" }
    if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
      return String(scalar)
    }
    return setMember(scalar)
  }

  /// A character as ICU reads it anywhere, even inside a set.
  static func setMember(_ scalar: Unicode.Scalar) -> String {
    "\\x{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }

  /// The stand-in for an invalid byte that glibc takes for a word character.
  static let wordLikeInvalidByte = Unicode.Scalar(0xFDD0)!

  /// A word constituent (`\w`): a letter, a digit or `_`.
  static let wordCharacter = "[\\p{Alphabetic}\\p{Nd}_]"
  /// What `\b`, `\<`, `\>` and `grep -w` take for a word character on either side.
  static let wordContext = "[\\p{Alphabetic}\\p{Nd}_\\x{FDD0}]"
  static let nonWordCharacter = "[^\\p{Alphabetic}\\p{Nd}_\\n\\x{FDD0}]"
  /// `.`: any character but an invalid byte.
  static let anyCharacter = "[^\\n\\x{FDD0}]"
  /// Ends every negated set: the stand-ins for invalid bytes.
  static let invalidByteMembers = "\\n\\x{FDD0}"
  static let spaceMembers =
    "\\x{9}\\x{B}-\\x{D}\\x{20}\\x{1680}\\x{2000}-\\x{2006}\\x{2008}-\\x{200A}\\x{2028}\\x{2029}\\x{205F}\\x{3000}"

  /// The ICU set members of a POSIX character class (`[:alpha:]`), as glibc classifies
  /// characters in a UTF-8 locale. The newline is left out of every class: it stands for an
  /// invalid byte.
  static func classMembers(_ name: String) -> String? {
    switch name {
    case "alpha": return "\\p{Alphabetic}"
    case "digit": return "0-9"
    case "alnum": return "\\p{Alphabetic}0-9"
    case "upper": return "\\p{Uppercase}"
    case "lower": return "\\p{Lowercase}"
    case "space": return spaceMembers
    case "blank":
      return "\\x{9}\\x{20}\\x{1680}\\x{2000}-\\x{2006}\\x{2008}-\\x{200A}\\x{205F}\\x{3000}"
    case "punct": return "\\p{P}\\p{S}"
    case "graph": return "\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}"
    case "print": return "\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}\\p{Zs}"
    case "cntrl": return "\\x{0}-\\x{9}\\x{B}-\\x{1F}\\x{7F}-\\x{9F}"
    case "xdigit": return "0-9A-Fa-f"
    default: return nil
    }
  }
}

/// A translated piece of pattern.
struct Piece {
  var text: String
  /// The number of characters it always matches, `nil` when that varies.
  var length: Int?
  /// Matches no characters (an assertion, or a newline that never matches): repeating it
  /// changes nothing, and ICU may not repeat it.
  var zeroWidth = false
  /// An anchor or word assertion (`^`, `$`, `\b`, `\<`…): glibc reads a repetition operator
  /// after it as ordinary characters (BRE) or rejects it (ERE).
  var isAssertion = false
  /// Already followed by a repetition operator (another one needs a group around it).
  var quantified = false
  /// ERE `^` or `$`, which `grep -E`'s own matcher lets repeat.
  var isLineAnchor = false
  /// BRE `^`: the expression still starts after it (`^*` is a literal star).
  var keepsStart = false
}

struct Translator {
  let scalars: [Unicode.Scalar]
  let dialect: RegexDialect
  let groupOffset: Int
  var index = 0
  var groupCount = 0
  var closedGroups: Set<Int> = []
  var depth = 0
  var warnings: [String] = []
  /// The next `)` is an ordinary character (glibc, where an expression must start).
  var literalParenthesis = false
  /// The number of alternatives of each alternation (`a|b`) that needs variants, in the order
  /// they end (0 for one that does not).
  var alternationBranchCounts: [Int] = []
  /// The alternation (by its index in `alternationBranchCounts`) where only one alternative
  /// may match.
  let forced: (node: Int, branch: Int)?
  /// A repetition operator where an expression starts or after `^`/`$` (ERE).
  var sawContextualRepetition = false
  /// Read repetitions after anchors as glibc does (`grep -E` matches the pattern with glibc).
  let glibcRepetitions: Bool
  /// `grep -i`, `s///I`: `[:upper:]` and `[:lower:]` then mean `[:alpha:]`.
  let ignoreCase: Bool
  /// A back-reference: grep's own matcher then hands the pattern to glibc.
  var hasBackReference = false

  /// Whether GNU grep matches the pattern with glibc rather than its own matcher (which
  /// handles neither back-references nor, in a UTF-8 locale, word assertions and most
  /// bracket expressions).
  var needsRegexVerification: Bool { needsMultibyteMatching || hasBackReference }
  /// A construct glibc cannot run byte by byte (see `TranslatedRegex.matchesBytewise`).
  var needsMultibyteMatching = false

  init(
    scalars: [Unicode.Scalar], dialect: RegexDialect, groupOffset: Int,
    glibcRepetitions: Bool = false, ignoreCase: Bool = false,
    forced: (node: Int, branch: Int)? = nil
  ) {
    self.scalars = scalars
    self.dialect = dialect
    self.groupOffset = groupOffset
    self.glibcRepetitions = glibcRepetitions
    self.ignoreCase = ignoreCase
    self.forced = forced
  }

  var extended: Bool { dialect.extended }
  var isGrep: Bool { dialect.tool == .grep }

  func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  /// At `\X` (BRE) or `X` (ERE).
  func atOperator(_ scalar: Unicode.Scalar) -> Bool {
    extended ? peek() == scalar : peek() == "\\" && peek(1) == scalar
  }

  var atAlternation: Bool { atOperator("|") }
  var atGroupClose: Bool { atOperator(")") }

  func fail(_ message: String) -> RegexSyntaxError {
    RegexSyntaxError(message: message)
  }
}
