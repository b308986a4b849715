/// A GNU text utility that reads its standard input or its file operands (`paste`, `rev`,
/// `tac`, `comm`, `cmp`, `nl`, `fold`) or only its arguments (`expr`): the options written,
/// each named by its short letter (or its long name when it has none) with its value, and the
/// operands, all expanded at run time and read as the GNU program (coreutils 9.1, diffutils
/// 3.8) reads them.
public struct TextUtilityCall: Codable, Equatable, Hashable, Sendable {
  /// The programs this call can stand for.
  public enum Command: String, Codable, CaseIterable, Sendable {
    case paste, rev, tac, comm, cmp, expr, nl, fold, diff, bc
  }

  /// One option as written: `-d ,` is `d` with the value `,`; `--nocheck-order` is
  /// `nocheck-order` without one.
  public struct Option: Codable, Equatable, Hashable, Sendable {
    public var name: String
    public var value: Template?

    public init(_ name: String, _ value: Template? = nil) {
      self.name = name
      self.value = value
    }

    enum CodingKeys: String, CodingKey { case name, value }
  }

  public var command: Command
  public var options: [Option]
  /// The operands in order (`-` is standard input for the commands that read files).
  public var operands: [Template]

  public init(_ command: Command, options: [Option] = [], operands: [Template] = []) {
    self.command = command
    self.options = options
    self.operands = operands
  }

  /// The operands the command opens as files (`-`, standard input, excepted): all of them, but
  /// none for `expr`, only the first two for `cmp` (the others are byte counts to skip), and
  /// `-` too for `rev`, to which it is a name like any other.
  public var files: [Template] {
    switch command {
    case .expr: return []
    case .rev: return operands
    case .cmp, .diff: return Array(operands.prefix(2)).filter { $0 != "-" }
    default: return operands.filter { $0 != "-" }
    }
  }

  enum CodingKeys: String, CodingKey { case command, options, operands }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    command = try c.decode(Command.self, forKey: .command)
    options = try c.decodeIfPresent([Option].self, forKey: .options) ?? []
    operands = try c.decodeIfPresent([Template].self, forKey: .operands) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(command, forKey: .command)
    if !options.isEmpty { try c.encode(options, forKey: .options) }
    if !operands.isEmpty { try c.encode(operands, forKey: .operands) }
  }
}
