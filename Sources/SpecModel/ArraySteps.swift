/// `NAME=(WORD…)`, `NAME+=(WORD…)`, `local NAME=(…)`, `declare -a NAME`, `local -a NAME`: an
/// indexed array. Each element word may expand to several elements (`"$@"`, `"${b[@]}"`).
/// With `associative` (`declare -A NAME`, `local -A NAME`) an associative array, whose
/// `[KEY]=VALUE` elements are `entries`.
public struct ArrayAssignment: Codable, Equatable, Hashable, Sendable {
  public var name: String
  /// `nil` for a declaration without a value (`declare -a NAME`, `local -a NAME`).
  public var elements: [Template]?
  /// `NAME+=(…)`: appended after the highest index.
  public var append: Bool
  public var local: Bool
  /// `declare -A` / `local -A`: the variable is (made) an associative array.
  public var associative: Bool
  /// `NAME=([KEY]=VALUE …)` for an associative array, and `NAME=([I]=VALUE WORD …)` for an
  /// indexed one (then `elements` is nil).
  public var entries: [KeyedElement]?

  public init(
    name: String, elements: [Template]?, append: Bool = false, local: Bool = false,
    associative: Bool = false, entries: [KeyedElement]? = nil
  ) {
    self.name = name
    self.elements = elements
    self.append = append
    self.local = local
    self.associative = associative
    self.entries = entries
  }

  enum CodingKeys: String, CodingKey { case name, elements, append, local, associative, entries }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(String.self, forKey: .name)
    elements = try c.decodeIfPresent([Template].self, forKey: .elements)
    append = try c.flag(.append)
    local = try c.flag(.local)
    associative = try c.flag(.associative)
    entries = try c.decodeIfPresent([KeyedElement].self, forKey: .entries)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(name, forKey: .name)
    try c.encodeIfPresent(elements, forKey: .elements)
    try c.flag(append, .append)
    try c.flag(local, .local)
    try c.flag(associative, .associative)
    try c.encodeIfPresent(entries, forKey: .entries)
  }
}

/// `[KEY]=VALUE` in `NAME=(…)`: of an associative array, the key is a word (not arithmetic); of
/// an indexed array, the key expands to an arithmetic index. Without a key (`a=([5]=x y)`), the
/// value is a word that expands to fields (split, globbed), stored from the index after the
/// previous element on.
public struct KeyedElement: Codable, Equatable, Hashable, Sendable {
  public var key: Template?
  public var value: Template
  /// A word without a key made of unquoted expansions (`$v`, `$(cmd)`): its value is split into
  /// fields on `IFS`, as bash splits it.
  public var split: Bool

  public init(key: Template?, value: Template, split: Bool = false) {
    self.key = key
    self.value = value
    self.split = split
  }

  enum CodingKeys: String, CodingKey { case key, value, split }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    key = try c.decodeIfPresent(Template.self, forKey: .key)
    value = try c.decode(Template.self, forKey: .value)
    split = try c.flag(.split)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeIfPresent(key, forKey: .key)
    try c.encode(value, forKey: .value)
    try c.flag(split, .split)
  }
}

/// One element of an indexed array: `NAME[INDEX]`, the index an arithmetic expression as
/// written (`i`, `$i`, `n-1`, `-1` counts from the end). When NAME is an associative array at
/// run time, INDEX is its key, a template (`TemplateSyntax`: `${k}`, `a b`).
public struct ArrayElement: Codable, Equatable, Hashable, Sendable {
  public var name: String
  public var index: String

  public init(name: String, index: String) {
    self.name = name
    self.index = index
  }
}

/// `NAME[INDEX]=value`, `NAME[INDEX]+=value`.
public struct ElementAssignment: Codable, Equatable, Hashable, Sendable {
  public var element: ArrayElement
  public var value: Template
  /// `+=`: appended to the element's text.
  public var append: Bool

  public init(element: ArrayElement, value: Template, append: Bool = false) {
    self.element = element
    self.value = value
    self.append = append
  }

  enum CodingKeys: String, CodingKey { case name, index, value, append }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    element = ArrayElement(
      name: try c.decode(String.self, forKey: .name),
      index: try c.decode(String.self, forKey: .index))
    value = try c.decode(Template.self, forKey: .value)
    append = try c.flag(.append)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(element.name, forKey: .name)
    try c.encode(element.index, forKey: .index)
    try c.encode(value, forKey: .value)
    try c.flag(append, .append)
  }
}

/// `echo [-n] WORD…` whose words are only known at run time because one of them expands to
/// several words (`"$@"`, `"${a[@]}"`): the words are joined by spaces, as echo prints them.
public struct EchoCall: Codable, Equatable, Hashable, Sendable {
  public var arguments: [Template]
  /// False for `echo -n`.
  public var newline: Bool

  public init(arguments: [Template], newline: Bool = true) {
    self.arguments = arguments
    self.newline = newline
  }

  enum CodingKeys: String, CodingKey { case arguments, newline }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    arguments = try c.decodeIfPresent([Template].self, forKey: .arguments) ?? []
    newline = try c.decodeIfPresent(Bool.self, forKey: .newline) ?? true
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(arguments, forKey: .arguments)
    if !newline { try c.encode(false, forKey: .newline) }
  }
}

extension TemplatePart {
  /// A part that expands to a list of words (`"$@"`, `"${a[@]}"`, `"${!a[@]}"`, `"${@:2}"`,
  /// `"${a[@]#x}"`), not `"$*"`, `"${a[*]}"` (one word) or `${#a[@]}` (a count).
  public var isWordList: Bool {
    switch self {
    case .variable(let name):
      let p = ParameterName(name)
      return p.isWhole && !p.isJoined
    case .expansion(let e):
      let p = ParameterName(e.name)
      return p.isWhole && !p.isJoined && e.operation != .length
    default:
      return false
    }
  }
}

extension Template {
  /// True when the template can expand to any number of words.
  public var isWordList: Bool { parts.contains(where: \.isWordList) }
}
