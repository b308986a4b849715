import GlibcRegex

/// An awk regular expression (POSIX ERE) compiled by glibc's `regcomp` in the C locale and
/// matched on bytes (a UTF-8 character is several bytes, as in mawk).
final class AwkRegex {
  /// `nil` for the empty regex, which matches everywhere.
  private let compiled: GlibcRegex?

  /// Compiles awk regex text (escapes such as `\n`, `\t`, `\/`, `\"`, `\ddd` are awk's).
  init(_ source: [UInt8]) throws(AwkRuntimeError) {
    let pattern = Self.translate(source)
    guard !pattern.isEmpty else {
      compiled = nil
      return
    }
    do {
      compiled = try GlibcRegex(pattern, options: .extended, locale: .c)
    } catch {
      throw AwkRuntimeError(
        "regular expression compile failed (\(error.message))\n\(String(decoding: source, as: UTF8.self))"
      )
    }
  }

  /// The first match in `bytes` at or after `start`; `start` > 0 is not a line start.
  func firstMatch(in bytes: [UInt8], from start: Int = 0) -> Range<Int>? {
    guard start <= bytes.count else { return nil }
    guard let compiled else { return start..<start }
    return compiled.match(bytes, from: start, notBeginningOfLine: start > 0)?[0]
  }

  func matches(_ bytes: [UInt8]) -> Bool { firstMatch(in: bytes) != nil }

  /// awk's escapes turned into what `regcomp` reads: `\n`, `\t`… and `\ddd` become the bytes
  /// (escaped when they are special), `\/` and `\"` the character; others stay escaped.
  static func translate(_ source: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    var index = 0
    while index < source.count {
      let byte = source[index]
      index += 1
      if byte == UInt8(ascii: "[") {
        output += bracket(source, &index)
        continue
      }
      guard byte == 0x5C, index < source.count else {
        output.append(byte)
        continue
      }
      let escaped = source[index]
      index += 1
      let decoded = AwkEscapes.decode(escaped, in: source, at: &index, quote: UInt8(ascii: "\""))
      if decoded.count == 1, decoded[0] != 0x5C || escaped == 0x5C {
        let character = decoded[0]
        if escaped == 0x5C || Array(".[]()*+?{}|^$".utf8).contains(character) {
          output += [0x5C, character]
        } else {
          output.append(character)
        }
      } else {
        output += decoded
      }
    }
    return output
  }

  /// A bracket expression after its `[`, up to its `]`: escapes inside stand for the
  /// character (`[\/]`, `[\t]`), as in gawk and mawk.
  private static func bracket(_ source: [UInt8], _ index: inout Int) -> [UInt8] {
    var output: [UInt8] = [UInt8(ascii: "[")]
    if index < source.count, source[index] == UInt8(ascii: "^") {
      output.append(source[index])
      index += 1
    }
    if index < source.count, source[index] == UInt8(ascii: "]") {
      output.append(source[index])
      index += 1
    }
    while index < source.count {
      let byte = source[index]
      index += 1
      if byte == UInt8(ascii: "]") {
        output.append(byte)
        return output
      }
      if byte == UInt8(ascii: "["), index < source.count,
        [UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "=")].contains(source[index])
      {
        let kind = source[index]
        output += [byte, kind]
        index += 1
        while index < source.count {
          output.append(source[index])
          index += 1
          if output.last == UInt8(ascii: "]"), output[output.count - 2] == kind { break }
        }
        continue
      }
      if byte == 0x5C, index < source.count {
        let escaped = source[index]
        index += 1
        let decoded = AwkEscapes.decode(escaped, in: source, at: &index, quote: nil)
        output.append(decoded.last!)
        continue
      }
      output.append(byte)
    }
    return output
  }
}

/// Compiled regular expressions by source (dynamic regexes are compiled once).
final class AwkRegexCache {
  private var cache: [[UInt8]: AwkRegex] = [:]

  func regex(_ source: [UInt8]) throws(AwkRuntimeError) -> AwkRegex {
    if let regex = cache[source] { return regex }
    let regex = try AwkRegex(source)
    if cache.count > 500 { cache.removeAll() }
    cache[source] = regex
    return regex
  }
}
