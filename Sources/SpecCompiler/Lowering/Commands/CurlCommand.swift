import Shell
import SpecModel

/// `curl`: a request and curl's behaviour flags.
enum CurlCommand: PipelineCommand {
  static let names = ["curl"]

  static let scanner = OptionScanner(
    shortWithValue: ["X", "H", "d", "F", "D", "o", "w", "m", "u", "A", "b", "e", "T", "x"],
    shortFlags: ["s", "S", "f", "i", "N", "L", "G", "I", "k", "v", "g", "4", "6", "j", "Z"],
    longWithValue: [
      "request", "header", "data", "data-raw", "data-binary", "data-ascii", "data-urlencode",
      "form", "form-string", "dump-header", "output", "write-out", "max-time", "connect-timeout",
      "user", "user-agent", "cookie", "url", "retry", "upload-file", "json", "referer",
      "retry-delay", "retry-max-time", "proxy", "resolve", "cacert", "oauth2-bearer",
    ],
    longFlags: [
      "silent", "show-error", "fail", "fail-with-body", "include", "no-buffer", "location",
      "get", "head", "insecure", "compressed", "http1.1", "http1.0", "http2", "globoff", "verbose",
      "retry-all-errors", "retry-connrefused", "no-progress-meter", "no-keepalive", "ipv4", "ipv6",
    ])

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var options = CurlOptions()
    var method: Template?
    var url: Template?
    var headers: [Template] = []
    var data: [(Template, file: Bool, strip: Bool)] = []
    var urlencoded: [FormField] = []
    var parts: [MultipartPart] = []
    var upload: Template?
    var jsonShortcut = false
    var ok = true

    func value(_ word: BashWord) -> Template? {
      let t = context.template(word)
      if t == nil { ok = false }
      return t
    }
    func number(_ word: BashWord, _ option: String) -> Double? {
      guard let text = context.staticText(word), let n = Double(text) else {
        context.error("curl --\(option) takes a literal number", at: word.position)
        ok = false
        return nil
      }
      return n
    }
    func seconds(_ word: BashWord, _ option: String) -> Seconds? {
      if let text = context.staticText(word) {
        guard let n = Double(text), n >= 0 else {
          context.error("curl --\(option) takes a number of seconds", at: word.position)
          ok = false
          return nil
        }
        return .literal(n)
      }
      return value(word).map { .template($0) }
    }

    for item in scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag(let name, let word):
        switch name {
        case "s", "silent": options.silent = true
        case "S", "show-error": options.showError = true
        case "no-progress-meter": break
        case "f", "fail": options.failOnHTTPError = true
        case "fail-with-body": options.failWithBody = true
        case "i", "include": options.includeHeaders = true
        case "N", "no-buffer": options.noBuffer = true
        case "L", "location": options.followRedirects = true
        case "G", "get": options.dataAsQuery = true
        case "I", "head": options.headOnly = true
        case "k", "insecure": options.insecure = true
        case "compressed": options.compressed = true
        case "http1.1": options.http11 = true
        case "g", "globoff": break  // no URL globbing is ever applied
        default:
          context.error(
            "curl option '\(context.staticText(word) ?? name)' is not supported", at: word.position)
          ok = false
        }
      case .option(let name, let word, let at):
        switch name {
        case "X", "request": method = value(word)
        case "H", "header": if let h = value(word) { headers.append(h) }
        case "d", "data", "data-ascii":
          if let t = value(word) {
            if let file = strippingAt(t) {
              data.append((file, true, true))
            } else {
              data.append((t, false, false))
            }
          }
        case "data-raw": if let t = value(word) { data.append((t, false, false)) }
        case "data-binary":
          if let t = value(word) {
            if let file = strippingAt(t) {
              data.append((file, true, false))
            } else {
              data.append((t, false, false))
            }
          }
        case "json":
          if let t = value(word) {
            jsonShortcut = true
            if let file = strippingAt(t) {
              data.append((file, true, false))
            } else {
              data.append((t, false, false))
            }
          }
        case "data-urlencode": if let t = value(word) { urlencoded.append(formField(t)) }
        case "F", "form":
          if let t = value(word) {
            if let part = multipartPart(t, literalValue: false) {
              parts.append(part)
            } else {
              context.error(
                "curl -F expects name=value, name=@file or name=<file", at: word.position)
              ok = false
            }
          }
        case "form-string":
          if let t = value(word), let part = multipartPart(t, literalValue: true) {
            parts.append(part)
          }
        case "D", "dump-header": options.dumpHeaders = value(word)
        case "o", "output": options.output = value(word)
        case "w", "write-out": options.writeOut = value(word)
        case "m", "max-time": options.maxTime = seconds(word, "max-time")
        case "connect-timeout": options.connectTimeout = seconds(word, "connect-timeout")
        case "u", "user": options.user = value(word)
        case "A", "user-agent": options.userAgent = value(word)
        case "b", "cookie": options.cookie = value(word)
        case "T", "upload-file": upload = value(word)
        case "url":
          if url != nil {
            context.error("curl with more than one URL is not supported", at: word.position)
            ok = false
          }
          url = value(word)
        case "retry":
          options.retry = number(word, "retry").map { Int($0) }
        default:
          context.error(
            "curl option '\(context.staticText(at) ?? name)' is not supported", at: at.position)
          ok = false
        }
      case .operand(let word):
        if url != nil {
          context.error("curl with more than one URL is not supported", at: word.position)
          ok = false
        }
        url = value(word)
      case .unknown(let text, let word):
        context.error("unknown curl option '\(text)'", at: word.position)
        ok = false
      }
    }
    guard ok else { return nil }
    guard let url else {
      context.error("curl without a URL", at: call.position)
      return nil
    }
    if jsonShortcut {
      headers.insert("Content-Type: application/json", at: 0)
      headers.insert("Accept: application/json", at: 1)
    }

    var body: Body?
    let kinds = [!data.isEmpty, !urlencoded.isEmpty, !parts.isEmpty, upload != nil].filter { $0 }
      .count
    if kinds > 1 {
      context.error(
        "curl mixes -d, --data-urlencode, -F and -T; only one kind of body is supported",
        at: call.position)
      return nil
    }
    if !data.isEmpty {
      if data.count == 1, data[0].file {
        body = .file(data[0].0, stripNewlines: data[0].strip)
      } else if data.contains(where: \.file) {
        context.error(
          "curl with several -d where one reads a file is not supported", at: call.position)
        return nil
      } else {
        var joined: [TemplatePart] = []
        for (index, item) in data.enumerated() {
          if index > 0 { joined.append(.literal("&")) }
          joined += item.0.parts
        }
        let isJSON = jsonShortcut || headers.contains { declaresJSON($0) }
        body = .data(Template(joined).normalized, json: isJSON)
      }
    } else if !urlencoded.isEmpty {
      body = .urlencoded(urlencoded)
    } else if !parts.isEmpty {
      body = .multipart(parts)
    } else if let upload {
      body = .file(upload, stripNewlines: false)
    }

    let resolvedMethod: String
    var explicit = false
    if let method {
      guard let text = literalText(method) else {
        context.error("curl -X needs a literal method", at: call.position)
        return nil
      }
      resolvedMethod = text
      explicit = true
    } else if options.headOnly {
      resolvedMethod = "HEAD"
    } else if options.dataAsQuery {
      resolvedMethod = "GET"
    } else if upload != nil {
      resolvedMethod = "PUT"
    } else if body != nil {
      resolvedMethod = "POST"
    } else {
      resolvedMethod = "GET"
    }
    return .source(
      .request(
        Request(
          method: resolvedMethod, explicitMethod: explicit, url: url, headers: headers, body: body,
          options: options)))
  }

  /// `@path` → `path`.
  private static func strippingAt(_ template: Template) -> Template? {
    guard case .literal(let first)? = template.parts.first, first.hasPrefix("@") else { return nil }
    var parts = template.parts
    let rest = String(first.dropFirst())
    if rest.isEmpty { parts.removeFirst() } else { parts[0] = .literal(rest) }
    return Template(parts)
  }

  private static func literalText(_ template: Template) -> String? {
    if template.parts.isEmpty { return "" }
    guard template.parts.count == 1, case .literal(let text) = template.parts[0] else { return nil }
    return text
  }

  private static func declaresJSON(_ header: Template) -> Bool {
    guard case .literal(let text)? = header.parts.first else { return false }
    let lower = text.lowercased()
    return lower.hasPrefix("content-type:") && lower.contains("json")
  }

  /// Splits a template at the first literal occurrence of `separator`.
  static func split(_ template: Template, at separator: Character) -> (Template, Template)? {
    for (index, part) in template.parts.enumerated() {
      guard case .literal(let text) = part, let cut = text.firstIndex(of: separator) else {
        continue
      }
      let before = Template(
        Array(template.parts[..<index])
          + (cut == text.startIndex ? [] : [.literal(String(text[..<cut]))]))
      let afterText = String(text[text.index(after: cut)...])
      let after = Template(
        (afterText.isEmpty ? [] : [.literal(afterText)]) + Array(template.parts[(index + 1)...]))
      return (before, after)
    }
    return nil
  }

  /// `--data-urlencode`: `name=value`, `=value`, `name@file`, `@file` or `value`.
  private static func formField(_ t: Template) -> FormField {
    if let (name, value) = split(t, at: "="), let nameText = literalText(name) {
      return FormField(name: nameText.isEmpty ? nil : nameText, value: value)
    }
    if let (name, file) = split(t, at: "@"), let nameText = literalText(name) {
      return FormField(name: nameText.isEmpty ? nil : nameText, file: file)
    }
    return FormField(value: t)
  }

  /// `-F name=value`, `name=@path;type=…;filename=…`, `name=<path`.
  private static func multipartPart(_ t: Template, literalValue: Bool) -> MultipartPart? {
    guard let (nameTemplate, rest) = split(t, at: "="), let name = literalText(nameTemplate) else {
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
    while let (head, tail) = split(remainder, at: ";") {
      segments.append(head)
      remainder = tail
    }
    segments.append(remainder)
    let path = segments[0]
    let attributes = segments.dropFirst()
    var contentType: String?
    var filename: Template?
    for attribute in attributes {
      if let (key, value) = split(attribute, at: "="), let keyText = literalText(key) {
        switch keyText.lowercased() {
        case "type": contentType = literalText(value)
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
