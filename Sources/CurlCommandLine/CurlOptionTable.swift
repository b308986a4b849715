/// The curl 7.88 options the compiler and the runtime know, by long name, with their short
/// letters and whether they take a value. The compiler reads a static command line with it and
/// the runtime reads an argument vector only known at run time (`curl "${args[@]}"`) with it.
public enum CurlOptionTable {
  /// One option: its long name, its letter, and whether the next word (or the rest of a short
  /// cluster) is its value.
  public struct Entry: Sendable, Equatable {
    public var long: String
    public var short: Character?
    public var takesValue: Bool
  }

  public static let entries: [Entry] =
    [
      ("request", "X"), ("header", "H"), ("data", "d"), ("data-raw", nil), ("data-binary", nil),
      ("data-ascii", nil), ("data-urlencode", nil), ("form", "F"), ("form-string", nil),
      ("dump-header", "D"), ("output", "o"), ("write-out", "w"), ("max-time", "m"),
      ("connect-timeout", nil), ("user", "u"), ("user-agent", "A"), ("cookie", "b"),
      ("url", nil), ("retry", nil), ("upload-file", "T"), ("json", nil), ("referer", "e"),
      ("retry-delay", nil), ("retry-max-time", nil), ("proxy", "x"), ("resolve", nil),
      ("cacert", nil), ("oauth2-bearer", nil),
    ].map { Entry(long: $0.0, short: $0.1, takesValue: true) }
    + [
      ("silent", "s"), ("show-error", "S"), ("fail", "f"), ("fail-with-body", nil),
      ("include", "i"), ("no-buffer", "N"), ("location", "L"), ("get", "G"), ("head", "I"),
      ("insecure", "k"), ("compressed", nil), ("http1.1", nil), ("http1.0", nil), ("http2", nil),
      ("globoff", "g"), ("verbose", "v"), ("retry-all-errors", nil), ("retry-connrefused", nil),
      ("no-progress-meter", nil), ("no-keepalive", nil), ("ipv4", "4"), ("ipv6", "6"),
      ("junk-session-cookies", "j"), ("parallel", "Z"), ("next", ":"),
    ].map { Entry(long: $0.0, short: $0.1, takesValue: false) }

  static let byLong: [String: Entry] = Dictionary(
    entries.map { ($0.long, $0) }, uniquingKeysWith: { first, _ in first })
  static let byShort: [Character: Entry] = Dictionary(
    entries.compactMap { entry in entry.short.map { ($0, entry) } },
    uniquingKeysWith: { first, _ in first })

  /// The option a long name (without `--`) names.
  public static func long(_ name: String) -> Entry? { byLong[name] }
  /// The option a letter names.
  public static func short(_ letter: Character) -> Entry? { byShort[letter] }
}
