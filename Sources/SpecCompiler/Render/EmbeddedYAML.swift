/// The YAML text a generated file embeds: the file as written, without its leading comments (the
/// Swift file's header names the source). It goes into a raw literal when Swift can carry it
/// verbatim, else into an escaped one (`\u{2028}`, `\r`, …) holding the same text.
enum EmbeddedYAML {
  static func text(_ text: String) -> String {
    withoutLeadingComments(text)
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

  /// `static let name = #"""` … `"""#` (or `"""` … `"""` with escapes), indented for a member
  /// of an extension.
  static func declaration(_ name: String, _ text: String) -> String {
    let literal =
      SwiftLiteral.isEmbeddable(text)
      ? SwiftLiteral.rawMultiline(text, indent: 4) : SwiftLiteral.escapedMultiline(text, indent: 4)
    return "  static let \(name) = \(literal)\n"
  }
}
