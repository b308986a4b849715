import SpecYAML

/// The YAML text a generated file embeds: the file as written, without its leading comments (the
/// Swift file's header names the source), when Swift can carry it verbatim; else the same value
/// re-encoded with every non-ASCII character escaped (`\u2028`, `\r`, …).
enum EmbeddedYAML {
  static func text<T: Encodable>(_ text: String, value: T, file: String) throws -> String {
    let body = withoutLeadingComments(text)
    if SwiftLiteral.isEmbeddable(body) { return body }
    let ascii = try SpecYAML.yamsEncode(value, allowUnicode: false)
    guard SwiftLiteral.isEmbeddable(ascii) else { throw RenderError.unembeddable(file) }
    return ascii
  }

  /// Drops the comment lines (and blank lines) a YAML file starts with.
  static func withoutLeadingComments(_ text: String) -> String {
    var rest = Substring(text)
    while rest.hasPrefix("#") || rest.hasPrefix("\n") {
      guard let end = rest.firstIndex(of: "\n") else { return "" }
      rest = rest[rest.index(after: end)...]
    }
    return String(rest)
  }

  /// `static let name = #"""` … `"""#`, indented for a member of an extension.
  static func declaration(_ name: String, _ text: String) -> String {
    "  static let \(name) = \(SwiftLiteral.rawMultiline(text, indent: 4))\n"
  }
}
