import SpecModel

/// The options and URLs of one `--next` group of a curl command line, and the requests they
/// make.
struct CurlGroup {
  var options = CurlOptions()
  var method: Template?
  var urls: [Template] = []
  /// `-o` in order: the first goes to the first URL, and so on.
  var outputs: [Template] = []
  var headers: [Template] = []
  var data: [(Template, file: Bool, strip: Bool)] = []
  var urlencoded: [FormField] = []
  var parts: [MultipartPart] = []
  var upload: Template?
  var jsonShortcut = false

  /// Applies a flag; false when the runtime does not implement it.
  mutating func flag(_ name: String) -> Bool {
    switch name {
    case "silent": options.silent = true
    case "show-error": options.showError = true
    case "no-progress-meter": break
    case "fail": options.failOnHTTPError = true
    case "fail-with-body": options.failWithBody = true
    case "include": options.includeHeaders = true
    case "no-buffer": options.noBuffer = true
    case "location": options.followRedirects = true
    case "get": options.dataAsQuery = true
    case "head": options.headOnly = true
    case "insecure": options.insecure = true
    case "compressed": options.compressed = true
    case "http1.1": options.http11 = true
    case "globoff": break  // no URL globbing is ever applied
    default: return false
    }
    return true
  }

  /// Applies an option with its value; the problem when there is one.
  mutating func option(_ name: String, _ argument: CurlArgument, written: String)
    -> CurlCommandLineError.Problem?
  {
    let value = argument.template
    switch name {
    case "request": method = value
    case "header": headers.append(value)
    case "data", "data-ascii":
      if let file = Self.strippingAt(value) {
        data.append((file, true, true))
      } else {
        data.append((value, false, false))
      }
    case "data-raw": data.append((value, false, false))
    case "data-binary", "json":
      if name == "json" { jsonShortcut = true }
      if let file = Self.strippingAt(value) {
        data.append((file, true, false))
      } else {
        data.append((value, false, false))
      }
    case "data-urlencode": urlencoded.append(Self.formField(value))
    case "form", "form-string":
      guard let part = Self.multipartPart(value, literalValue: name == "form-string") else {
        return .badForm(written)
      }
      parts.append(part)
    case "dump-header": options.dumpHeaders = value
    case "output": outputs.append(value)
    case "write-out": options.writeOut = value
    case "max-time", "connect-timeout":
      let seconds: Seconds
      if let text = argument.text {
        guard let n = Double(text), n >= 0 else { return .expectedNumber(option: name) }
        seconds = .literal(n)
      } else {
        seconds = .template(value)
      }
      if name == "max-time" { options.maxTime = seconds } else { options.connectTimeout = seconds }
    case "user": options.user = value
    case "user-agent": options.userAgent = value
    case "cookie": options.cookie = value
    case "upload-file": upload = value
    case "url": urls.append(value)
    case "retry":
      guard let text = argument.text, let n = Double(text) else {
        return .expectedNumber(option: name)
      }
      options.retry = Int(n)
    default: return .unsupportedOption(written)
    }
    return nil
  }

  /// One request per URL.
  func requests() -> Result<[Request], CurlCommandLineError.Problem> {
    guard !urls.isEmpty else { return .failure(.noURL) }
    var headers = headers
    if jsonShortcut {
      headers.insert("Content-Type: application/json", at: 0)
      headers.insert("Accept: application/json", at: 1)
    }
    var body: Body?
    let kinds = [!data.isEmpty, !urlencoded.isEmpty, !parts.isEmpty, upload != nil].filter { $0 }
      .count
    if kinds > 1 { return .failure(.mixedBodies) }
    if !data.isEmpty {
      if data.count == 1, data[0].file {
        body = .file(data[0].0, stripNewlines: data[0].strip)
      } else if data.contains(where: \.file) {
        return .failure(.severalDataWithFile)
      } else {
        var joined: [TemplatePart] = []
        for (index, item) in data.enumerated() {
          if index > 0 { joined.append(.literal("&")) }
          joined += item.0.parts
        }
        let isJSON = jsonShortcut || headers.contains { Self.declaresJSON($0) }
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
      guard let text = method.literalText else { return .failure(.methodNotLiteral) }
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
    return .success(
      urls.enumerated().map { index, url in
        var options = options
        if index < outputs.count { options.output = outputs[index] }
        return Request(
          method: resolvedMethod, explicitMethod: explicit, url: url, headers: headers,
          body: body, options: options)
      })
  }

  private static func declaresJSON(_ header: Template) -> Bool {
    guard case .literal(let text)? = header.parts.first else { return false }
    let lower = text.lowercased()
    return lower.hasPrefix("content-type:") && lower.contains("json")
  }
}
