/// `command -v NAME…`, `type -t NAME…`, `type NAME…`: what each name is to bash (a keyword, a
/// function of the document, a builtin, or an external command the runtime implements, found
/// through `PATH`), printed one line per name found.
public struct CommandLookup: Codable, Equatable, Hashable, Sendable {
  public enum Style: String, Codable, Equatable, Hashable, Sendable {
    /// `command -v`: the name, or the command's path; status 0 when any name was found.
    case path = "command-v"
    /// `type -t`: `keyword`, `function`, `builtin` or `file`; status 0 when every name was.
    case kind = "type-t"
    /// `type`: `NAME is a shell builtin`, …; a name not found is an error message.
    case describe = "type"
  }

  public var style: Style
  public var names: [Template]

  public init(style: Style, names: [Template]) {
    self.style = style
    self.names = names
  }
}
