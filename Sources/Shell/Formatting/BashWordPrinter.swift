/// Words, assignments and redirections as bash 5.2 prints them in a function body: a word as
/// written, except that bash re-prints the body of each `$(…)` (and `<(…)`) from its parsed
/// commands and decodes `$'…'` into single quotes when it reads the word; a backquoted
/// substitution stays as written.
enum BashWordPrinter {
  static func word(_ word: BashWord) -> String {
    if let text = word.text, !needsReprinting(word.parts) { return text }
    return parts(word.parts, in: word)
  }

  /// `NAME=value`, `NAME[i]+=value`, `NAME=(a b)` (elements separated by one space), or
  /// `NAME` alone in a declaration.
  static func assignment(_ assignment: BashAssignment) -> String {
    var text = assignment.name + (assignment.index.map { "[\($0)]" } ?? "")
    if let elements = assignment.array {
      text += assignment.append ? "+=" : "="
      return text + "(" + elements.map(word).joined(separator: " ") + ")"
    }
    guard let value = assignment.value else { return text }
    return text + (assignment.append ? "+=" : "=") + word(value)
  }

  /// print_redirection: the descriptor when it is not the operator's default, the operator,
  /// a space, the target (no space for `>&N`, `<&N`, `>&-`, and for a here-document's
  /// delimiter, single-quoted when it was quoted).
  static func redirection(_ redirect: BashRedirect) -> String {
    let target = word(redirect.word)
    let fd = redirect.descriptor
    switch redirect.op {
    case .input, .hereString:
      return (fd.flatMap { $0 == "0" ? nil : $0 } ?? "") + redirect.op.rawValue + " " + target
    case .output, .append, .clobber:
      return (fd.flatMap { $0 == "1" ? nil : $0 } ?? "") + redirect.op.rawValue + " " + target
    case .readWrite:
      // bash omits the descriptor only when it is 1, and `<>` defaults to 0.
      return (fd.flatMap { $0 == "1" ? nil : $0 } ?? "0") + redirect.op.rawValue + " " + target
    case .outputAll, .appendAll:
      return redirect.op.rawValue + " " + target
    case .duplicateOutput, .duplicateInput:
      let numeric = !target.isEmpty && target.allSatisfy(\.isASCII) && Int(target) != nil
      let defaultFD = redirect.op == .duplicateOutput ? "1" : "0"
      if numeric || target == "-" {
        return (fd ?? defaultFD) + redirect.op.rawValue + target
      }
      return (fd.flatMap { $0 == defaultFD ? nil : $0 } ?? "") + redirect.op.rawValue + target
    case .hereDocument, .hereDocumentStripTabs:
      let delimiter = hereDocumentDelimiter(redirect.word)
      let quoted = redirect.word.parts.contains {
        if case .literal(let text) = $0 { return text.contains("\\") }
        return true
      }
      return (fd.flatMap { $0 == "0" ? nil : $0 } ?? "") + redirect.op.rawValue
        + (quoted ? ShellQuoting.singleQuoted(delimiter) : delimiter)
    }
  }

  /// The delimiter of a here-document after quote removal (what ends its body).
  static func hereDocumentDelimiter(_ word: BashWord) -> String {
    func unquoted(_ parts: [BashWordPart]) -> String {
      parts.map { part in
        switch part {
        case .literal(let text): BashQuoteRemoval.unquoted(text)
        case .singleQuoted(let text, _): text
        case .doubleQuoted(let inner): unquoted(inner)
        default: ""
        }
      }.joined()
    }
    return unquoted(word.parts)
  }

  /// Whether a part holds a `$(…)` or a `$'…'` (which bash prints differently from the
  /// source).
  static func needsReprinting(_ parts: [BashWordPart]) -> Bool {
    parts.contains { part in
      switch part {
      case .singleQuoted(_, let dollar): dollar
      case .commandSubstitution, .processSubstitution: true
      case .doubleQuoted(let inner): needsReprinting(inner)
      case .parameter(let expansion):
        [
          expansion.operation?.word, expansion.replacement?.pattern, expansion.replacement?.with,
        ].contains { $0.map { needsReprinting($0.parts) } ?? false }
      case .literal, .arithmetic: false
      }
    }
  }

  static func parts(_ parts: [BashWordPart], in root: BashWord) -> String {
    parts.map { part in
      switch part {
      case .literal(let text):
        return text
      case .singleQuoted(let text, let dollar):
        guard dollar else { return "'" + text + "'" }
        let decoded = String(
          decoding: BackslashEscapes.expand(text, .dollarQuote).bytes, as: UTF8.self)
        return ShellQuoting.singleQuoted(decoded)
      case .doubleQuoted(let inner):
        return "\"" + Self.parts(inner, in: root) + "\""
      case .parameter(let expansion):
        return parameter(expansion)
      case .commandSubstitution(let statements, let position):
        if let raw = backquoted(at: position, in: root) { return raw }
        return "$(" + BashFunctionPrinter.commandString(statements) + ")"
      case .arithmetic(let text):
        return "$((" + text + "))"
      case .processSubstitution(let output, let statements):
        return (output ? ">(" : "<(") + BashFunctionPrinter.commandString(statements) + ")"
      }
    }.joined()
  }

  /// `$NAME` or `${…}` rebuilt from its parts (only for words that hold a `$(…)`).
  static func parameter(_ p: BashParameterExpansion) -> String {
    if p.short { return "$" + p.name }
    var text = "${" + (p.length ? "#" : "") + (p.indirect ? "!" : "") + p.name + (p.names ?? "")
    if let index = p.index { text += "[" + index + "]" }
    if let slice = p.slice {
      text += ":" + slice.offset + (slice.length.map { ":" + $0 } ?? "")
    }
    if let replacement = p.replacement {
      text += "/" + (replacement.all ? "/" : (replacement.anchor ?? ""))
      text += replacement.pattern.map(word) ?? ""
      if let with = replacement.with { text += "/" + word(with) }
    }
    if let operation = p.operation {
      text += operation.op + (operation.word.map(word) ?? "")
    }
    return text + "}"
  }

  /// The source text of a backquoted substitution starting at `position` in `root`, or nil
  /// when it is a `$(…)`.
  static func backquoted(at position: BashPosition, in root: BashWord) -> String? {
    guard let text = root.text else { return nil }
    let scalars = Array(text.unicodeScalars)
    var line = root.position.line
    var column = root.position.column
    var index = 0
    while index < scalars.count, line < position.line || column < position.column {
      if scalars[index] == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
      index += 1
    }
    guard index < scalars.count, scalars[index] == "`" else { return nil }
    var end = index + 1
    while end < scalars.count, scalars[end] != "`" {
      if scalars[end] == "\\" { end += 1 }
      end += 1
    }
    guard end < scalars.count else { return nil }
    var raw = String.UnicodeScalarView()
    raw.append(contentsOf: scalars[index...end])
    return String(raw)
  }
}
