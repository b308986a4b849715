import SpecModel

extension Template {
  /// The text when the template holds no expansion.
  var literalText: String? {
    var text = ""
    for part in parts {
      guard case .literal(let piece) = part else { return nil }
      text += piece
    }
    return text
  }

  /// Adjacent literals merged, empty ones dropped.
  var normalized: Template {
    var out: [TemplatePart] = []
    for part in parts {
      if case .literal(let text) = part {
        if text.isEmpty { continue }
        if case .literal(let previous)? = out.last {
          out[out.count - 1] = .literal(previous + text)
          continue
        }
      }
      out.append(part)
    }
    return Template(out)
  }
}
