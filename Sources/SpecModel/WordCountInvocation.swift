/// `wc [-l] [-w] [-m] [-c] [-L] [FILE…]` printing several counts, or counts of file operands
/// (one count of standard input is the filter `count`).
public struct WordCountInvocation: Codable, Equatable, Hashable, Sendable {
  /// The counts printed, in wc's column order (lines, words, characters, bytes, line length).
  public var counts: [CountUnit]
  /// File operands (`-` is standard input); none reads standard input.
  public var files: [Template]
  /// The file `< FILE` makes standard input, if any: wc sizes its columns by what `fstat`
  /// says of standard input (a regular file's size, else at least 7 digits, as for a pipe).
  public var standardInputFile: Template?

  public init(counts: [CountUnit], files: [Template] = [], standardInputFile: Template? = nil) {
    self.counts = counts
    self.files = files
    self.standardInputFile = standardInputFile
  }

  enum CodingKeys: String, CodingKey {
    case counts, files
    case standardInputFile = "stdin-file"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    counts = try c.decode([CountUnit].self, forKey: .counts)
    files = try c.decodeIfPresent([Template].self, forKey: .files) ?? []
    standardInputFile = try c.decodeIfPresent(Template.self, forKey: .standardInputFile)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(counts, forKey: .counts)
    if !files.isEmpty { try c.encode(files, forKey: .files) }
    try c.encodeIfPresent(standardInputFile, forKey: .standardInputFile)
  }
}
