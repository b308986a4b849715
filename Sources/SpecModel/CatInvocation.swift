/// `cat [-n|-b] [-s] [-v] [-E] [-T] [-A] [FILE…]` with options or several files (a plain
/// `cat FILE` is the source `file`, a plain `cat` passes its input through).
public struct CatInvocation: Codable, Equatable, Hashable, Sendable {
  public enum Numbering: String, Codable, Equatable, Hashable, Sendable {
    /// `-n`: every line.
    case all
    /// `-b`: lines that are not empty.
    case nonBlank = "non-blank"
  }

  /// Files in order (`-` is standard input); none reads standard input.
  public var files: [Template]
  public var numbering: Numbering?
  /// `-s`: runs of empty lines written as one.
  public var squeezeBlank: Bool
  /// `-v`: control and non-ASCII bytes as `^X`, `M-X` (tabs and newlines kept).
  public var showNonprinting: Bool
  /// `-E`: `$` at the end of each line.
  public var showEnds: Bool
  /// `-T`: tabs as `^I`.
  public var showTabs: Bool

  public init(
    files: [Template] = [], numbering: Numbering? = nil, squeezeBlank: Bool = false,
    showNonprinting: Bool = false, showEnds: Bool = false, showTabs: Bool = false
  ) {
    self.files = files
    self.numbering = numbering
    self.squeezeBlank = squeezeBlank
    self.showNonprinting = showNonprinting
    self.showEnds = showEnds
    self.showTabs = showTabs
  }

  enum CodingKeys: String, CodingKey {
    case files, numbering
    case squeezeBlank = "squeeze-blank"
    case showNonprinting = "show-nonprinting"
    case showEnds = "show-ends"
    case showTabs = "show-tabs"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    files = try c.decodeIfPresent([Template].self, forKey: .files) ?? []
    numbering = try c.decodeIfPresent(Numbering.self, forKey: .numbering)
    squeezeBlank = try c.flag(.squeezeBlank)
    showNonprinting = try c.flag(.showNonprinting)
    showEnds = try c.flag(.showEnds)
    showTabs = try c.flag(.showTabs)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    if !files.isEmpty { try c.encode(files, forKey: .files) }
    try c.encodeIfPresent(numbering, forKey: .numbering)
    try c.flag(squeezeBlank, .squeezeBlank)
    try c.flag(showNonprinting, .showNonprinting)
    try c.flag(showEnds, .showEnds)
    try c.flag(showTabs, .showTabs)
  }
}
