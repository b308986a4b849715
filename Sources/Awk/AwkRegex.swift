import Glibc

/// An awk regular expression (POSIX ERE) compiled by glibc's `regcomp`, matched on bytes (the
/// process's locale is C unless something changed it, so a UTF-8 character is several bytes,
/// as in mawk).
final class AwkRegex {
  private var compiled = regex_t()
  private let matchesEverything: Bool

  /// Compiles awk regex text (escapes such as `\n`, `\t`, `\/`, `\"`, `\ddd` are awk's).
  init(_ source: [UInt8]) throws(AwkRuntimeError) {
    let pattern = Self.translate(source)
    matchesEverything = pattern.isEmpty
    guard !matchesEverything else { return }
    let cPattern = pattern.map { CChar(bitPattern: $0) } + [0]
    let status = regcomp(&compiled, cPattern, REG_EXTENDED)
    guard status == 0 else {
      var buffer = [CChar](repeating: 0, count: 256)
      regerror(status, &compiled, &buffer, buffer.count)
      let reason = String(
        decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      throw AwkRuntimeError(
        "regular expression compile failed (\(reason))\n\(String(decoding: source, as: UTF8.self))")
    }
  }

  deinit {
    if !matchesEverything { regfree(&compiled) }
  }

  /// The first match in `bytes` at or after `start`; `start` > 0 is not a line start.
  func firstMatch(in bytes: [UInt8], from start: Int = 0) -> Range<Int>? {
    guard start <= bytes.count else { return nil }
    if matchesEverything { return start..<start }
    let subject = bytes.isEmpty ? [0] : bytes
    var match = [regmatch_t](repeating: regmatch_t(), count: 1)
    match[0].rm_so = regoff_t(start)
    match[0].rm_eo = regoff_t(bytes.count)
    var flags = REG_STARTEND
    if start > 0 { flags |= REG_NOTBOL }
    let status = subject.withUnsafeBufferPointer { buffer -> Int32 in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
        regexec(&compiled, $0, 1, &match, flags)
      }
    }
    guard status == 0 else { return nil }
    return Int(match[0].rm_so)..<Int(match[0].rm_eo)
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
