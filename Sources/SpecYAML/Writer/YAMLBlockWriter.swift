/// Writes a `YAMLNode` tree as libyaml's block emitter does with Yams' options (indent 2,
/// sequences in mappings not indented, empty collections as `{}` and `[]`, unlimited width).
/// Throws `YAMLNodeEncoder.Unsupported` where it would have to guess.
struct YAMLBlockWriter {
  private(set) var text = ""
  /// The last block scalar kept its trailing line breaks (`|+`): libyaml then ends the
  /// document with `...`.
  private var openEnded = false

  static func document(_ root: YAMLNode) throws -> String {
    var writer = YAMLBlockWriter()
    guard root.kind == .mapping || root.kind == .sequence, !root.items.isEmpty else {
      throw YAMLNodeEncoder.Unsupported()
    }
    try writer.collection(root, indent: 0, inline: false)
    if writer.openEnded { writer.text += "...\n" }
    return writer.text
  }

  /// A non-empty mapping or sequence whose first line starts at `indent`. `inline`: the first
  /// line continues a `- ` already written.
  private mutating func collection(_ node: YAMLNode, indent: Int, inline: Bool) throws {
    let padding = String(repeating: " ", count: indent)
    if node.kind == .mapping {
      for (index, key) in node.keys.enumerated() {
        guard YAMLScalarStyle.isPlainKey(key) else { throw YAMLNodeEncoder.Unsupported() }
        if index > 0 || !inline { text += padding }
        text += key
        text += ":"
        let value = node.items[index]
        switch value.kind {
        case .mapping where !value.items.isEmpty:
          text += "\n"
          try collection(value, indent: indent + 2, inline: false)
        case .sequence where !value.items.isEmpty:
          text += "\n"
          try collection(value, indent: indent, inline: false)
        default:
          try scalar(value, indent: indent + 2)
        }
      }
    } else {
      for (index, item) in node.items.enumerated() {
        if index > 0 || !inline { text += padding }
        text += "-"
        switch item.kind {
        case .mapping where !item.items.isEmpty, .sequence where !item.items.isEmpty:
          text += " "
          try collection(item, indent: indent + 2, inline: true)
        default:
          try scalar(item, indent: indent + 2)
        }
      }
    }
  }

  /// ` value\n` after a key or a dash; literal lines at `indent`.
  private mutating func scalar(_ node: YAMLNode, indent: Int) throws {
    switch node.kind {
    case .unset:
      throw YAMLNodeEncoder.Unsupported()
    case .mapping:
      text += " {}\n"
    case .sequence:
      text += " []\n"
    case .plain:
      text += " "
      text += node.text
      text += "\n"
    case .string:
      guard let style = YAMLScalarStyle.of(string: node.text) else {
        throw YAMLNodeEncoder.Unsupported()
      }
      switch style {
      case .plain:
        text += " "
        text += node.text
        text += "\n"
      case .doubleQuoted:
        text += " \""
        for scalar in node.text.unicodeScalars {
          switch scalar {
          case "\n": text += "\\n"
          case "\"": text += "\\\""
          case "\\": text += "\\\\"
          default: text.unicodeScalars.append(scalar)
          }
        }
        text += "\"\n"
      case .singleQuoted:
        text += " '"
        // By scalars: a quote followed by a combining mark is one Character, which a
        // Character-wise replacement would miss (tools/fuzz, seed 20261203 mutant 5744).
        for scalar in node.text.unicodeScalars {
          if scalar == "'" { text += "'" }
          text.unicodeScalars.append(scalar)
        }
        text += "'\n"
      case .literal(let hints):
        openEnded = hints.hasSuffix("+")
        text += " |"
        text += hints
        text += "\n"
        let padding = String(repeating: " ", count: indent)
        // Lines by bytes: a line break followed by a combining mark is one Character.
        var lines = node.text.utf8.split(
          separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if node.text.utf8.last == UInt8(ascii: "\n") { lines.removeLast() }
        for line in lines {
          if !line.isEmpty {
            text += padding
            text += String(decoding: line, as: UTF8.self)
          }
          text += "\n"
        }
      }
    }
  }
}
