/// `cut -f LIST [-d SEP] [-s] [--output-delimiter=STR]`, `cut -b LIST`, `cut -c LIST` (GNU cut
/// counts bytes for `-c`), each with `--complement`.
public struct CutInvocation: Codable, Equatable, Hashable, Sendable {
  public enum Unit: String, Codable, Equatable, Hashable, Sendable {
    /// `-b`, `-c`: byte positions.
    case bytes
    /// `-f`: fields between delimiters.
    case fields
  }

  public var unit: Unit
  /// The positions kept, in any order (they are written in input order, each once).
  public var ranges: [CutRange]
  /// `-d SEP`: the one byte between fields (a tab when absent); fields only.
  public var delimiter: String?
  /// `-s`: lines without the delimiter are not written; fields only.
  public var onlyDelimited: Bool
  /// `--complement`: the positions not in `ranges` are kept instead.
  public var complement: Bool
  /// `--output-delimiter=STR`: written between the kept fields instead of the delimiter; fields
  /// only.
  public var outputDelimiter: String?
  /// File operands, cut in order (`-` is standard input); none reads standard input.
  public var files: [Template]

  public init(
    unit: Unit, ranges: [CutRange], delimiter: String? = nil, onlyDelimited: Bool = false,
    complement: Bool = false, outputDelimiter: String? = nil, files: [Template] = []
  ) {
    self.files = files
    self.unit = unit
    self.ranges = ranges
    self.delimiter = delimiter
    self.onlyDelimited = onlyDelimited
    self.complement = complement
    self.outputDelimiter = outputDelimiter
  }

  enum CodingKeys: String, CodingKey {
    case bytes, fields, delimiter
    case onlyDelimited = "only-delimited"
    case complement
    case outputDelimiter = "output-delimiter"
    case files
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let list: String
    if let fields = try c.decodeIfPresent(String.self, forKey: .fields) {
      unit = .fields
      list = fields
    } else {
      unit = .bytes
      list = try c.decode(String.self, forKey: .bytes)
    }
    guard let ranges = CutRange.parseList(list) else {
      throw DecodingError.dataCorruptedError(
        forKey: unit == .fields ? .fields : .bytes, in: c,
        debugDescription: "'\(list)' is not a cut list such as 1,3-4,6-")
    }
    self.ranges = ranges
    delimiter = try c.decodeIfPresent(String.self, forKey: .delimiter)
    onlyDelimited = try c.flag(.onlyDelimited)
    complement = try c.flag(.complement)
    outputDelimiter = try c.decodeIfPresent(String.self, forKey: .outputDelimiter)
    files = try c.decodeIfPresent([Template].self, forKey: .files) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(CutRange.listText(ranges), forKey: unit == .fields ? .fields : .bytes)
    try c.encodeIfPresent(delimiter, forKey: .delimiter)
    try c.flag(onlyDelimited, .onlyDelimited)
    try c.flag(complement, .complement)
    try c.encodeIfPresent(outputDelimiter, forKey: .outputDelimiter)
    if !files.isEmpty { try c.encode(files, forKey: .files) }
  }
}

/// One element of a cut list: `N`, `N-M`, `N-`, `-M`; positions are numbered from 1.
public struct CutRange: Equatable, Hashable, Sendable {
  public var from: Int
  /// The last position (through the end of the line when absent).
  public var to: Int?

  public init(from: Int, to: Int?) {
    self.from = from
    self.to = to
  }

  public func contains(_ position: Int) -> Bool {
    position >= from && (to.map { position <= $0 } ?? true)
  }

  /// The elements of a list such as `1,3-4,6-` (GNU also separates them with blanks); `nil`
  /// when an element is not a valid range.
  public static func parseList(_ text: String) -> [CutRange]? {
    let elements = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" })
    var ranges: [CutRange] = []
    for element in elements {
      guard let range = parse(element) else { return nil }
      ranges.append(range)
    }
    return ranges.isEmpty ? nil : ranges
  }

  private static func parse(_ element: Substring) -> CutRange? {
    func number(_ digits: Substring) -> Int? {
      guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
        let value = Int(digits), value >= 1
      else { return nil }
      return value
    }
    guard let dash = element.firstIndex(of: "-") else {
      return number(element).map { CutRange(from: $0, to: $0) }
    }
    let low = element[..<dash]
    let high = element[element.index(after: dash)...]
    if low.isEmpty, high.isEmpty { return nil }
    let from = low.isEmpty ? 1 : number(low)
    let to = high.isEmpty ? nil : number(high)
    guard let from, high.isEmpty || to != nil else { return nil }
    if let to, to < from { return nil }
    return CutRange(from: from, to: to)
  }

  /// The list written back: `1`, `3-4`, `6-`.
  public static func listText(_ ranges: [CutRange]) -> String {
    ranges.map { range in
      switch range.to {
      case nil: "\(range.from)-"
      case range.from?: "\(range.from)"
      case let to?: "\(range.from)-\(to)"
      }
    }.joined(separator: ",")
  }
}
