import Foundation
import SpecModel

/// `sed [-n] [-E] 's/PATTERN/REPLACEMENT/[g][N][I][p]'`, as GNU sed 4.9 in a UTF-8 locale: each
/// line on its own; `&`, `\0`–`\9`, `\n`, `\t`…, and the case conversions `\U \L \u \l \E` in
/// the replacement; the `p` flag prints a substituted line (a second time without `-n`); a last
/// line without newline is printed without one.
enum SubstituteFilter {
  static func run(_ substitution: SedSubstitution, input: [UInt8]) -> FilterResult {
    let command: Command
    switch Command.compile(substitution) {
    case .success(let compiled): command = compiled
    case .failure(let error):
      let position = scriptLength(substitution)
      return FilterResult(
        output: [], status: 1,
        stderr: Array("sed: -e expression #1, char \(position): \(error.message)\n".utf8))
    }
    var writer = SedWriter(capacity: input.count)
    for line in InputLine.split(input) {
      let bytes = input[line.content]
      guard let replaced = command.substitute(in: bytes) else {
        if !substitution.quiet { writer.write(bytes, terminated: line.terminated) }
        continue
      }
      if substitution.print { writer.write(replaced[...], terminated: line.terminated) }
      if !substitution.quiet { writer.write(replaced[...], terminated: line.terminated) }
    }
    return FilterResult(output: writer.output)
  }

  /// The length of the script as written with `/` delimiters: where sed reports an error.
  static func scriptLength(_ substitution: SedSubstitution) -> Int {
    func written(_ text: String) -> Int {
      var count = 0
      var escaped = false
      for scalar in text.unicodeScalars {
        count += 1
        if scalar == "/" && !escaped { count += 1 }
        escaped = scalar == "\\" && !escaped
      }
      return count
    }
    var flags = 0
    if substitution.global { flags += 1 }
    if substitution.ignoreCase { flags += 1 }
    if substitution.print { flags += 1 }
    if let occurrence = substitution.occurrence { flags += String(occurrence).count }
    return 4 + written(substitution.pattern) + written(substitution.replacement) + flags
  }

  /// A compiled `s` command.
  struct Command {
    var matcher: LineMatcher
    var replacement: [ReplacementPart]
    var global: Bool
    /// The match replaced (1-based), and with `global` every one after it.
    var occurrence: Int
    /// What replaces an empty match between the bytes of a multibyte character, where GNU sed
    /// finds one for a pattern glibc runs byte by byte that matches the empty string without
    /// `^` or `$` (`x*`); `nil` when it finds none there.
    var insideCharacter: [UInt8]?

    static func compile(_ substitution: SedSubstitution) -> Result<Command, RegexSyntaxError> {
      if substitution.pattern.isEmpty {
        return .failure(RegexSyntaxError(message: "no previous regular expression"))
      }
      let translated: TranslatedRegex
      do {
        translated = try POSIXRegex.translate(
          substitution.pattern,
          dialect: RegexDialect(tool: .sed, extended: substitution.extended),
          glibcRepetitions: true, ignoreCase: substitution.ignoreCase)
      } catch {
        return .failure(error)
      }
      let parts = ReplacementPart.parse(substitution.replacement)
      for case .group(let number) in parts where number > translated.groupCount {
        return .failure(
          RegexSyntaxError(message: "invalid reference \\\(number) on `s' command's RHS"))
      }
      var options: NSRegularExpression.Options = [.useUnixLineSeparators]
      if substitution.ignoreCase { options.insert(.caseInsensitive) }
      guard
        let matcher = try? LineMatcher(
          pattern: translated.pattern, variants: translated.variants, options: options)
      else {
        return .failure(RegexSyntaxError(message: "Invalid regular expression"))
      }
      var command = Command(
        matcher: matcher, replacement: parts, global: substitution.global,
        occurrence: substitution.occurrence ?? 1, insideCharacter: nil)
      if translated.matchesBytewise && !substitution.ignoreCase {
        // Newlines stand for bytes that match nothing; position 1 is neither end.
        let inside = matcher.regex.firstMatch(
          in: "\n\n\n", options: LineMatcher.searchOptions.union(.anchored),
          range: NSRange(location: 1, length: 2))
        if let inside, inside.range.length == 0 {
          var converter = CaseConverter()
          for part in parts {
            switch part {
            case .text(let text): converter.append(text)
            case .group: break
            case .convert(let conversion): converter.set(conversion)
            }
          }
          command.insideCharacter = converter.output
        }
      }
      return .success(command)
    }

    /// The line with the substitution made, `nil` when the pattern does not match.
    ///
    /// This is GNU sed's loop: after an empty match it copies one byte and searches again from
    /// the next, which for some patterns finds empty matches inside a multibyte character
    /// (see `insideCharacter`); an empty match right where the previous match ended is
    /// skipped.
    func substitute(in bytes: ArraySlice<UInt8>) -> [UInt8]? {
      let subject = RegexSubject(bytes)
      var output: [UInt8] = []
      var copied = 0
      var previousEnd: Int?
      var substituted = false
      var seen = 0
      var done = false
      /// A match: replaced when it is the `occurrence`th or, with `global`, a later one.
      func replaces() -> Bool {
        seen += 1
        guard seen >= occurrence, !done else { return false }
        substituted = true
        done = !global
        return true
      }
      func stepInside(at location: Int) {
        guard let insideCharacter, location < subject.length else { return }
        let character = subject.bytes(of: subject.characterRange(at: location))
        guard character.count > 1 else { return }
        for inner in 1..<character.count where replaces() {
          let offset = character.lowerBound + inner
          output += bytes[(bytes.startIndex + copied)..<(bytes.startIndex + offset)]
          output += insideCharacter
          copied = offset
        }
      }
      for match in matcher.matches(in: subject) {
        if done { break }
        let range = match.range
        if range.length == 0 && range.location == previousEnd {
          stepInside(at: range.location)
          previousEnd = nil
          continue
        }
        if replaces() {
          let span = subject.bytes(of: range)
          output += bytes[(bytes.startIndex + copied)..<(bytes.startIndex + span.lowerBound)]
          output += expand(match, subject: subject, bytes: bytes)
          copied = span.upperBound
          if done { break }
        }
        if range.length == 0 {
          stepInside(at: range.location)
          previousEnd = nil
        } else {
          previousEnd = match.end
        }
      }
      guard substituted else { return nil }
      output += bytes[(bytes.startIndex + copied)...]
      return output
    }

    private func expand(_ match: RegexMatch, subject: RegexSubject, bytes: ArraySlice<UInt8>)
      -> [UInt8]
    {
      var converter = CaseConverter()
      for part in replacement {
        switch part {
        case .text(let text):
          converter.append(text)
        case .group(let number):
          let range = match.range(at: number)
          guard range.location != NSNotFound else { continue }
          let span = subject.bytes(of: range)
          converter.append(
            bytes[(bytes.startIndex + span.lowerBound)..<(bytes.startIndex + span.upperBound)])
        case .convert(let conversion):
          converter.set(conversion)
        }
      }
      return converter.output
    }
  }

  /// A piece of the replacement.
  enum ReplacementPart: Equatable {
    case text([UInt8])
    /// `&` or `\0` (0), `\1`–`\9`.
    case group(Int)
    case convert(CaseConversion)

    static func parse(_ replacement: String) -> [ReplacementPart] {
      var parts: [ReplacementPart] = []
      var text: [UInt8] = []
      func flush() {
        if !text.isEmpty { parts.append(.text(text)) }
        text = []
      }
      func append(_ scalar: Unicode.Scalar) { text += Array(String(scalar).utf8) }
      let scalars = Array(replacement.unicodeScalars)
      var index = 0
      while index < scalars.count {
        let scalar = scalars[index]
        index += 1
        if scalar == "&" {
          flush()
          parts.append(.group(0))
          continue
        }
        guard scalar == "\\", index < scalars.count else {
          append(scalar)
          continue
        }
        let escaped = scalars[index]
        index += 1
        switch escaped {
        case "0"..."9":
          flush()
          parts.append(.group(Int(escaped.value - 48)))
        case "n": append("\n")
        case "t": append("\t")
        case "a": append("\u{07}")
        case "f": append("\u{0C}")
        case "v": append("\u{0B}")
        case "r": append("\r")
        case "L", "U", "l", "u", "E":
          flush()
          parts.append(.convert(CaseConversion(rawValue: Character(escaped))!))
        case "c" where index < scalars.count && scalars[index].isASCII:
          let next = scalars[index]
          index += 1
          let upper = next.properties.isLowercase ? next.value - 32 : next.value
          text.append(UInt8(truncatingIfNeeded: upper ^ 0x40))
        case "d", "o", "x":
          let (radix, maxDigits) = escaped == "d" ? (10, 3) : escaped == "o" ? (8, 3) : (16, 2)
          var digits = ""
          while digits.count < maxDigits, index < scalars.count, scalars[index].isASCII,
            Int(String(scalars[index]), radix: radix) != nil
          {
            digits.unicodeScalars.append(scalars[index])
            index += 1
          }
          if let value = Int(digits, radix: radix) {
            text.append(UInt8(truncatingIfNeeded: value))
          } else {
            append(escaped)
          }
        default:
          append(escaped)
        }
      }
      flush()
      return parts
    }
  }

  enum CaseConversion: Character {
    case lowerAll = "L"
    case upperAll = "U"
    case lowerNext = "l"
    case upperNext = "u"
    case end = "E"
  }

  /// Applies `\U`, `\L` (until `\E`) and `\u`, `\l` (the next character) as the replacement is
  /// assembled.
  struct CaseConverter {
    var output: [UInt8] = []
    private var all: CaseConversion?
    private var next: CaseConversion?

    mutating func set(_ conversion: CaseConversion) {
      switch conversion {
      case .lowerAll, .upperAll:
        all = conversion
        next = nil
      case .lowerNext, .upperNext: next = conversion
      case .end:
        all = nil
        next = nil
      }
    }

    mutating func append<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
      guard all != nil || next != nil else {
        output += bytes
        return
      }
      let buffer = Array(bytes)
      buffer.withUnsafeBufferPointer { buffer in
        var index = 0
        while index < buffer.count {
          let (decoded, size) = UTF8Decoding.scalar(in: buffer, at: index)
          defer { index += size }
          guard let scalar = decoded else {
            output.append(buffer[index])
            continue
          }
          let conversion = next ?? all
          next = nil
          let converted: Unicode.Scalar
          switch conversion {
          case .upperAll, .upperNext: converted = Self.simpleCase(scalar, upper: true)
          case .lowerAll, .lowerNext: converted = Self.simpleCase(scalar, upper: false)
          default: converted = scalar
          }
          output += Array(String(converted).utf8)
        }
      }
    }

    /// `towupper`/`towlower`: a one-character mapping, else the character itself.
    private static func simpleCase(_ scalar: Unicode.Scalar, upper: Bool) -> Unicode.Scalar {
      let mapped =
        upper ? scalar.properties.uppercaseMapping : scalar.properties.lowercaseMapping
      let scalars = mapped.unicodeScalars
      return scalars.count == 1 ? scalars.first! : scalar
    }
  }
}
