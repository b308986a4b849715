/// `getopts OPTSTRING NAME [ARG…]`: the next option of ARG… (the positional parameters when
/// none are given) into NAME, its argument into `OPTARG`, the index of the next word into
/// `OPTIND`; status 1 once the options end. A leading `:` in OPTSTRING is bash's silent mode.
public struct GetoptsStep: Codable, Equatable, Hashable, Sendable {
  public var optstring: Template
  /// The variable that receives the option letter (`?` or `:` on errors), checked at run time
  /// as bash checks it.
  public var name: Template
  /// The words scanned; the positional parameters when nil.
  public var arguments: [Template]?

  public init(optstring: Template, name: Template, arguments: [Template]? = nil) {
    self.optstring = optstring
    self.name = name
    self.arguments = arguments
  }

  enum CodingKeys: String, CodingKey { case optstring, name, arguments }
}
