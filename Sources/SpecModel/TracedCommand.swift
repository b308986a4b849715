/// What `set -x` prints for a step, one line per entry, as bash prints it on standard error.
/// The compiler records it only for code that runs after a `set -x`; the runtime prints it only
/// while the `xtrace` option is on.
public enum TracedCommand: Equatable, Hashable, Sendable {
  /// A simple command's words, printed after expansion and before the command runs
  /// (`+ curl -s http://…`); each word is quoted as bash's trace quotes it. `"$@"` is one
  /// template that expands to several words.
  case words([Template])
  /// `NAME=value`, printed with the variable's value once the step has assigned it
  /// (`+ X=value`, after the `++` lines of a command substitution).
  case assignment(String)
}

/// `trace: [[curl, -s, "${URL}"], {assign: X}]`.
extension TracedCommand: Codable {
  public init(from decoder: any Decoder) throws {
    if let c = try? decoder.container(keyedBy: AnyKey.self) {
      self = .assignment(try c.value("assign"))
      return
    }
    var c = try decoder.unkeyedContainer()
    var words: [Template] = []
    while !c.isAtEnd { words.append(try c.decode(Template.self)) }
    self = .words(words)
  }

  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .words(let words):
      var c = encoder.unkeyedContainer()
      for word in words { try c.encode(word) }
    case .assignment(let name):
      var c = encoder.container(keyedBy: AnyKey.self)
      try c.put(name, "assign")
    }
  }
}
