/// `s/regex/replacement/flags` and `y/source/dest/`.
extension SedParser {
  mutating func parseSubstitution() throws(SedError) -> SedProgram.Substitution {
    let unterminated = "unterminated `s' command"
    guard let delimiter = reader.next(), delimiter != 0x0A, delimiter != 0x5C else {
      throw reader.error(unterminated)
    }
    guard let pattern = try matchDelimited(delimiter, regex: true),
      let replacementText = try matchDelimited(delimiter, regex: false)
    else { throw reader.error(unterminated) }
    var substitution = SedProgram.Substitution(
      regex: nil, replacement: SedReplacement(parsing: replacementText))
    var ignoreCase = false
    var multiline = false
    var numbered = false
    flags: while let flag = reader.next() {
      switch flag {
      case UInt8(ascii: "i"), UInt8(ascii: "I"): ignoreCase = true
      case UInt8(ascii: "m"), UInt8(ascii: "M"): multiline = true
      case UInt8(ascii: "p"):
        if substitution.print { throw reader.error("multiple `p' options to `s' command") }
        substitution.print = true
      case UInt8(ascii: "g"):
        if substitution.global { throw reader.error("multiple `g' options to `s' command") }
        substitution.global = true
      case UInt8(ascii: "w"):
        let file = try readFilename()
        outputFiles.append(file)
        substitution.writeFile = file
        break flags
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if numbered { throw reader.error("multiple number options to `s' command") }
        numbered = true
        let number = reader.integer(startingWith: flag)
        if number == 0 { throw reader.error("number option to `s' command may not be zero") }
        substitution.occurrence = number
      case UInt8(ascii: "e"):
        throw SedError(.unsupported, "the `e' flag of `s' is not supported", at: reader.location)
      case UInt8(ascii: "}"), UInt8(ascii: "#"):
        reader.back()
        break flags
      case 0x0A, UInt8(ascii: ";"):
        break flags
      case 0x20, 0x09:
        continue
      default:
        throw reader.error("unknown option to `s'")
      }
    }
    substitution.regex = try compileRegex(
      pattern, ignoreCase: ignoreCase, multiline: multiline)
    if let regex = substitution.regex, substitution.replacement.highestGroup > regex.groupCount {
      throw reader.error(
        "invalid reference \\\(substitution.replacement.highestGroup) on `s' command's RHS")
    }
    return substitution
  }

  mutating func parseTransliteration() throws(SedError) -> [[UInt8]: [UInt8]] {
    let unterminated = "unterminated `y' command"
    guard let delimiter = reader.next(), delimiter != 0x0A, delimiter != 0x5C else {
      throw reader.error(unterminated)
    }
    guard let source = try matchDelimited(delimiter, regex: false),
      let destination = try matchDelimited(delimiter, regex: false)
    else { throw reader.error(unterminated) }
    let from = SedUTF8.characters(Self.unescapeTransliteration(source))
    let to = SedUTF8.characters(Self.unescapeTransliteration(destination))
    guard from.count == to.count else {
      throw reader.error("strings for `y' command are different lengths")
    }
    try readEndOfCommand()
    var map: [[UInt8]: [UInt8]] = [:]
    for (character, replacement) in zip(from, to) where map[character] == nil {
      map[character] = replacement
    }
    return map
  }

  /// `\\` is a backslash and `\n` a newline; other escapes are sed's character escapes.
  private static func unescapeTransliteration(_ text: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    var index = 0
    while index < text.count {
      let byte = text[index]
      index += 1
      guard byte == 0x5C, index < text.count else {
        output.append(byte)
        continue
      }
      if text[index] == 0x5C {
        output.append(0x5C)
        index += 1
      } else if let decoded = SedEscapes.decode(text, at: &index) {
        output.append(decoded)
      } else {
        output += [0x5C, text[index]]
        index += 1
      }
    }
    return output
  }
}
