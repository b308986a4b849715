/// A `sed` command line the short forms (`.substitute`, `.select`, `.lines`) do not cover: the
/// script pieces as written, the options, the file operands. The runtime runs it with the Sed
/// interpreter (GNU sed 4.9's language).
public struct SedInvocation: Codable, Equatable, Hashable, Sendable {
  /// One piece of the script, in command-line order.
  public enum Script: Equatable, Hashable, Sendable {
    /// `-e TEXT` or the script operand, exactly as written.
    case expression(String)
    /// `-f FILE`.
    case file(Template)

    /// The file of a `-f` piece.
    public var file: Template? {
      if case .file(let file) = self { file } else { nil }
    }
  }

  public var scripts: [Script]
  /// `-n`.
  public var quiet: Bool
  /// `-E`/`-r`.
  public var extended: Bool
  /// `-s`.
  public var separate: Bool
  /// `-z`.
  public var nullData: Bool
  /// `-l N`.
  public var lineWrap: Int?
  /// File operands (standard input when empty; `-` is standard input).
  public var files: [Template]

  public init(
    scripts: [Script], quiet: Bool = false, extended: Bool = false, separate: Bool = false,
    nullData: Bool = false, lineWrap: Int? = nil, files: [Template] = []
  ) {
    self.scripts = scripts
    self.quiet = quiet
    self.extended = extended
    self.separate = separate
    self.nullData = nullData
    self.lineWrap = lineWrap
    self.files = files
  }

  enum CodingKeys: String, CodingKey {
    case script, scripts, quiet, extended, separate
    case nullData = "null-data"
    case lineWrap = "line-wrap"
    case files
  }

  enum ScriptKeys: String, CodingKey { case expression, file }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    var scripts: [Script] = []
    // `script: TEXT` is the one-expression form; `scripts:` lists several pieces.
    if let text = try c.decodeIfPresent(String.self, forKey: .script) {
      scripts.append(.expression(text))
    } else {
      var list = try c.nestedUnkeyedContainer(forKey: .scripts)
      while !list.isAtEnd {
        let item = try list.nestedContainer(keyedBy: ScriptKeys.self)
        if let text = try item.decodeIfPresent(String.self, forKey: .expression) {
          scripts.append(.expression(text))
        } else {
          scripts.append(.file(try item.decode(Template.self, forKey: .file)))
        }
      }
    }
    guard !scripts.isEmpty else {
      throw DecodingError.dataCorruptedError(
        forKey: .scripts, in: c, debugDescription: "sed needs at least one script")
    }
    self.scripts = scripts
    quiet = try c.flag(.quiet)
    extended = try c.flag(.extended)
    separate = try c.flag(.separate)
    nullData = try c.flag(.nullData)
    lineWrap = try c.decodeIfPresent(Int.self, forKey: .lineWrap)
    files = try c.decodeIfPresent([Template].self, forKey: .files) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    if scripts.count == 1, case .expression(let text) = scripts[0] {
      try c.encode(text, forKey: .script)
    } else {
      var list = c.nestedUnkeyedContainer(forKey: .scripts)
      for script in scripts {
        var item = list.nestedContainer(keyedBy: ScriptKeys.self)
        switch script {
        case .expression(let text): try item.encode(text, forKey: .expression)
        case .file(let file): try item.encode(file, forKey: .file)
        }
      }
    }
    try c.flag(quiet, .quiet)
    try c.flag(extended, .extended)
    try c.flag(separate, .separate)
    try c.flag(nullData, .nullData)
    try c.encodeIfPresent(lineWrap, forKey: .lineWrap)
    if !files.isEmpty { try c.encode(files, forKey: .files) }
  }
}
