/// `wc [-l] [-w] [-m] [-c] [-L] [FILE…]` printing several counts, or counts of file operands
/// (one count of standard input is the filter `count`).
public struct WordCountInvocation: Codable, Equatable, Hashable, Sendable {
  /// The counts printed, in wc's column order (lines, words, characters, bytes, line length).
  public var counts: [CountUnit]
  /// File operands (`-` is standard input); none reads standard input.
  public var files: [Template]

  public init(counts: [CountUnit], files: [Template] = []) {
    self.counts = counts
    self.files = files
  }

  enum CodingKeys: String, CodingKey { case counts, files }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    counts = try c.decode([CountUnit].self, forKey: .counts)
    files = try c.decodeIfPresent([Template].self, forKey: .files) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(counts, forKey: .counts)
    if !files.isEmpty { try c.encode(files, forKey: .files) }
  }
}
