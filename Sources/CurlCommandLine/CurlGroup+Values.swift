import SpecModel

/// The values of curl's body options: `-d @file`, `--data-urlencode name=value`,
/// `-F name=@file;type=…`.
extension CurlGroup {
  /// `@path` → `path`.
  static func strippingAt(_ template: Template) -> Template? {
    guard case .literal(let first)? = template.parts.first, first.hasPrefix("@") else { return nil }
    var parts = template.parts
    let rest = String(first.dropFirst())
    if rest.isEmpty { parts.removeFirst() } else { parts[0] = .literal(rest) }
    return Template(parts)
  }

  /// `--data-urlencode`: `name=value`, `=value`, `name@file`, `@file` or `value`.
  static func formField(_ t: Template) -> FormField {
    if let (name, value) = t.split(at: "="), let nameText = name.literalText {
      return FormField(name: nameText.isEmpty ? nil : nameText, value: value)
    }
    if let (name, file) = t.split(at: "@"), let nameText = name.literalText {
      return FormField(name: nameText.isEmpty ? nil : nameText, file: file)
    }
    return FormField(value: t)
  }

  /// `-F name=value`, `name=@path;type=…;filename=…`, `name=<path`.
  static func multipartPart(_ t: Template, literalValue: Bool) -> MultipartPart? {
    guard let (nameTemplate, rest) = t.split(at: "="), let name = nameTemplate.literalText else {
      return nil
    }
    if literalValue { return MultipartPart(name: name, value: rest) }
    guard case .literal(let first)? = rest.parts.first, first.hasPrefix("@") || first.hasPrefix("<")
    else {
      return MultipartPart(name: name, value: rest)
    }
    let isFile = first.hasPrefix("@")
    var parts = rest.parts
    let tail = String(first.dropFirst())
    if tail.isEmpty { parts.removeFirst() } else { parts[0] = .literal(tail) }
    // Attributes follow the path after `;`.
    var segments: [Template] = []
    var remainder = Template(parts)
    while let (head, tail) = remainder.split(at: ";") {
      segments.append(head)
      remainder = tail
    }
    segments.append(remainder)
    let path = segments[0]
    let attributes = segments.dropFirst()
    var contentType: String?
    var filename: Template?
    for attribute in attributes {
      if let (key, value) = attribute.split(at: "="), let keyText = key.literalText {
        switch keyText.lowercased() {
        case "type": contentType = value.literalText
        case "filename": filename = value
        default: return nil
        }
      } else {
        return nil
      }
    }
    return isFile
      ? MultipartPart(name: name, file: path, contentType: contentType, filename: filename)
      : MultipartPart(name: name, contentFrom: path, contentType: contentType, filename: filename)
  }
}

extension Template {
  /// Splits a template at the first literal occurrence of `separator`.
  public func split(at separator: Character) -> (Template, Template)? {
    for (index, part) in parts.enumerated() {
      guard case .literal(let text) = part, let cut = text.firstIndex(of: separator) else {
        continue
      }
      let before = Template(
        Array(parts[..<index])
          + (cut == text.startIndex ? [] : [.literal(String(text[..<cut]))]))
      let afterText = String(text[text.index(after: cut)...])
      let after = Template(
        (afterText.isEmpty ? [] : [.literal(afterText)]) + Array(parts[(index + 1)...]))
      return (before, after)
    }
    return nil
  }
}
