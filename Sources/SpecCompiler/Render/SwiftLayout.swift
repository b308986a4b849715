/// Lays out the generated lines that hold document text (titles, paths) the way `swift format`
/// does, so the generated code stays lint-clean whatever their length. Lengths are counted in
/// characters, as swift-format counts them.
enum SwiftLayout {
  /// The package's `.swift-format` `lineLength`.
  static let lineLength = 100

  /// `@Suite("…", .serialized)`-style calls: on one line when they fit, else broken after `(`
  /// with the arguments filled onto lines indented two more; the `)` stays on the last line
  /// when it fits there, else gets a line of its own.
  static func call(_ callee: String, _ arguments: [String], indent: Int) -> String {
    let padding = String(repeating: " ", count: indent)
    let oneLine = "\(callee)(\(arguments.joined(separator: ", ")))"
    if fits(oneLine, indent: indent) { return padding + oneLine + "\n" }
    let inner = indent + 2
    var lines: [String] = []
    var current = ""
    for (index, argument) in arguments.enumerated() {
      let piece = index == arguments.count - 1 ? argument : argument + ","
      if current.isEmpty {
        current = piece
      } else if fits(current + " " + piece, indent: inner) {
        current += " " + piece
      } else {
        lines.append(current)
        current = piece
      }
    }
    let padded = String(repeating: " ", count: inner)
    var out = padding + callee + "(\n"
    for line in lines { out += padded + line + "\n" }
    if fits(current + ")", indent: inner) {
      out += padded + current + ")\n"
    } else {
      out += padded + current + "\n" + padding + ")\n"
    }
    return out
  }

  /// `static let name = value`, or the value on the next line, indented two more, when the
  /// line would be too long.
  static func assignment(_ head: String, _ value: String, indent: Int) -> String {
    let padding = String(repeating: " ", count: indent)
    let oneLine = "\(head) = \(value)"
    if fits(oneLine, indent: indent) { return padding + oneLine + "\n" }
    return padding + head + " =\n" + padding + "  " + value + "\n"
  }

  static func fits(_ text: String, indent: Int) -> Bool {
    indent + text.count <= lineLength
  }
}
