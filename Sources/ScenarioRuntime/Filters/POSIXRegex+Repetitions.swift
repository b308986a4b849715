// The POSIX regex translator: alternatives, branches and repetitions.
extension Translator {
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

  mutating func parseBranch() throws(RegexSyntaxError) -> Piece {
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
  mutating func skipRepetitionAtStart() throws(RegexSyntaxError) -> Bool {
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
  mutating func checkRepetitionAfterAssertion(startsExpression: Bool)
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
  mutating func parseRepetitions(_ piece: inout Piece, warnsAtStart: Bool = false)
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

  func apply(_ bounds: (min: Int, max: Int?), to piece: inout Piece) {
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
  mutating func parseInterval() throws(RegexSyntaxError) -> (min: Int, max: Int?)? {
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
}
