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
  /// An assignment printed before the step runs, its value expanded and quoted as bash's trace
  /// quotes an assignment: `+ IFS=` before `read`, `+ s+='p q'` (the appended text only),
  /// `+ a[$i]=v` (the target as written).
  case assigning(target: String, append: Bool, value: Template)
  /// A line printed as written in the document: bash traces an array assignment
  /// (`+ a=(1 "$x")`) and a `for` header (`+ for i in a "$x"`) unexpanded.
  case text(String)
  /// The terms of a `[[ … ]]`, in the order of its condition's tests: bash prints each test as
  /// it evaluates it (`+ [[ p q == \p* ]]`, `+ [[ ! -n x ]]`), not those `&&`/`||` skip. Each
  /// term is the words between `[[ ` and ` ]]`, expanded and printed unquoted (an empty one as
  /// `''`).
  case testTerms([[Template]])
}

/// `trace: [[curl, -s, "${URL}"], {assign: X}, {assigning: s, append: true, value: x},
/// {text: 'a=(1 "$x")'}, {test: [["${x}", "==", "\\p*"]]}]`.
extension TracedCommand: Codable {
  public init(from decoder: any Decoder) throws {
    if let c = try? decoder.container(keyedBy: AnyKey.self) {
      if let terms: [[Template]] = try c.optional("test") {
        self = .testTerms(terms)
      } else if let target: String = try c.optional("assigning") {
        self = .assigning(
          target: target, append: try c.optional("append") ?? false, value: try c.value("value"))
      } else if let text: String = try c.optional("text") {
        self = .text(text)
      } else {
        self = .assignment(try c.value("assign"))
      }
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
    case .assigning(let target, let append, let value):
      var c = encoder.container(keyedBy: AnyKey.self)
      try c.put(target, "assigning")
      if append { try c.put(true, "append") }
      try c.put(value, "value")
    case .text(let text):
      var c = encoder.container(keyedBy: AnyKey.self)
      try c.put(text, "text")
    case .testTerms(let terms):
      var c = encoder.container(keyedBy: AnyKey.self)
      try c.put(terms, "test")
    }
  }
}
