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
private struct Piece {
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

private struct Translator {
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

  private var extended: Bool { dialect.extended }
  private var isGrep: Bool { dialect.tool == .grep }

  private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  /// At `\X` (BRE) or `X` (ERE).
  private func atOperator(_ scalar: Unicode.Scalar) -> Bool {
    extended ? peek() == scalar : peek() == "\\" && peek(1) == scalar
  }

  private var atAlternation: Bool { atOperator("|") }
  private var atGroupClose: Bool { atOperator(")") }

  private func fail(_ message: String) -> RegexSyntaxError {
    RegexSyntaxError(message: message)
  }

  // MARK: - Alternatives, branches, repetitions

  mutating func parseAlternatives() throws(RegexSyntaxError) -> Piece {
    let groupsBefore = groupCount
    // glibc: a back-reference may not name a group of another alternative.
    let closedBefore = closedGroups
    var closed = closedGroups
    var branches = [try parseBranch()]
    while atAlternation {
      index += extended ? 1 : 2
      closed.formUnion(closedGroups)
      closedGroups = closedBefore
      branches.append(try parseBranch())
    }
    closedGroups.formUnion(closed)
    if branches.count == 1 { return branches[0] }
    let lengthsKnown = branches.allSatisfy { $0.length != nil }
    let reordered = lengthsKnown && groupCount == groupsBefore
    let node = alternationBranchCounts.count
    // The whole pattern's alternatives, tried longest first, need no variants.
    alternationBranchCounts.append(reordered && depth == 0 ? 0 : branches.count)
    if let forced, forced.node == node {
      // Only the forced alternative can match; the others keep their groups' numbers.
      for index in branches.indices where index != forced.branch {
        branches[index].text = "(?!)(?:" + branches[index].text + ")"
      }
    }
    let lengths = branches.compactMap(\.length)
    let fixed = lengths.count == branches.count
    var ordered = branches
    if reordered {
      // Longest first: POSIX prefers the longest match, ICU the first alternative that fits.
      ordered = branches.enumerated().sorted {
        ($0.element.length!, -$0.offset) > ($1.element.length!, -$1.offset)
      }.map(\.element)
    }
    let length = fixed && Set(lengths).count == 1 ? lengths[0] : nil
    return Piece(text: ordered.map(\.text).joined(separator: "|"), length: length)
  }

  private mutating func parseBranch() throws(RegexSyntaxError) -> Piece {
    var text = ""
    var length: Int? = 0
    var atStart = true
    var afterAnchor = false
    // grep's `laststart`, for its warnings: assertions leave it set.
    var lastStart = true
    while index < scalars.count, !atAlternation {
      if atGroupClose && literalParenthesis {
        literalParenthesis = false
      } else if atGroupClose {
        if depth > 0 { break }
        // `grep -E` takes an unmatched `)` literally.
        if !(extended && isGrep) { throw fail("Unmatched ) or \\)") }
      }
      if atStart && extended, try skipRepetitionAtStart() { continue }
      var piece = try parseAtom(atStart: atStart && !afterAnchor)
      let startsExpression = lastStart
      if !piece.isAssertion { lastStart = false }
      if piece.keepsStart {
        afterAnchor = true
      } else {
        afterAnchor = false
        atStart = false
        if piece.isAssertion, let next = peek(), "*+?{".unicodeScalars.contains(next),
          extended
        {
          sawContextualRepetition = true
        }
        if piece.isAssertion && !(isGrep && piece.isLineAnchor && !glibcRepetitions) {
          try checkRepetitionAfterAssertion(startsExpression: startsExpression)
        } else if piece.isAssertion {
          // `grep -E '^*'`: grep's own matcher repeats the anchor; glibc drops the operators,
          // after which a `)` is an ordinary character.
          var look = index
          while look < scalars.count, "*+?".unicodeScalars.contains(scalars[look]) { look += 1 }
          let parenthesisAfterDropped = look > index && look < scalars.count && scalars[look] == ")"
          try parseRepetitions(&piece, warnsAtStart: startsExpression)
          if parenthesisAfterDropped && index == look { literalParenthesis = true }
        } else {
          try parseRepetitions(&piece)
        }
      }
      text += piece.text
      length = length.flatMap { total in piece.length.map { total + $0 } }
    }
    return Piece(text: text, length: length)
  }

  /// An ERE repetition operator where an expression starts: `grep -E` warns and repeats
  /// nothing, `sed -E` rejects it.
  private mutating func skipRepetitionAtStart() throws(RegexSyntaxError) -> Bool {
    guard let scalar = peek() else { return false }
    switch scalar {
    case "*", "+", "?":
      guard isGrep else { throw fail("Invalid preceding regular expression") }
      warnings.append("\(scalar) at start of expression")
      index += 1
      // glibc, which parses the pattern too, then wants an expression: `)` is an ordinary
      // character there.
      literalParenthesis = peek() == ")"
    case "{":
      let start = index
      index += 1
      guard try parseInterval() != nil else {
        index = start
        return false
      }
      guard isGrep else { throw fail("Invalid preceding regular expression") }
      warnings.append("{...} at start of expression")
      // grep's matcher repeats nothing; glibc drops the `{` alone.
      if glibcRepetitions { index = start + 1 }
    default:
      return false
    }
    sawContextualRepetition = true
    return true
  }

  /// Repetition operators right after an assertion. In a BRE they are ordinary characters
  /// (`\b*` is `\b` and a star), read by the next atom. `sed -E` rejects them. `grep -E`
  /// (whose own matcher hands word assertions to glibc) drops them, a `{` alone (`\b{2}` is
  /// `\b` then `2}`), warning where the expression starts.
  private mutating func checkRepetitionAfterAssertion(startsExpression: Bool)
    throws(RegexSyntaxError)
  {
    guard extended else { return }
    while let scalar = peek(), "*+?{".unicodeScalars.contains(scalar) {
      guard isGrep else { throw fail("Invalid preceding regular expression") }
      if startsExpression {
        if scalar == "{" {
          let start = index
          index += 1
          if try parseInterval() != nil { warnings.append("{...} at start of expression") }
          index = start
        } else {
          warnings.append("\(scalar) at start of expression")
        }
      }
      index += 1
      literalParenthesis = peek() == ")"
    }
  }

  /// Reads the repetition operators after an atom and applies them.
  private mutating func parseRepetitions(_ piece: inout Piece, warnsAtStart: Bool = false)
    throws(RegexSyntaxError)
  {
    while let scalar = peek() {
      var bounds: (min: Int, max: Int?)
      var name = String(scalar)
      if scalar == "*" {
        index += 1
        bounds = (0, nil)
      } else if extended && (scalar == "+" || scalar == "?") {
        index += 1
        bounds = scalar == "+" ? (1, nil) : (0, 1)
      } else if !extended && scalar == "\\" && (peek(1) == "+" || peek(1) == "?") {
        bounds = peek(1) == "+" ? (1, nil) : (0, 1)
        name = String(peek(1)!)
        index += 2
      } else if extended && scalar == "{" {
        let start = index
        index += 1
        guard let interval = try parseInterval() else {
          index = start
          return
        }
        bounds = interval
        name = "{...}"
      } else if !extended && scalar == "\\" && peek(1) == "{" {
        index += 2
        guard let interval = try parseInterval() else { throw fail("Invalid content of \\{\\}") }
        bounds = interval
        name = "{"
      } else {
        return
      }
      // glibc's BRE takes no `*` or `\{…\}` after another repetition (`\+`, `\?` it does).
      if piece.quantified && !extended && !isGrep && (name == "*" || name == "{") {
        throw fail("Invalid preceding regular expression")
      }
      if warnsAtStart && !piece.quantified {
        warnings.append("\(name) at start of expression")
      }
      apply(bounds, to: &piece)
    }
  }

  private func apply(_ bounds: (min: Int, max: Int?), to piece: inout Piece) {
    defer { piece.quantified = true }
    if piece.zeroWidth || piece.text.isEmpty {
      if bounds.min == 0 { piece.text = "" }
      return
    }
    let base = piece.quantified ? "(?:" + piece.text + ")" : piece.text
    let suffix: String
    switch (bounds.min, bounds.max) {
    case (0, nil): suffix = "*"
    case (1, nil): suffix = "+"
    case (0, 1): suffix = "?"
    case (let min, nil): suffix = "{\(min),}"
    case (let min, let max?) where max == min: suffix = "{\(min)}"
    case (let min, let max?): suffix = "{\(min),\(max)}"
    }
    piece.text = base + suffix
    piece.length = bounds.max == bounds.min ? piece.length.map { $0 * bounds.min } : nil
  }

  /// An interval after its `{` (ERE) or `\{` (BRE): `{n}`, `{n,}`, `{,m}`, `{n,m}`. `nil` when
  /// `grep -E` should read the `{` literally.
  private mutating func parseInterval() throws(RegexSyntaxError) -> (min: Int, max: Int?)? {
    let literalBrace = extended && isGrep
    var cursor = index
    func number() -> Int? {
      var digits = ""
      while cursor < scalars.count, ("0"..."9").contains(scalars[cursor]) {
        digits.unicodeScalars.append(scalars[cursor])
        cursor += 1
      }
      return digits.isEmpty ? nil : Int(digits.prefix(9))
    }
    let low = number()
    var high = low
    var comma = false
    if cursor < scalars.count, scalars[cursor] == "," {
      comma = true
      cursor += 1
      high = number()
    }
    let closeLength = extended ? 1 : 2
    let closes =
      extended
      ? cursor < scalars.count && scalars[cursor] == "}"
      : cursor + 1 < scalars.count && scalars[cursor] == "\\" && scalars[cursor + 1] == "}"
    guard closes, low != nil || comma else {
      if literalBrace { return nil }
      // Unterminated, or something else before the end.
      let rest = scalars[index...]
      let hasClose =
        extended
        ? rest.contains("}")
        : zip(rest, rest.dropFirst()).contains { $0 == "\\" && $1 == "}" }
      throw fail(hasClose ? "Invalid content of \\{\\}" : "Unmatched \\{")
    }
    let min = low ?? 0
    let max = comma ? high : low
    if let max, max < min {
      if literalBrace { return nil }
      throw fail("Invalid content of \\{\\}")
    }
    if min > 0x7FFF || (max ?? 0) > 0x7FFF { throw fail("Regular expression too big") }
    index = cursor + closeLength
    return (min, max)
  }

  // MARK: - Atoms

  private mutating func parseAtom(atStart: Bool) throws(RegexSyntaxError) -> Piece {
    let scalar = scalars[index]
    index += 1
    switch scalar {
    case "^":
      if extended {
        return Piece(
          text: "^", length: 0, zeroWidth: true, isAssertion: true, isLineAnchor: true)
      }
      if atStart {
        return Piece(text: "^", length: 0, zeroWidth: true, isAssertion: true, keepsStart: true)
      }
      return literal(scalar)
    case "$":
      if extended {
        return Piece(text: "\\z", length: 0, zeroWidth: true, isAssertion: true, isLineAnchor: true)
      }
      if index == scalars.count || atAlternation || atGroupClose {
        return Piece(text: "\\z", length: 0, zeroWidth: true, isAssertion: true)
      }
      return literal(scalar)
    case ".":
      return Piece(text: POSIXRegex.anyCharacter, length: 1)
    case "[":
      return Piece(text: try parseBracket(), length: 1)
    case "(" where extended:
      return try parseGroup()
    case "\\":
      return try parseEscape(atStart: atStart)
    default:
      return literal(scalar)
    }
  }

  private func literal(_ scalar: Unicode.Scalar) -> Piece {
    let text = POSIXRegex.literal(scalar)
    return Piece(text: text, length: 1, zeroWidth: scalar == "\n")
  }

  private mutating func parseGroup() throws(RegexSyntaxError) -> Piece {
    groupCount += 1
    let number = groupCount
    depth += 1
    let inner = try parseAlternatives()
    depth -= 1
    guard atGroupClose else { throw fail("Unmatched ( or \\(") }
    index += extended ? 1 : 2
    closedGroups.insert(number)
    return Piece(text: "(" + inner.text + ")", length: inner.length)
  }

  /// After a backslash.
  private mutating func parseEscape(atStart: Bool) throws(RegexSyntaxError) -> Piece {
    guard let scalar = peek() else { throw fail("Trailing backslash") }
    index += 1
    switch scalar {
    case "1"..."9":
      let number = Int(scalar.value - 48)
      guard closedGroups.contains(number) else { throw fail("Invalid back reference") }
      hasBackReference = true
      return Piece(text: "(?:\\\(number + groupOffset))", length: nil)
    case "w", "W", "s", "S", "b", "B", "<", ">":
      needsMultibyteMatching = true
      return escapeNeedingMultibyte(scalar)
    case "`":
      return assertion("\\A")
    case "'":
      return assertion("\\z")
    default:
      return try otherEscape(scalar)
    }
  }

  private func escapeNeedingMultibyte(_ scalar: Unicode.Scalar) -> Piece {
    let word = POSIXRegex.wordContext
    switch scalar {
    case "w":
      return Piece(text: POSIXRegex.wordCharacter, length: 1)
    case "W":
      return Piece(text: POSIXRegex.nonWordCharacter, length: 1)
    case "s":
      return Piece(text: "[" + POSIXRegex.spaceMembers + "]", length: 1)
    case "S":
      return Piece(
        text: "[^" + POSIXRegex.spaceMembers + POSIXRegex.invalidByteMembers + "]", length: 1)
    case "b":
      return assertion("(?:(?<=\(word))(?!\(word))|(?<!\(word))(?=\(word)))")
    case "B":
      return assertion("(?:(?<=\(word))(?=\(word))|(?<!\(word))(?!\(word)))")
    case "<":
      return assertion("(?<!\(word))(?=\(word))")
    default:
      return assertion("(?<=\(word))(?!\(word))")
    }
  }

  private mutating func otherEscape(_ scalar: Unicode.Scalar) throws(RegexSyntaxError) -> Piece {
    switch scalar {
    case "(" where !extended:
      return try parseGroup()
    case ")" where !extended:
      throw fail("Unmatched ) or \\)")
    case "{" where !extended:
      // Only reached where an expression starts.
      if isGrep { return literal("{") }
      throw fail("Invalid preceding regular expression")
    default:
      if dialect.tool == .sed, let character = sedCharacterEscape(scalar) {
        return literal(character)
      }
      return literal(scalar)
    }
  }

  private func assertion(_ text: String) -> Piece {
    Piece(text: text, length: 0, zeroWidth: true, isAssertion: true)
  }

  /// GNU sed's character escapes (`\n`, `\t`, `\cX`, `\dNNN`, `\oNNN`, `\xHH`…), after the
  /// backslash and `scalar`; `nil` when `scalar` does not start one.
  private mutating func sedCharacterEscape(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar {
    case "n": return "\n"
    case "t": return "\t"
    case "a": return "\u{07}"
    case "f": return "\u{0C}"
    case "v": return "\u{0B}"
    case "r": return "\r"
    case "c":
      guard let next = peek(), next.isASCII else { return nil }
      index += 1
      let upper = next.properties.isLowercase ? next.value - 32 : next.value
      return Unicode.Scalar(upper ^ 0x40)
    case "d", "o", "x":
      let (radix, maxDigits) = scalar == "d" ? (10, 3) : scalar == "o" ? (8, 3) : (16, 2)
      var digits = ""
      while digits.count < maxDigits, let next = peek(), next.isASCII,
        Int(String(next), radix: radix) != nil
      {
        digits.unicodeScalars.append(next)
        index += 1
      }
      guard let value = Int(digits, radix: radix) else { return nil }
      return Unicode.Scalar(UInt32(value & 0xFF))
    default:
      return nil
    }
  }

  // MARK: - Bracket expressions

  /// A bracket expression after its `[`, as an ICU set.
  private mutating func parseBracket() throws(RegexSyntaxError) -> String {
    let unterminated = isGrep ? "Unmatched [, [^, [:, [., or [=" : "unterminated `s' command"
    var negated = false
    if peek() == "^" {
      negated = true
      needsMultibyteMatching = true
      index += 1
    }
    guard index < scalars.count else {
      throw fail(isGrep ? "Invalid regular expression" : unterminated)
    }
    let contentStart = index
    var members = ""
    var first = true
    while true {
      guard let scalar = peek() else { throw fail(unterminated) }
      if scalar == "]" && !first {
        index += 1
        break
      }
      first = false
      if scalar == "[", peek(1) == ":" {
        let name = try delimited(by: ":", unterminated: unterminated)
        let folded = ignoreCase && (name == "upper" || name == "lower") ? "alpha" : name
        guard let items = POSIXRegex.classMembers(folded) else {
          throw fail("Invalid character class name")
        }
        needsMultibyteMatching = true
        members += items
        continue
      }
      let low = try bracketCharacter(unterminated: unterminated)
      if peek() == "-", let after = peek(1), after != "]" {
        index += 1
        let high = try bracketCharacter(unterminated: unterminated)
        guard high.value >= low.value else { throw fail("Invalid range end") }
        needsMultibyteMatching = true
        if low.value <= 0x0A && high.value >= 0x0A {
          // Leave the newline (an invalid byte) out of the range.
          if low.value < 0x0A {
            members += POSIXRegex.setMember(low) + "-" + POSIXRegex.setMember("\u{09}")
          }
          if high.value > 0x0A {
            members += POSIXRegex.setMember("\u{0B}") + "-" + POSIXRegex.setMember(high)
          }
        } else {
          members += POSIXRegex.setMember(low) + "-" + POSIXRegex.setMember(high)
        }
      } else if low != "\n" {
        members += POSIXRegex.setMember(low)
        if !low.isASCII { needsMultibyteMatching = true }
      }
    }
    if isGrep {
      // `[:space:]` for `[[:space:]]`.
      let content = scalars[contentStart..<(index - 1)]
      if content.count >= 2, content.first == ":", content.last == ":",
        content.contains(where: { $0 != ":" })
      {
        throw fail("character class syntax is [[:space:]], not [:space:]")
      }
    }
    if negated { return "[^" + members + POSIXRegex.invalidByteMembers + "]" }
    return members.isEmpty ? "(?!)" : "[" + members + "]"
  }

  /// One character of a bracket expression: itself, `[.c.]`, `[=c=]`, or with sed a
  /// character escape (a backslash is otherwise literal in brackets).
  private mutating func bracketCharacter(unterminated: String) throws(RegexSyntaxError)
    -> Unicode.Scalar
  {
    let scalar = scalars[index]
    if scalar == "[", let kind = peek(1), kind == "." || kind == "=" {
      if kind == "=" { needsMultibyteMatching = true }
      let name = try delimited(by: kind, unterminated: unterminated)
      let characters = Array(name.unicodeScalars)
      guard characters.count == 1 else { throw fail("Invalid collation character") }
      return characters[0]
    }
    index += 1
    if scalar == "\\", dialect.tool == .sed, let next = peek() {
      let start = index
      index += 1
      if let character = sedCharacterEscape(next) { return character }
      index = start
    }
    return scalar
  }

  /// The text of `[:name:]`, `[.c.]` or `[=c=]` at the current position, which is skipped.
  private mutating func delimited(by kind: Unicode.Scalar, unterminated: String)
    throws(RegexSyntaxError) -> String
  {
    var cursor = index + 2
    while cursor + 1 < scalars.count {
      if scalars[cursor] == kind && scalars[cursor + 1] == "]" {
        var name = ""
        name.unicodeScalars.append(contentsOf: scalars[(index + 2)..<cursor])
        index = cursor + 2
        return name
      }
      cursor += 1
    }
    throw fail(unterminated)
  }
}
