/// `od [-A RADIX] [-t TYPE]… [-c] [-x] [-b] [-d] [-o] [-v] [-w[N]] [-N N] [-j N] [FILE…]`:
/// the input (its files in order, one stream) dumped in the given formats, as GNU od 9 does.
public struct OdInvocation: Codable, Equatable, Hashable, Sendable {
  /// How the offset starting each line is written (`-A`); `none` writes none.
  public enum AddressRadix: String, Codable, Equatable, Hashable, Sendable {
    case octal, decimal, hex, none
  }

  /// One output format (`-t`): each line of input bytes is written once per format.
  public struct Format: Codable, Equatable, Hashable, Sendable {
    public enum Kind: String, Codable, Equatable, Hashable, Sendable {
      /// `d`, `u`, `o`, `x`: integers of `size` bytes (little endian).
      case signed = "d"
      case unsigned = "u"
      case octal = "o"
      case hex = "x"
      /// `c`: printable characters, C escapes, else three octal digits.
      case character = "c"
      /// `a`: named characters (`nul`, `sp`, `del`…), the high bit ignored.
      case named = "a"
    }

    public var kind: Kind
    /// Bytes per value: 1, 2, 4 or 8 (1 for `c` and `a`).
    public var size: Int

    public init(_ kind: Kind, size: Int = 1) {
      self.kind = kind
      self.size = size
    }

    /// `x1`, `d4`, `c`, `a`: the form `od -t` takes and the YAML holds.
    public var text: String {
      kind == .character || kind == .named ? kind.rawValue : kind.rawValue + String(size)
    }

    /// Reads one format written as `text` writes it.
    public init?(text: String) {
      guard let first = text.first, let kind = Kind(rawValue: String(first)) else { return nil }
      let rest = text.dropFirst()
      if kind == .character || kind == .named {
        guard rest.isEmpty else { return nil }
        self.init(kind)
      } else {
        guard let size = Int(rest), [1, 2, 4, 8].contains(size) else { return nil }
        self.init(kind, size: size)
      }
    }

    public init(from decoder: any Decoder) throws {
      let text = try decoder.singleValueContainer().decode(String.self)
      guard let format = Format(text: text) else {
        throw DecodingError.dataCorrupted(
          .init(codingPath: decoder.codingPath, debugDescription: "invalid od format '\(text)'"))
      }
      self = format
    }

    public func encode(to encoder: any Encoder) throws {
      var c = encoder.singleValueContainer()
      try c.encode(text)
    }
  }

  /// File operands, read one after the other as one input (`-` is standard input); none
  /// reads standard input.
  public var files: [Template]
  public var addressRadix: AddressRadix
  /// The formats in order (`o2` when none was given).
  public var formats: [Format]
  /// Input bytes per output line (`-w`, 16 by default).
  public var width: Int
  /// `-j`: input bytes skipped first.
  public var skip: Int
  /// `-N`: at most this many bytes dumped.
  public var limit: Int?
  /// `-v`: every line written; otherwise a line equal to the one before is written as `*`.
  public var verbose: Bool

  public init(
    files: [Template] = [], addressRadix: AddressRadix = .octal,
    formats: [Format] = [Format(.octal, size: 2)], width: Int = 16, skip: Int = 0,
    limit: Int? = nil, verbose: Bool = false
  ) {
    self.files = files
    self.addressRadix = addressRadix
    self.formats = formats
    self.width = width
    self.skip = skip
    self.limit = limit
    self.verbose = verbose
  }

  enum CodingKeys: String, CodingKey {
    case files
    case addressRadix = "address-radix"
    case formats, width, skip, limit, verbose
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    files = try c.decodeIfPresent([Template].self, forKey: .files) ?? []
    addressRadix = try c.decodeIfPresent(AddressRadix.self, forKey: .addressRadix) ?? .octal
    formats = try c.decodeIfPresent([Format].self, forKey: .formats) ?? [Format(.octal, size: 2)]
    width = try c.decodeIfPresent(Int.self, forKey: .width) ?? 16
    skip = try c.decodeIfPresent(Int.self, forKey: .skip) ?? 0
    limit = try c.decodeIfPresent(Int.self, forKey: .limit)
    verbose = try c.flag(.verbose)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    if !files.isEmpty { try c.encode(files, forKey: .files) }
    if addressRadix != .octal { try c.encode(addressRadix, forKey: .addressRadix) }
    try c.encode(formats, forKey: .formats)
    if width != 16 { try c.encode(width, forKey: .width) }
    if skip != 0 { try c.encode(skip, forKey: .skip) }
    try c.encodeIfPresent(limit, forKey: .limit)
    try c.flag(verbose, .verbose)
  }
}
