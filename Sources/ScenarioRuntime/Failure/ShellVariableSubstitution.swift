/// Puts known values in place of `$NAME` and `${NAME}` in shell text, as bash would expand
/// them, so a command can be pasted and rerun: inside single quotes nothing changes; inside
/// double quotes the value is escaped for them; elsewhere it is split into words as bash splits
/// it (default `IFS`), each quoted when it needs to be, glob characters left active. Other
/// expansions (`${NAME:-x}`, `${#NAME}`, `$1`) and unknown names stay as written.
enum ShellVariableSubstitution {
  static func resolve(_ text: String, variables: [String: String]) -> String {
    let chars = Array(text)
    var out = ""
    var index = 0
    var inSingle = false
    var inDouble = false
    while index < chars.count {
      let char = chars[index]
      if inSingle {
        if char == "'" { inSingle = false }
        out.append(char)
        index += 1
        continue
      }
      switch char {
      case "\\" where index + 1 < chars.count:
        out.append(char)
        out.append(chars[index + 1])
        index += 2
        continue
      case "'" where !inDouble:
        inSingle = true
      case "\"":
        inDouble.toggle()
      case "$":
        if let (name, end) = reference(in: chars, at: index), let value = variables[name] {
          out += inDouble ? escapedForDoubleQuotes(value) : unquotedFields(value)
          index = end
          continue
        }
      default:
        break
      }
      out.append(char)
      index += 1
    }
    return out
  }

  /// `$NAME` or `${NAME}` at `start` (the `$`): the name and the index after the reference.
  private static func reference(in chars: [Character], at start: Int) -> (String, Int)? {
    var index = start + 1
    let braced = index < chars.count && chars[index] == "{"
    if braced { index += 1 }
    let nameStart = index
    while index < chars.count,
      chars[index] == "_"
        || (chars[index].isASCII && (chars[index].isLetter || chars[index].isNumber))
    {
      if index == nameStart && chars[index].isNumber { return nil }
      index += 1
    }
    guard index > nameStart else { return nil }
    let name = String(chars[nameStart..<index])
    if braced {
      guard index < chars.count, chars[index] == "}" else { return nil }
      index += 1
    }
    return (name, index)
  }

  /// An unquoted expansion's words: split at blanks and newlines, each quoted unless made of
  /// characters the shell leaves alone (and glob characters, which bash would expand too).
  private static func unquotedFields(_ value: String) -> String {
    value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map { field in
      let glob = field.contains { "*?[".contains($0) }
      let rest = field.filter { !"*?[]".contains($0) }
      return glob && (rest.isEmpty || Quoting.ifNeeded(rest) == rest)
        ? String(field) : Quoting.ifNeeded(String(field))
    }.joined(separator: " ")
  }

  private static func escapedForDoubleQuotes(_ value: String) -> String {
    var out = ""
    for char in value {
      if char == "\\" || char == "\"" || char == "$" || char == "`" { out.append("\\") }
      out.append(char)
    }
    return out
  }
}
