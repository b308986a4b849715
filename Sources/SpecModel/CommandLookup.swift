/// `command -v NAME…`, `command -V NAME…`, `type [-t|-p|-a] NAME…`, `declare -f [NAME…]`,
/// `declare -F [NAME…]`: what each name is to bash (a keyword, a function of the document, a
/// builtin, or an external command the runtime implements, found through `PATH`), printed one
/// line (or one function definition) per name found.
public struct CommandLookup: Codable, Equatable, Hashable, Sendable {
  public enum Style: String, Codable, Equatable, Hashable, Sendable {
    /// `command -v`: the name, or the command's path; status 0 when any name was found.
    case path = "command-v"
    /// `type -t`: `keyword`, `function`, `builtin` or `file`; status 0 when every name was.
    case kind = "type-t"
    /// `type`: `NAME is a shell builtin`, …, a function followed by its definition; a name not
    /// found is an error message.
    case describe = "type"
    /// `command -V`: as `type`, its error messages from `command`.
    case describeCommand = "command-V"
    /// `type -p`: the path of an external command, nothing for other kinds.
    case filePath = "type-p"
    /// `type -a`: every kind a name has, and every file on `PATH`.
    case all = "type-a"
    /// `declare -f`, `typeset -f`: each function's definition (every function's, sorted,
    /// without names); status 1 when a name is not a function.
    case definitions = "declare-f"
    /// `declare -F`: each name that is a function (`declare -f NAME` for every function,
    /// sorted, without names).
    case functionNames = "declare-F"
  }

  public var style: Style
  public var names: [Template]
  /// The definitions of the functions the document defines before the lookup, as bash prints
  /// them (`BashFunctionPrinter`), by name: what `type`, `command -V` and `declare -f` print
  /// after `NAME is a function`. Empty for the other styles.
  public var definitions: [String: String]

  public init(style: Style, names: [Template], definitions: [String: String] = [:]) {
    self.style = style
    self.names = names
    self.definitions = definitions
  }

  enum CodingKeys: String, CodingKey { case style, names, definitions }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    style = try c.decode(Style.self, forKey: .style)
    names = try c.decodeIfPresent([Template].self, forKey: .names) ?? []
    definitions = try c.decodeIfPresent([String: String].self, forKey: .definitions) ?? [:]
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(style, forKey: .style)
    try c.encode(names, forKey: .names)
    if !definitions.isEmpty { try c.encode(definitions, forKey: .definitions) }
  }
}
