/// `NAME=$(mktemp [-d] [TEMPLATE])`.
public struct TemporaryFile: Codable, Equatable, Hashable, Sendable {
  public var variable: String
  public var directory: Bool
  /// `mktemp` template such as `/tmp/qa.XXXXXX`; the system default when nil.
  public var template: Template?

  public init(variable: String, directory: Bool = false, template: Template? = nil) {
    self.variable = variable
    self.directory = directory
    self.template = template
  }

  enum CodingKeys: String, CodingKey { case variable, directory, template }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    variable = try c.decode(String.self, forKey: .variable)
    directory = try c.flag(.directory)
    template = try c.decodeIfPresent(Template.self, forKey: .template)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(variable, forKey: .variable)
    try c.flag(directory, .directory)
    try c.encodeIfPresent(template, forKey: .template)
  }
}
