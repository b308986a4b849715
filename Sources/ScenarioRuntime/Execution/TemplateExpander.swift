import Shell
import SpecModel

/// Template expansion: what bash does to a double-quoted word. Expansions run against the
/// shell's state and may change it (`${NAME:=word}`).
///
/// In pattern words (`${V#…}`, `${V//…/…}`, `case` arms, `[[ == ]]`) literal text is pattern
/// syntax as the compiler wrote it (quoted characters escaped with a backslash), and the values
/// of expansions match literally (as `"$PREFIX"` does), but for those written unquoted
/// (`.patternValue`), whose values are pattern syntax.
extension ShellState {
  mutating func expand(_ template: Template) throws(ExpansionError) -> String {
    var out = ""
    for part in template.parts { out += try expand(part) }
    return out
  }

  /// A glob pattern from a template: literal text is pattern syntax, expanded values are not.
  mutating func pattern(_ template: Template) throws(ExpansionError) -> BashPattern {
    var pieces: [(text: String, isPattern: Bool)] = []
    for part in template.parts {
      if case .literal(let text) = part {
        pieces.append((text, true))
      } else if case .patternValue(let inner) = part {
        pieces.append((try expand(inner), true))
      } else {
        pieces.append((try expand(part), false))
      }
    }
    return BashPattern(pieces: pieces)
  }

  /// Words of a call's arguments: each template gives its fields (`expandFields`).
  mutating func expandWords(_ templates: [Template]) throws(ExpansionError) -> [String] {
    var words: [String] = []
    for template in templates { words += try expandFields(template) }
    return words
  }

  private mutating func expand(_ part: TemplatePart) throws(ExpansionError) -> String {
    if let value = try arrayScalar(part) { return value }
    switch part {
    case .literal(let text): return text
    case .variable(let name): return try required(name)
    case .processID: return String(processID)
    case .lastStatus: return String(lastStatus)
    case .lastBackgroundJob: return try required("!")
    case .date(let format): return Strftime.format(format, at: clock.wallTime)
    case .expansion(let expansion): return try expand(expansion)
    case .arithmetic(let expression): return try expandArithmetic(expression)
    case .patternValue(let inner): return try expand(inner)
    }
  }

  /// The value of `name`, or bash's `unbound variable` error under `set -u`.
  mutating func required(_ name: String) throws(ExpansionError) -> String {
    if name.last == "]" { return try requiredElement(ParameterName(name)) }
    if let value = value(of: name) { return value }
    if !nounset || Self.isExemptFromNounset(name) { return "" }
    throw ExpansionError(message: "\(Self.displayName(name)): unbound variable")
  }

  /// How bash names a parameter in its errors: `$1`, `$!`, but `NAME` for variables.
  static func displayName(_ name: String) -> String {
    guard let first = name.first, first.isLetter || first == "_" else { return "$" + name }
    return name
  }

  private mutating func expand(_ e: ParameterExpansion) throws(ExpansionError) -> String {
    let name = e.name
    switch e.operation {
    case .useDefault(let word, let nullIsUnset):
      if let value = value(of: name), !(nullIsUnset && value.isEmpty) { return value }
      return try expand(word)
    case .assignDefault(let word, let nullIsUnset):
      if let value = value(of: name), !(nullIsUnset && value.isEmpty) { return value }
      let value = try expand(word)
      guard name.first?.isLetter == true || name.first == "_" else {
        throw ExpansionError(message: "\(Self.displayName(name)): cannot assign in this way")
      }
      assign(name, value)
      return value
    case .useAlternative(let word, let nullIsUnset):
      if let value = value(of: name), !(nullIsUnset && value.isEmpty) { return try expand(word) }
      return ""
    case .errorIfUnset(let word, let nullIsUnset):
      if let value = value(of: name), !(nullIsUnset && value.isEmpty) { return value }
      var message = try expand(word)
      if message.isEmpty {
        message = nullIsUnset ? "parameter null or not set" : "parameter not set"
      }
      throw ExpansionError(message: "\(Self.displayName(name)): \(message)")
    case .length:
      return String(try required(name).unicodeScalars.count)
    case .removePrefix(let word, let longest):
      let value = try required(name)
      return PatternOperations.removePrefix(value, try pattern(word), longest: longest)
    case .removeSuffix(let word, let longest):
      let value = try required(name)
      return PatternOperations.removeSuffix(value, try pattern(word), longest: longest)
    case .replace(let patternWord, let replacementWord, let mode):
      let value = try required(name)
      let compiled = try pattern(patternWord)
      let replacement = try replacementPieces(replacementWord)
      return PatternOperations.replace(value, compiled, mode: mode) { matched in
        replacement.map { piece in piece.isMatch ? matched : piece.text }.joined()
      }
    case .substring(let offset, let length):
      if name == "@" || name == "*" {
        let words = ["bash"] + positional
        let start = offset < 0 ? words.count + offset : offset
        guard start >= 0 else { return "" }
        let selected = words.dropFirst(min(start, words.count))
        return selected.prefix(length.map { max($0, 0) } ?? selected.count).joined(separator: " ")
      }
      let scalars = Array(try required(name).unicodeScalars)
      var start = offset < 0 ? scalars.count + offset : offset
      if start < 0 || start > scalars.count { return "" }
      start = min(start, scalars.count)
      var end = scalars.count
      if let length {
        end = length < 0 ? scalars.count + length : min(scalars.count, start + length)
        if end < start {
          throw ExpansionError(message: "\(length): substring expression < 0", isFatal: false)
        }
      }
      var out = ""
      out.unicodeScalars.append(contentsOf: scalars[start..<end])
      return out
    case .changeCase(let upper, let all):
      let value = try required(name)
      guard let first = value.first else { return value }
      if all { return upper ? value.uppercased() : value.lowercased() }
      let head = upper ? String(first).uppercased() : String(first).lowercased()
      return head + value.dropFirst()
    case .quote:
      return ShellQuoting.reusable(try required(name), utf8: usesUTF8Locale)
    case .indices:
      // `${!NAME}` of a scalar name: the index of its only element.
      return value(of: name) == nil ? "" : "0"
    case .indirect:
      return try indirect(name)
    case .arithmeticSubstring(let offset, let length):
      let bounds = try substringBounds(name, offset: offset, length: length)
      return try substring(name, bounds, lengthText: length?.text)
    }
  }

  private struct ReplacementPiece {
    var text: String
    var isMatch: Bool
  }

  /// The replacement of `${V/pattern/replacement}`: bash 5.2 (`patsub_replacement`, on by
  /// default) puts the matched text where the literal text has `&`; `\&` is a literal `&`.
  private mutating func replacementPieces(_ word: Template) throws(ExpansionError)
    -> [ReplacementPiece]
  {
    var pieces: [ReplacementPiece] = []
    for part in word.parts {
      guard case .literal(let text) = part else {
        pieces.append(ReplacementPiece(text: try expand(part), isMatch: false))
        continue
      }
      var current = ""
      var chars = text.makeIterator()
      while let c = chars.next() {
        if c == "\\" {
          guard let next = chars.next() else {
            current.append(c)
            break
          }
          if next != "&" { current.append(c) }
          current.append(next)
        } else if c == "&" {
          pieces.append(ReplacementPiece(text: current, isMatch: false))
          pieces.append(ReplacementPiece(text: "", isMatch: true))
          current = ""
        } else {
          current.append(c)
        }
      }
      pieces.append(ReplacementPiece(text: current, isMatch: false))
    }
    return pieces
  }
}
