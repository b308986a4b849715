import Glibc
import Synchronization

/// A POSIX regular expression (BRE or ERE, with glibc's GNU extensions such as `\w`, `\<`,
/// `\+` and back-references) compiled by glibc's `regcomp` and matched by `regexec` on bytes:
/// the one regex engine of the tools whose regexes are glibc's (sed, awk, bash's `=~`).
///
/// The locale is set for the calling thread only, around each call (`uselocale`): in
/// C.UTF-8 `.` and brackets match whole UTF-8 characters (GNU sed, bash in a UTF-8 locale);
/// in C every byte is a character (mawk).
public final class GlibcRegex: @unchecked Sendable {
  // `regex_t` is only read after `init`, and glibc's `regexec` does not modify it (it keeps its
  // scratch state per call), so one compiled regex may be matched from several threads.

  public struct Options: OptionSet, Sendable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// ERE rather than BRE (`REG_EXTENDED`).
    public static let extended = Options(rawValue: REG_EXTENDED)
    /// Case-insensitive (`REG_ICASE`).
    public static let ignoreCase = Options(rawValue: REG_ICASE)
    /// `^`/`$` match at newlines inside the subject and `.` and non-matching lists never match
    /// a newline (`REG_NEWLINE`).
    public static let newlineSensitive = Options(rawValue: REG_NEWLINE)
  }

  /// GNU syntax bits (`re_syntax_options`), for tools that compile with glibc's
  /// `re_compile_pattern` rather than `regcomp` (GNU grep).
  public struct Syntax: OptionSet, Sendable {
    public let rawValue: UInt
    public init(rawValue: UInt) { self.rawValue = rawValue }

    /// Case-insensitive (`RE_ICASE`).
    public static let ignoreCase = Syntax(rawValue: 0x40_0000)
    /// GNU grep's BREs (`RE_SYNTAX_GREP`: `\{` intervals, `\+ \?`, newline-separated
    /// alternatives, no error for a repetition operator where an expression starts).
    public static let grep = Syntax(rawValue: 0x1_0A46)
    /// GNU `grep -E`'s EREs (`RE_SYNTAX_EGREP`: an invalid interval and an unmatched `)` are
    /// ordinary characters, a repetition operator where an expression starts is dropped).
    public static let egrep = Syntax(rawValue: 0x23_BA5C)
  }

  private var compiled = regex_t()
  private let locale: RegexLocale
  /// The number of groups (`\(…\)` in a BRE, `(…)` in an ERE).
  public let groupCount: Int

  /// Compiles `pattern`; throws glibc's message (`Unmatched ( or \(`).
  public init(_ pattern: [UInt8], options: Options = [], locale: RegexLocale = .utf8)
    throws(GlibcRegexError)
  {
    self.locale = locale
    let cPattern = pattern.map { CChar(bitPattern: $0) } + [0]
    var regex = regex_t()
    let status = locale.withCurrent { regcomp(&regex, cPattern, options.rawValue) }
    guard status == 0 else {
      var buffer = [CChar](repeating: 0, count: 256)
      regerror(status, &regex, &buffer, buffer.count)
      throw GlibcRegexError(
        message: String(
          decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
    compiled = regex
    groupCount = Int(regex.re_nsub)
  }

  /// Compiles `pattern` with `re_compile_pattern` under the GNU `syntax` bits, as GNU grep
  /// does; throws glibc's message.
  public init(_ pattern: [UInt8], syntax: Syntax, locale: RegexLocale = .utf8)
    throws(GlibcRegexError)
  {
    self.locale = locale
    var regex = regex_t()
    let message = locale.withCurrent { GNUCompiler.compile(pattern, syntax: syntax, into: &regex) }
    if let message {
      regfree(&regex)
      throw GlibcRegexError(message: message)
    }
    compiled = regex
    groupCount = Int(regex.re_nsub)
  }

  deinit { regfree(&compiled) }

  /// The leftmost-longest match at or after `start` in `bytes`: the whole match, then each
  /// group (`nil` when the group took no part). The bytes before `start` are context: `^`
  /// matches only at 0 (and after a newline with `.newlineSensitive`), never at 0 with
  /// `notBeginningOfLine`; `$` never at the end with `notEndOfLine`.
  public func match(
    _ bytes: [UInt8], from start: Int = 0, notBeginningOfLine: Bool = false,
    notEndOfLine: Bool = false
  ) -> [Range<Int>?]? {
    guard start <= bytes.count else { return nil }
    var matches = [regmatch_t](repeating: regmatch_t(), count: groupCount + 1)
    matches[0].rm_so = regoff_t(start)
    matches[0].rm_eo = regoff_t(bytes.count)
    var flags = REG_STARTEND
    if notBeginningOfLine { flags |= REG_NOTBOL }
    if notEndOfLine { flags |= REG_NOTEOL }
    let subject = bytes.isEmpty ? [0] : bytes
    let status = locale.withCurrent {
      subject.withUnsafeBufferPointer { buffer -> Int32 in
        buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
          regexec(&compiled, $0, matches.count, &matches, flags)
        }
      }
    }
    guard status == 0 else { return nil }
    return matches.map { $0.rm_so < 0 ? nil : Int($0.rm_so)..<Int($0.rm_eo) }
  }

  /// Whether the regex matches anywhere in `bytes`.
  public func matches(_ bytes: [UInt8]) -> Bool { match(bytes) != nil }
}

/// A pattern glibc rejects, with its message.
public struct GlibcRegexError: Error, Equatable, Sendable {
  public var message: String

  public init(message: String) { self.message = message }
}

/// The locale a regex is compiled and matched in.
public enum RegexLocale: Sendable {
  /// C.UTF-8: characters are UTF-8 sequences.
  case utf8
  /// C: every byte is a character.
  case c

  nonisolated(unsafe) private static let utf8Locale: locale_t? = newlocale(
    Int32(1 << LC_CTYPE) | Int32(1 << LC_COLLATE), "C.UTF-8", nil)
  nonisolated(unsafe) private static let cLocale: locale_t? = newlocale(
    Int32(1 << LC_CTYPE) | Int32(1 << LC_COLLATE), "C", nil)

  /// Runs `body` with this locale current on the calling thread.
  func withCurrent<T>(_ body: () throws -> T) rethrows -> T {
    guard let locale = self == .utf8 ? Self.utf8Locale : Self.cLocale else { return try body() }
    let previous = uselocale(locale)
    defer { uselocale(previous) }
    return try body()
  }
}

/// glibc's GNU interface (`re_compile_pattern` and its global `re_syntax_options`), which the
/// Glibc module does not import (it is declared only with `_GNU_SOURCE`): looked up once, and
/// called under a lock since the syntax is a process-wide setting.
private enum GNUCompiler {
  typealias CompilePattern =
    @convention(c) (UnsafePointer<CChar>, Int, UnsafeMutablePointer<regex_t>) -> UnsafePointer<
      CChar
    >?

  private static let lock = Mutex(())
  nonisolated(unsafe) private static let compilePattern: CompilePattern? = dlsym(
    nil, "re_compile_pattern"
  ).map { unsafeBitCast($0, to: CompilePattern.self) }
  nonisolated(unsafe) private static let syntaxOptions: UnsafeMutablePointer<UInt>? = dlsym(
    nil, "re_syntax_options"
  ).map { $0.assumingMemoryBound(to: UInt.self) }

  /// glibc's message, or `nil` once `regex` holds the compiled pattern.
  static func compile(_ pattern: [UInt8], syntax: GlibcRegex.Syntax, into regex: inout regex_t)
    -> String?
  {
    guard let compilePattern, let syntaxOptions else {
      return "re_compile_pattern is not available"
    }
    let cPattern = pattern.map { CChar(bitPattern: $0) } + [0]
    return lock.withLock { _ -> String? in
      let previous = syntaxOptions.pointee
      syntaxOptions.pointee = syntax.rawValue
      defer { syntaxOptions.pointee = previous }
      return cPattern.withUnsafeBufferPointer { buffer in
        compilePattern(buffer.baseAddress!, pattern.count, &regex).map { String(cString: $0) }
      }
    }
  }
}
