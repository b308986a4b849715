import SpecModel

/// What `source FILE` would run from an environment file (`.env`): assignments (`KEY=value`,
/// `export KEY=value`, several per line), `export KEY`, comments and blank lines. Values follow
/// bash's quoting: single quotes are literal, double quotes keep `\"`, `\\`, `\$` and `` \` ``
/// escapes and expand `$NAME` / `${…}`, unquoted text expands too and drops its backslashes.
/// Anything else is a command, which the interpreter reports as not found.
package enum EnvironmentFileParser {
  package enum Entry: Equatable, Sendable {
    case assign(name: String, value: Template, line: Int)
    case export(name: String, line: Int)
    case command(name: String, line: Int)
  }

  package static func parse(_ text: String) -> [Entry] {
    // One character per scalar: `\r\n` is two characters to bash (the `\r` stays in values).
    var scanner = Scanner(chars: text.unicodeScalars.map { Character($0) })
    var entries: [Entry] = []
    while let command = scanner.command() {
      entries += interpret(command)
    }
    return entries
  }

  private struct Word {
    /// The name of a leading unquoted `NAME=`.
    var assignmentName: String?
    var value: [TemplatePart]
    var line: Int

    var literal: String? {
      var text = ""
      for part in value {
        guard case .literal(let piece) = part else { return nil }
        text += piece
      }
      return text
    }
  }

  private static func interpret(_ words: [Word]) -> [Entry] {
    guard let first = words.first else { return [] }
    var entries: [Entry] = []
    if first.assignmentName == nil && first.literal == "export" {
      for word in words.dropFirst() {
        if let name = word.assignmentName {
          entries.append(.assign(name: name, value: Template(word.value), line: word.line))
        } else if let name = word.literal, !name.hasPrefix("-") {
          entries.append(.export(name: name, line: word.line))
        }
      }
      return entries
    }
    for word in words {
      guard let name = word.assignmentName else {
        return [.command(name: word.literal ?? "", line: word.line)]
      }
      entries.append(.assign(name: name, value: Template(word.value), line: word.line))
    }
    return entries
  }

  private struct Scanner {
    var chars: [Character]
    var index = 0
    var line = 1

    init(chars: [Character]) {
      self.chars = chars
    }

    func peek(_ offset: Int = 0) -> Character? {
      index + offset < chars.count ? chars[index + offset] : nil
    }

    mutating func advance() -> Character {
      let c = chars[index]
      index += 1
      if c == "\n" { line += 1 }
      return c
    }

    /// The words of the next command; nil at the end of the file.
    mutating func command() -> [Word]? {
      var words: [Word] = []
      while let c = peek() {
        switch c {
        case " ", "\t":
          _ = advance()
        case "\n", ";":
          _ = advance()
          if !words.isEmpty { return words }
        case "#":
          while let d = peek(), d != "\n" { _ = advance() }
        case "\\" where peek(1) == "\n":
          _ = advance()
          _ = advance()
        default:
          words.append(word())
        }
      }
      return words.isEmpty ? nil : words
    }

    mutating func word() -> Word {
      let startLine = line
      var assignmentName: String?
      // `NAME=` at the very start, unquoted.
      var length = 0
      while let c = peek(length), c == "_" || c.isLetter || (length > 0 && c.isNumber),
        c.isASCII
      {
        length += 1
      }
      if length > 0, peek(length) == "=" {
        assignmentName = String(chars[index..<(index + length)])
        for _ in 0...length { _ = advance() }
      }
      var parts: [TemplatePart] = []
      var literal = ""
      func flush() {
        if !literal.isEmpty { parts.append(.literal(literal)) }
        literal = ""
      }
      while let c = peek() {
        if c == " " || c == "\t" || c == "\n" || c == ";" { break }
        _ = advance()
        switch c {
        case "\\":
          guard let next = peek() else {
            literal.append(c)
            break
          }
          _ = advance()
          if next != "\n" { literal.append(next) }
        case "'":
          while let d = peek(), d != "'" { literal.append(advance()) }
          if peek() == "'" { _ = advance() }
        case "\"":
          while let d = peek(), d != "\"" {
            _ = advance()
            if d == "\\", let next = peek(), "$`\"\\\n".contains(next) {
              _ = advance()
              if next != "\n" { literal.append(next) }
            } else if d == "$", let part = dollar() {
              flush()
              parts.append(part)
            } else {
              literal.append(d)
            }
          }
          if peek() == "\"" { _ = advance() }
        case "$":
          if let part = dollar() {
            flush()
            parts.append(part)
          } else {
            literal.append(c)
          }
        default:
          literal.append(c)
        }
      }
      flush()
      if assignmentName == nil && parts.isEmpty { parts = [.literal("")] }
      return Word(assignmentName: assignmentName, value: parts, line: startLine)
    }

    /// What follows a `$` already consumed: `${…}`, `$NAME`, `$$`, `$?`, `$1`; nil for a `$`
    /// that stays literal.
    mutating func dollar() -> TemplatePart? {
      guard let c = peek() else { return nil }
      if c == "{" {
        var depth = 0
        var end = index
        while end < chars.count {
          if chars[end] == "{" { depth += 1 }
          if chars[end] == "}" {
            depth -= 1
            if depth == 0 { break }
          }
          end += 1
        }
        guard end < chars.count,
          let template = try? TemplateSyntax.parse("$" + String(chars[index...end])),
          template.parts.count == 1
        else { return nil }
        while index <= end { _ = advance() }
        return template.parts[0]
      }
      if c == "$" {
        _ = advance()
        return .processID
      }
      if c == "?" {
        _ = advance()
        return .lastStatus
      }
      if c.isNumber {
        _ = advance()
        return .variable(String(c))
      }
      guard c == "_" || (c.isLetter && c.isASCII) else { return nil }
      var name = ""
      while let d = peek(), d == "_" || ((d.isLetter || d.isNumber) && d.isASCII) {
        name.append(advance())
      }
      return .variable(name)
    }
  }
}
