import Glibc

/// A sed regular expression compiled by glibc's `regcomp` in the C.UTF-8 locale (set for the
/// calling thread only, with `uselocale`), so that `.` and brackets match whole UTF-8
/// characters as GNU sed does in a UTF-8 locale. The pattern space may hold newlines: without
/// the `M` flag `^`/`$` match only at its ends and `.` matches a newline.
public final class SedRegex: @unchecked Sendable {
  private var compiled = regex_t()
  /// The number of groups (`\(…\)` or `(…)`).
  public let groupCount: Int

  /// Compiles `pattern` (sed's escapes already turned into characters by `SedEscapes`).
  /// Throws glibc's message (`Unmatched ( or \(`).
  public init(_ pattern: [UInt8], extended: Bool, ignoreCase: Bool, multiline: Bool)
    throws(SedRegexError)
  {
    var flags: Int32 = 0
    if extended { flags |= REG_EXTENDED }
    if ignoreCase { flags |= REG_ICASE }
    if multiline { flags |= REG_NEWLINE }
    let cPattern = pattern.map { CChar(bitPattern: $0) } + [0]
    var regex = regex_t()
    let status = SedLocale.withUTF8 { regcomp(&regex, cPattern, flags) }
    guard status == 0 else {
      var buffer = [CChar](repeating: 0, count: 256)
      regerror(status, &regex, &buffer, buffer.count)
      throw SedRegexError(
        message: String(
          decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
    compiled = regex
    groupCount = Int(regex.re_nsub)
  }

  deinit { regfree(&compiled) }

  /// The match at or after `start` in `bytes`: the whole match then each group (nil when the
  /// group took no part). The text before `start` is context (`^` matches only at 0).
  public func match(_ bytes: [UInt8], from start: Int = 0) -> [Range<Int>?]? {
    guard start <= bytes.count else { return nil }
    var matches = [regmatch_t](repeating: regmatch_t(), count: groupCount + 1)
    matches[0].rm_so = regoff_t(start)
    matches[0].rm_eo = regoff_t(bytes.count)
    let subject = bytes.isEmpty ? [0] : bytes
    let status = SedLocale.withUTF8 {
      subject.withUnsafeBufferPointer { buffer -> Int32 in
        buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
          regexec(&compiled, $0, matches.count, &matches, REG_STARTEND)
        }
      }
    }
    guard status == 0 else { return nil }
    return matches.map { $0.rm_so < 0 ? nil : Int($0.rm_so)..<Int($0.rm_eo) }
  }

  public func matches(_ bytes: [UInt8]) -> Bool { match(bytes) != nil }
}

public struct SedRegexError: Error, Equatable, Sendable {
  public var message: String
}

/// The C.UTF-8 locale, made current for one call on the calling thread.
enum SedLocale {
  nonisolated(unsafe) private static let utf8: locale_t? = newlocale(
    Int32(1 << LC_CTYPE) | Int32(1 << LC_COLLATE), "C.UTF-8", nil)

  static func withUTF8<T>(_ body: () throws -> T) rethrows -> T {
    guard let utf8 else { return try body() }
    let previous = uselocale(utf8)
    defer { uselocale(previous) }
    return try body()
  }
}
