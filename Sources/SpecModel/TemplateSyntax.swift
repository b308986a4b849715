/// The text form of a `Template` in YAML: shell syntax restricted to what a template holds.
///
/// - `${NAME}` a variable; `${NAME:-word}`, `${NAME//pattern/replacement}`, `${#NAME}`, … the
///   parameter expansions, whose words are templates themselves;
/// - `$$`, `$?`, `$!` the shell's process id, last status and last background job;
/// - `$(date +FORMAT)` the current time;
/// - `${~NAME}` (`${~NAME…}`) in a pattern: an expansion written unquoted, whose value is pattern
///   syntax;
/// - `\$`, `\\` a literal dollar or backslash; every other character is literal.
public enum TemplateSyntax {
  public struct ParseError: Error, Equatable, CustomStringConvertible {
    public var offset: Int
    public var message: String
    public var description: String { "template offset \(offset): \(message)" }
  }

  public static func render(_ template: Template) -> String {
    var out = ""
    for part in template.parts { render(part, into: &out, escaping: []) }
    return out
  }

  public static func parse(_ text: String) throws(ParseError) -> Template {
    // One character per Unicode scalar: a combining mark after `}` or `$` must not merge with
    // it into one grapheme the scanner would no longer recognise (`${e}` + U+0301).
    var scanner = Scanner(text.unicodeScalars.map(Character.init))
    let template = try scanner.template(until: [], nested: false)
    if !scanner.atEnd { throw ParseError(offset: scanner.index, message: "unexpected '}'") }
    return template
  }

  // MARK: Rendering

  /// `escaping`: characters that would end the enclosing word (`}`, and `/` in a pattern).
  private static func render(_ part: TemplatePart, into out: inout String, escaping: Set<Character>)
  {
    switch part {
    case .literal(let text):
      for character in text {
        switch character {
        case "$", "\\": out += "\\\(character)"
        case _ where escaping.contains(character): out += "\\\(character)"
        default: out.append(character)
        }
      }
    case .variable(let name): out += "${\(name)}"
    case .processID: out += "$$"
    case .lastStatus: out += "$?"
    case .lastBackgroundJob: out += "$!"
    case .date(let format): out += "$(date +\(format))"
    case .expansion(let expansion): render(expansion, into: &out)
    case .arithmetic(let expression): out += "$((\(expression.text)))"
    case .patternValue(let inner):
      // `${~NAME}`, `${~NAME#word}`: a `~` after the brace.
      var text = ""
      render(inner, into: &text, escaping: escaping)
      if text.hasPrefix("${") { text.insert("~", at: text.index(text.startIndex, offsetBy: 2)) }
      out += text
    }
  }

  private static func word(_ template: Template, pattern: Bool = false) -> String {
    var out = ""
    for part in template.parts { render(part, into: &out, escaping: pattern ? ["}", "/"] : ["}"]) }
    return out
  }

  private static func render(_ expansion: ParameterExpansion, into out: inout String) {
    let name = expansion.name
    switch expansion.operation {
    case .length: out += "${#\(name)}"
    case .useDefault(let w, let colon): out += "${\(name)\(colon ? ":" : "")-\(word(w))}"
    case .assignDefault(let w, let colon): out += "${\(name)\(colon ? ":" : "")=\(word(w))}"
    case .useAlternative(let w, let colon): out += "${\(name)\(colon ? ":" : "")+\(word(w))}"
    case .errorIfUnset(let w, let colon): out += "${\(name)\(colon ? ":" : "")?\(word(w))}"
    case .removePrefix(let w, let longest): out += "${\(name)\(longest ? "##" : "#")\(word(w))}"
    case .removeSuffix(let w, let longest): out += "${\(name)\(longest ? "%%" : "%")\(word(w))}"
    case .replace(let pattern, let replacement, let mode):
      let op: String
      switch mode {
      case .first: op = "/"
      case .all: op = "//"
      case .prefix: op = "/#"
      case .suffix: op = "/%"
      }
      out += "${\(name)\(op)\(word(pattern, pattern: true))/\(word(replacement))}"
    case .substring(let offset, let length):
      // `${V: -4}`: without the space, `:-` would read as a default value.
      let start = offset < 0 ? " \(offset)" : "\(offset)"
      out += "${\(name):\(start)\(length.map { ":\($0)" } ?? "")}"
    case .changeCase(let upper, let all):
      let mark = upper ? "^" : ","
      out += "${\(name)\(all ? mark + mark : mark)}"
    case .quote: out += "${\(name)@Q}"
    case .indices: out += "${!\(name)}"
    case .indirect: out += "${!\(name)}"
    case .arithmeticSubstring(let offset, let length):
      out += "${\(name):\(offset.text)\(length.map { ":\($0.text)" } ?? "")}"
    }
  }

  // MARK: Parsing

  struct Scanner {
    let chars: [Character]
    var index = 0

    init(_ chars: [Character]) { self.chars = chars }

    var atEnd: Bool { index >= chars.count }
    func peek(_ offset: Int = 0) -> Character? {
      index + offset < chars.count ? chars[index + offset] : nil
    }

    mutating func template(until stops: Set<Character>, nested: Bool = true) throws(ParseError)
      -> Template
    {
      var parts: [TemplatePart] = []
      var literal = ""
      func flush() {
        if !literal.isEmpty { parts.append(.literal(literal)) }
        literal = ""
      }
      while let c = peek() {
        if stops.contains(c) { break }
        if c == "}" && nested { break }
        if c == "\\", let next = peek(1) {
          literal.append(next)
          index += 2
          continue
        }
        if c == "$" {
          flush()
          parts.append(try dollar())
          continue
        }
        literal.append(c)
        index += 1
      }
      flush()
      return Template(parts)
    }

    mutating func dollar() throws(ParseError) -> TemplatePart {
      let start = index
      index += 1
      switch peek() {
      case "$":
        index += 1
        return .processID
      case "?":
        index += 1
        return .lastStatus
      case "!":
        index += 1
        return .lastBackgroundJob
      case "(" where peek(1) == "(":
        return try arithmetic(start: start)
      case "(":
        let prefix = "(date +"
        let candidate = String(chars[index..<min(chars.count, index + prefix.count)])
        guard candidate == prefix, let close = chars[index...].firstIndex(of: ")") else {
          throw ParseError(offset: start, message: "only $(date +FORMAT) may appear in a template")
        }
        let format = String(chars[(index + prefix.count)..<close])
        index = close + 1
        return .date(format: format)
      case "{":
        index += 1
        return try braced(start: start)
      default:
        throw ParseError(offset: start, message: "a literal '$' is written '\\$'")
      }
    }

    mutating func name() -> String {
      var name = ""
      while let c = peek(),
        c == "_" || c.isLetter || c.isNumber || (name.isEmpty && "@*#".contains(c))
      {
        name.append(c)
        index += 1
        if "@*#".contains(c) && name.count == 1 && !(peek()?.isLetter ?? false) { break }
      }
      if !name.isEmpty, peek() == "[" { name += subscriptText() }
      return name
    }

    /// `[INDEX]` after an array name, brackets included (nested brackets balanced).
    mutating func subscriptText() -> String {
      var text = ""
      var depth = 0
      while let c = peek() {
        text.append(c)
        index += 1
        if c == "[" { depth += 1 }
        if c == "]" {
          depth -= 1
          if depth == 0 { break }
        }
      }
      return text
    }

    mutating func expect(_ c: Character) throws(ParseError) {
      guard peek() == c else { throw ParseError(offset: index, message: "expected '\(c)'") }
      index += 1
    }

    mutating func braced(start: Int) throws(ParseError) -> TemplatePart {
      if peek() == "~" {
        index += 1
        return .patternValue(try braced(start: start))
      }
      if let indirect = try indirectExpansion() { return indirect }
      if peek() == "#", let next = peek(1), next == "_" || next.isLetter {
        index += 1
        let n = name()
        try expect("}")
        return .expansion(ParameterExpansion(name: n, operation: .length))
      }
      if peek() == "!", let next = peek(1), next == "_" || next.isLetter {
        index += 1
        let n = name()
        try expect("}")
        return .expansion(ParameterExpansion(name: n, operation: .indices))
      }
      let n = name()
      guard !n.isEmpty else { throw ParseError(offset: start, message: "expected a variable name") }
      guard let c = peek() else { throw ParseError(offset: start, message: "unterminated '${'") }
      func make(_ op: ParameterExpansion.Operation) -> TemplatePart {
        .expansion(ParameterExpansion(name: n, operation: op))
      }
      switch c {
      case "}":
        index += 1
        return .variable(n)
      case ":":
        index += 1
        guard let op = peek() else { throw ParseError(offset: index, message: "unterminated '${'") }
        if "-=+?".contains(op) {
          index += 1
          let w = try template(until: [])
          try expect("}")
          switch op {
          case "-": return make(.useDefault(w, nullIsUnset: true))
          case "=": return make(.assignDefault(w, nullIsUnset: true))
          case "+": return make(.useAlternative(w, nullIsUnset: true))
          default: return make(.errorIfUnset(w, nullIsUnset: true))
          }
        }
        return make(try substringOperation())
      case "-", "=", "+", "?":
        index += 1
        let w = try template(until: [])
        try expect("}")
        switch c {
        case "-": return make(.useDefault(w, nullIsUnset: false))
        case "=": return make(.assignDefault(w, nullIsUnset: false))
        case "+": return make(.useAlternative(w, nullIsUnset: false))
        default: return make(.errorIfUnset(w, nullIsUnset: false))
        }
      case "#", "%":
        index += 1
        let longest = peek() == c
        if longest { index += 1 }
        let w = try template(until: [])
        try expect("}")
        return make(
          c == "#" ? .removePrefix(w, longest: longest) : .removeSuffix(w, longest: longest))
      case "/":
        index += 1
        var mode = ParameterExpansion.ReplaceMode.first
        switch peek() {
        case "/":
          mode = .all
          index += 1
        case "#":
          mode = .prefix
          index += 1
        case "%":
          mode = .suffix
          index += 1
        default: break
        }
        let pattern = try template(until: ["/"])
        var replacement = Template([])
        if peek() == "/" {
          index += 1
          replacement = try template(until: [])
        }
        try expect("}")
        return make(.replace(pattern: pattern, replacement: replacement, mode: mode))
      case "^", ",":
        index += 1
        let all = peek() == c
        if all { index += 1 }
        try expect("}")
        return make(.changeCase(upper: c == "^", all: all))
      case "@":
        index += 1
        guard peek() == "Q" else {
          throw ParseError(offset: index, message: "unsupported expansion operator '@'")
        }
        index += 1
        try expect("}")
        return make(.quote)
      default:
        throw ParseError(offset: index, message: "unsupported expansion operator '\(c)'")
      }
    }

    mutating func integer() throws(ParseError) -> Int {
      var text = ""
      if peek() == "-" || peek() == " " {
        while peek() == " " { index += 1 }
        if peek() == "-" {
          text = "-"
          index += 1
        }
      }
      while let c = peek(), c.isNumber {
        text.append(c)
        index += 1
      }
      guard let value = Int(text) else {
        throw ParseError(offset: index, message: "expected a number")
      }
      return value
    }
  }
}

extension TemplateSyntax {
  /// Parses the `$…` expansion at `offset` of `chars` (the `${…}` and `$((…))` inside an
  /// arithmetic expression); returns it and the offset after it.
  static func expansion(in chars: [Character], at offset: Int) throws(ParseError)
    -> (TemplatePart, end: Int)
  {
    var scanner = Scanner(chars)
    scanner.index = offset
    let part = try scanner.dollar()
    return (part, scanner.index)
  }
}

extension Template: Codable {
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    do {
      self = try TemplateSyntax.parse(text)
    } catch {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "\(error): \(text)"))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(TemplateSyntax.render(self))
  }
}
