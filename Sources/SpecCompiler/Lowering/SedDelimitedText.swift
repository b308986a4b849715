/// How GNU sed reads the parts of a script between delimiters (`/re/`, `\%re%`, `s/re/rep/`,
/// `s|re|rep|`): a regular expression ends at the first delimiter outside a bracket expression
/// (`[/]`, `[]/]`, `[[:punct:]/]` do not end it); `\` before the delimiter stands for the
/// delimiter itself outside a bracket expression and stays as written inside one; every other
/// escape is kept for the regular expression or replacement syntax to interpret. In a
/// replacement, brackets are ordinary and `\&` keeps its backslash even when `&` delimits.
enum SedDelimitedText {
  /// The text up to the next unescaped `delimiter`, which is consumed; `nil` when the script
  /// ends first.
  static func read(_ chars: inout Substring, delimiter: Character, regex: Bool) -> String? {
    var text = ""
    while let c = chars.popFirst() {
      if c == delimiter { return text }
      if c == "\\" {
        guard let next = chars.popFirst() else { return nil }
        if next != delimiter || (!regex && next == "&") { text.append("\\") }
        text.append(next)
        continue
      }
      text.append(c)
      if regex && c == "[" {
        guard let bracket = readBracket(&chars) else { return nil }
        text += bracket
      }
    }
    return nil
  }

  /// The rest of a bracket expression after its `[`, through its closing `]`: a `]` right
  /// after `[` or `[^` is a member, and `[:…:]`, `[=…=]`, `[.….]` are read whole.
  private static func readBracket(_ chars: inout Substring) -> String? {
    var text = ""
    if chars.first == "^" { text.append(chars.removeFirst()) }
    if chars.first == "]" { text.append(chars.removeFirst()) }
    while let c = chars.popFirst() {
      text.append(c)
      if c == "]" { return text }
      if c == "[", let kind = chars.first, ":=.".contains(kind) {
        text.append(chars.removeFirst())
        var closed = false
        while let d = chars.popFirst() {
          text.append(d)
          if d == kind && chars.first == "]" {
            text.append(chars.removeFirst())
            closed = true
            break
          }
        }
        if !closed { return nil }
      }
    }
    return nil
  }
}
