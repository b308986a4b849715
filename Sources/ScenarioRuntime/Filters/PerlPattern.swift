/// `grep -P` patterns (PCRE2 as GNU grep 3.8 uses it: UTF-8, but `\d \w \s \b` ASCII-only)
/// rewritten for ICU, which reads most of PCRE's syntax the same way.
struct PerlPattern: Equatable {
  var pattern: String
  /// The group standing for `\K` (the match is then reported from where that group is), if
  /// the pattern has one.
  var keepGroup: Int?

  static let asciiWord = "[A-Za-z0-9_]"
  static let asciiSpace = "\\t\\n\\x{B}\\f\\r "

  /// ICU's syntax for `pattern`; fails with PCRE's message for unbalanced parentheses.
  static func translate(_ pattern: String) throws(RegexSyntaxError) -> PerlPattern {
    let scalars = Array(pattern.unicodeScalars)
    var output = ""
    var index = 0
    var inClass = false
    var groups = 0
    var depth = 0
    var keepGroup: Int?
    func emit(_ text: String) { output += text }
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      if scalar == "\\", index < scalars.count {
        let escaped = scalars[index]
        index += 1
        switch escaped {
        case "Q":
          // Quoted up to `\E`, as is.
          emit("\\Q")
          while index < scalars.count {
            if scalars[index] == "\\", index + 1 < scalars.count, scalars[index + 1] == "E" {
              emit("\\E")
              index += 2
              break
            }
            output.unicodeScalars.append(scalars[index])
            index += 1
          }
        case "d": emit(inClass ? "0-9" : "[0-9]")
        case "D": emit("[^0-9]")
        case "w": emit(inClass ? "A-Za-z0-9_" : asciiWord)
        case "W": emit("[^A-Za-z0-9_]")
        case "s": emit(inClass ? asciiSpace : "[" + asciiSpace + "]")
        case "S": emit("[^" + asciiSpace + "]")
        case "b" where !inClass:
          emit("(?:(?<=\(asciiWord))(?!\(asciiWord))|(?<!\(asciiWord))(?=\(asciiWord)))")
        case "B" where !inClass:
          emit("(?:(?<=\(asciiWord))(?=\(asciiWord))|(?<!\(asciiWord))(?!\(asciiWord)))")
        case "K" where !inClass:
          groups += 1
          keepGroup = keepGroup ?? groups
          emit("()")
        case "1"..."9" where !inClass:
          // A back-reference, renumbered past the group standing for `\K`.
          var digits = String(escaped)
          while index < scalars.count, ("0"..."9").contains(scalars[index]) {
            digits.unicodeScalars.append(scalars[index])
            index += 1
          }
          var number = Int(digits) ?? 0
          if let keepGroup, number >= keepGroup { number += 1 }
          emit("(?:\\\(number))")
        default:
          emit("\\")
          output.unicodeScalars.append(escaped)
        }
        continue
      }
      if inClass {
        if scalar == "[", index < scalars.count, scalars[index] == ":" {
          // `[:alpha:]` inside a class.
          output.unicodeScalars.append(scalar)
          while index < scalars.count {
            output.unicodeScalars.append(scalars[index])
            index += 1
            if scalars[index - 1] == "]" { break }
          }
          continue
        }
        if scalar == "]" { inClass = false }
        output.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "[":
        inClass = true
        emit("[")
        // A `]` right after `[` or `[^` is a member.
        if index < scalars.count, scalars[index] == "^" {
          emit("^")
          index += 1
        }
        if index < scalars.count, scalars[index] == "]" {
          emit("\\]")
          index += 1
        }
      case "(":
        depth += 1
        let rest = String(String.UnicodeScalarView(scalars[index...]))
        if rest.hasPrefix("?P<") {
          groups += 1
          emit("(?<")
          index += 3
        } else if rest.hasPrefix("?P=") {
          // `(?P=name)`: a back-reference by name.
          let name = rest.dropFirst(3).prefix { $0 != ")" }
          emit("\\k<\(name)>")
          index += 3 + name.unicodeScalars.count + 1
          depth -= 1
        } else if rest.hasPrefix("?<"), !rest.hasPrefix("?<="), !rest.hasPrefix("?<!") {
          groups += 1
          emit("(")
        } else if rest.hasPrefix("?'") {
          groups += 1
          let name = rest.dropFirst(2).prefix { $0 != "'" }
          emit("(?<\(name)>")
          index += 2 + name.unicodeScalars.count + 1
        } else {
          if !rest.hasPrefix("?") && !rest.hasPrefix("*") { groups += 1 }
          emit("(")
        }
      case ")":
        guard depth > 0 else { throw RegexSyntaxError(message: "unmatched closing parenthesis") }
        depth -= 1
        emit(")")
      default:
        output.unicodeScalars.append(scalar)
      }
    }
    if depth > 0 { throw RegexSyntaxError(message: "missing closing parenthesis") }
    return PerlPattern(pattern: output, keepGroup: keepGroup)
  }
}
