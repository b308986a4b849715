import SpecModel

/// A bash glob pattern (`*`, `?`, `[...]` with ranges, negation by `!` or `^`, and POSIX classes
/// such as `[:alnum:]`), matched on Unicode scalars as bash does in a UTF-8 locale. Ranges use
/// code point order (bash's default `globasciiranges`). Extended globs are not supported (bash
/// leaves `extglob` off in scripts).
package struct BashPattern: Sendable, Equatable {
  package enum Token: Sendable, Equatable {
    case scalar(Unicode.Scalar)
    case any
    case star
    case bracket(Bracket)
  }

  package struct Bracket: Sendable, Equatable {
    package enum Item: Sendable, Equatable {
      case scalar(Unicode.Scalar)
      case range(Unicode.Scalar, Unicode.Scalar)
      case characterClass(String)
    }

    package var negated: Bool
    package var items: [Item]

    package func contains(_ c: Unicode.Scalar) -> Bool {
      let found = items.contains { item in
        switch item {
        case .scalar(let s): return s == c
        case .range(let low, let high): return low.value <= c.value && c.value <= high.value
        case .characterClass(let name): return BashPattern.isMember(c, of: name)
        }
      }
      return found != negated
    }
  }

  package var tokens: [Token]

  /// A pattern from pieces of text: those with `isPattern` are parsed as globs (the literal text
  /// of the IR, written unquoted in most documents), the others match literally (the values of
  /// variables, quoted in most documents: `${V#"$PREFIX"}`).
  package init(pieces: [(text: String, isPattern: Bool)]) {
    var tokens: [Token] = []
    for piece in pieces {
      if piece.isPattern {
        tokens += Self.parse(Array(piece.text.unicodeScalars))
      } else {
        tokens += piece.text.unicodeScalars.map { .scalar($0) }
      }
    }
    // Consecutive stars match what one does.
    self.tokens = tokens.enumerated().compactMap { index, token in
      index > 0 && token == .star && tokens[index - 1] == .star ? nil : token
    }
  }

  package init(glob: String) {
    self.init(pieces: [(glob, true)])
  }

  package var isEmpty: Bool { tokens.isEmpty }

  /// The length of every match when the pattern has no `*`.
  package var fixedLength: Int? { tokens.contains(.star) ? nil : tokens.count }

  /// Whether `text[start..<end]` can possibly match, from the length and the first and last
  /// tokens alone: spares most full matches when scanning long values.
  package func couldMatch(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    let length = end - start
    let fixed = tokens.count(where: { $0 != .star })
    if length < fixed { return false }
    if fixed == tokens.count && length != fixed { return false }
    guard length > 0 else { return true }
    if let first = tokens.first, first != .star, !Self.matchesOne(first, text[start]) {
      return false
    }
    if let last = tokens.last, last != .star, !Self.matchesOne(last, text[end - 1]) {
      return false
    }
    return true
  }

  private static func parse(_ chars: [Unicode.Scalar]) -> [Token] {
    var tokens: [Token] = []
    var index = 0
    while index < chars.count {
      let c = chars[index]
      switch c {
      case "*":
        tokens.append(.star)
        index += 1
      case "?":
        tokens.append(.any)
        index += 1
      case "\\" where index + 1 < chars.count:
        tokens.append(.scalar(chars[index + 1]))
        index += 2
      case "[":
        if let (bracket, next) = parseBracket(chars, from: index + 1) {
          tokens.append(.bracket(bracket))
          index = next
        } else {
          tokens.append(.scalar(c))
          index += 1
        }
      default:
        tokens.append(.scalar(c))
        index += 1
      }
    }
    return tokens
  }

  /// The bracket expression starting after `[`, and the index after its `]`; nil when it is
  /// not closed (the `[` is then an ordinary character).
  private static func parseBracket(_ chars: [Unicode.Scalar], from start: Int) -> (Bracket, Int)? {
    var index = start
    var negated = false
    if index < chars.count, chars[index] == "!" || chars[index] == "^" {
      negated = true
      index += 1
    }
    var items: [Bracket.Item] = []
    var first = true
    while index < chars.count {
      let c = chars[index]
      if c == "]" && !first {
        return (Bracket(negated: negated, items: items), index + 1)
      }
      first = false
      if c == "[", index + 1 < chars.count, chars[index + 1] == ":" {
        var end = index + 2
        while end + 1 < chars.count, !(chars[end] == ":" && chars[end + 1] == "]") { end += 1 }
        if end + 1 < chars.count {
          let name = String(String.UnicodeScalarView(chars[(index + 2)..<end]))
          items.append(.characterClass(name))
          index = end + 2
          continue
        }
      }
      var low = c
      if c == "\\", index + 1 < chars.count {
        low = chars[index + 1]
        index += 1
      }
      if index + 2 < chars.count, chars[index + 1] == "-", chars[index + 2] != "]" {
        var high = chars[index + 2]
        var next = index + 3
        if high == "\\", index + 3 < chars.count {
          high = chars[index + 3]
          next += 1
        }
        items.append(.range(low, high))
        index = next
        continue
      }
      items.append(.scalar(low))
      index += 1
    }
    return nil
  }

  /// Whether the whole of `text` matches.
  package func matches(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
    var p = 0
    var s = text.startIndex
    var starP = -1
    var starS = s
    while s < text.endIndex {
      if p < tokens.count, tokens[p] != .star, Self.matchesOne(tokens[p], text[s]) {
        p += 1
        s += 1
      } else if p < tokens.count, tokens[p] == .star {
        starP = p
        starS = s
        p += 1
      } else if starP >= 0 {
        p = starP + 1
        starS += 1
        s = starS
      } else {
        return false
      }
    }
    while p < tokens.count, tokens[p] == .star { p += 1 }
    return p == tokens.count
  }

  package func matches(_ text: String) -> Bool {
    matches(Array(text.unicodeScalars)[...])
  }

  package static func matchesOne(_ token: Token, _ c: Unicode.Scalar) -> Bool {
    switch token {
    case .scalar(let s): return s == c
    case .any: return true
    case .bracket(let bracket): return bracket.contains(c)
    case .star: return true
    }
  }

  package static func isMember(_ c: Unicode.Scalar, of name: String) -> Bool {
    let v = c.value
    let ascii = v < 0x80
    let p = c.properties
    switch name {
    case "alnum": return ascii ? isASCIIAlnum(v) : (p.isAlphabetic || p.numericType != nil)
    case "alpha": return ascii ? isASCIIAlpha(v) : p.isAlphabetic
    case "digit": return (0x30...0x39).contains(v)
    case "lower": return ascii ? (0x61...0x7A).contains(v) : p.isLowercase
    case "upper": return ascii ? (0x41...0x5A).contains(v) : p.isUppercase
    case "space":
      return [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains(v) || (!ascii && p.isWhitespace)
    case "blank": return v == 0x20 || v == 0x09
    case "punct": return ascii && v > 0x20 && v < 0x7F && !isASCIIAlnum(v)
    case "xdigit":
      return (0x30...0x39).contains(v) || (0x41...0x46).contains(v) || (0x61...0x66).contains(v)
    case "cntrl": return v < 0x20 || v == 0x7F
    case "print": return v >= 0x20 && v != 0x7F
    case "graph": return v > 0x20 && v != 0x7F
    case "word": return v == 0x5F || (ascii ? isASCIIAlnum(v) : p.isAlphabetic)
    default: return false
    }
  }

  private static func isASCIIAlpha(_ v: UInt32) -> Bool {
    (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
  }

  private static func isASCIIAlnum(_ v: UInt32) -> Bool {
    isASCIIAlpha(v) || (0x30...0x39).contains(v)
  }
}

/// The pattern operators of parameter expansion: `#`, `##`, `%`, `%%`, `/`, `//`, `/#`, `/%`.
package enum PatternOperations {
  package static func removePrefix(_ value: String, _ pattern: BashPattern, longest: Bool) -> String
  {
    let text = Array(value.unicodeScalars)
    let lengths = longest ? Array((0...text.count).reversed()) : Array(0...text.count)
    for length in lengths
    where pattern.couldMatch(text, 0, length) && pattern.matches(text[0..<length]) {
      return string(text[length...])
    }
    return value
  }

  package static func removeSuffix(_ value: String, _ pattern: BashPattern, longest: Bool) -> String
  {
    let text = Array(value.unicodeScalars)
    let starts = longest ? Array(0...text.count) : Array((0...text.count).reversed())
    for start in starts
    where pattern.couldMatch(text, start, text.count) && pattern.matches(text[start...]) {
      return string(text[..<start])
    }
    return value
  }

  /// `replacement` is called with the matched text (bash 5.2's `patsub_replacement` turns `&`
  /// into it).
  package static func replace(
    _ value: String, _ pattern: BashPattern, mode: ParameterExpansion.ReplaceMode,
    replacement: (String) -> String
  ) -> String {
    let text = Array(value.unicodeScalars)
    switch mode {
    case .prefix:
      for end in (0...text.count).reversed()
      where pattern.couldMatch(text, 0, end) && pattern.matches(text[0..<end]) {
        return replacement(string(text[0..<end])) + string(text[end...])
      }
      return value
    case .suffix:
      for start in 0...text.count
      where pattern.couldMatch(text, start, text.count) && pattern.matches(text[start...]) {
        return string(text[..<start]) + replacement(string(text[start...]))
      }
      return value
    case .first, .all:
      guard !pattern.isEmpty else { return value }
      var out = ""
      var start = 0
      var replaced = false
      while start < text.count {
        if !(replaced && mode == .first),
          let end = longestMatch(text, from: start, pattern)
        {
          out += replacement(string(text[start..<end]))
          start = end
          replaced = true
          continue
        }
        out.unicodeScalars.append(text[start])
        start += 1
      }
      return out
    }
  }

  /// The end of the longest non-empty match starting at `start`.
  private static func longestMatch(
    _ text: [Unicode.Scalar], from start: Int, _ pattern: BashPattern
  )
    -> Int?
  {
    // A match must begin with what the first token accepts.
    if let first = pattern.tokens.first, first != .star,
      !BashPattern.matchesOne(first, text[start])
    {
      return nil
    }
    var end = pattern.fixedLength.map { min(text.count, start + $0) } ?? text.count
    while end > start {
      if pattern.couldMatch(text, start, end) && pattern.matches(text[start..<end]) { return end }
      end -= 1
    }
    return nil
  }

  private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var out = ""
    out.unicodeScalars.append(contentsOf: scalars)
    return out
  }
}
