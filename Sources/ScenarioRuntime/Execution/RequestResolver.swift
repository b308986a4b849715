import SpecModel

/// A `curl` command with its words expanded and its files read, or curl's failure before any
/// transfer (a missing `-F name=@file`).
enum RequestResolution: Sendable, Equatable {
  /// `warnings`: what curl prints on standard error before the transfer.
  case resolved(ResolvedRequest, warnings: [UInt8])
  case failed(exitCode: Int32, stderr: [UInt8])
}

/// Request → `ResolvedRequest`, as curl 7.88 reads its arguments. Relative paths (`-d @file`,
/// `-F f=@file`, `-o`, `-D`) resolve against the shell's working directory; `-o` and `-D` are
/// handed to the transport as absolute paths.
extension ShellState {
  mutating func resolve(_ request: Request) throws(ExpansionError) -> RequestResolution {
    var resolved = ResolvedRequest(
      method: request.method, explicitMethod: request.explicitMethod,
      url: try expand(request.url))
    for header in request.headers { resolved.headers.append(try expand(header)) }
    let options = request.options
    var o = ResolvedCurlOptions()
    o.flags = options.flags
    if let dump = options.dumpHeaders {
      let path = try expand(dump)
      o.dumpHeaders = path == "-" || path == "/dev/null" ? path : absolutePath(path)
    }
    if let output = options.output {
      let path = try expand(output)
      o.output = path == "-" || path == "/dev/null" ? path : absolutePath(path)
    }
    o.fileMode = 0o666 & ~umask
    o.writeOut = try options.writeOut.map { template throws(ExpansionError) in
      try expand(template)
    }
    o.user = try options.user.map { template throws(ExpansionError) in try expand(template) }
    o.userAgent = try options.userAgent.map { template throws(ExpansionError) in
      try expand(template)
    }
    if let cookie = options.cookie {
      let text = try expand(cookie)
      o.cookie = text.contains("=") || text.isEmpty ? text : absolutePath(text)
    }
    for (name, seconds) in [
      ("max-time", options.maxTime), ("connect-timeout", options.connectTimeout),
    ] {
      guard let seconds else { continue }
      let value: Double?
      switch seconds {
      case .literal(let number): value = number
      case .template(let template): value = Double(try expand(template))
      }
      guard let value, value >= 0 else {
        let message =
          "curl: option --\(name): expected a proper numerical parameter\n"
          + "curl: try 'curl --help' or 'curl --manual' for more information\n"
        return .failed(exitCode: 2, stderr: Array(message.utf8))
      }
      if name == "max-time" { o.maxTime = value } else { o.connectTimeout = value }
    }
    resolved.options = o

    let showsErrors = !options.silent || options.showError
    var warnings: [UInt8] = []
    func warnUnreadable(_ path: String) {
      if !options.silent {
        warnings += Array(
          "Warning: Couldn't read data from file \"\(path)\", this makes an empty POST.\n".utf8)
      }
    }
    switch request.body {
    case nil:
      break
    case .data(let template, _)?:
      resolved.body = .data(Array(try expand(template).utf8), form: true)
    case .file(let template, let stripNewlines)?:
      let path = try expand(template)
      // `-T FILE`: the compiler makes it an implicit PUT of the file's raw bytes.
      let upload = !request.explicitMethod && request.method == "PUT" && !stripNewlines
      switch readArgumentFile(path) {
      case .success(var bytes):
        if stripNewlines { bytes.removeAll { $0 == 0x0A || $0 == 0x0D } }
        resolved.body = .data(bytes, form: !upload)
        if upload && resolved.url.hasSuffix("/") {
          resolved.url += path.split(separator: "/").last.map(String.init) ?? ""
        }
      case .failure:
        if upload {
          var message =
            "curl: Can't open '\(path)'!\n"
            + "curl: try 'curl --help' or 'curl --manual' for more information\n"
          if showsErrors {
            message += "curl: (26) Failed to open/read local data from file/application\n"
          }
          return .failed(exitCode: 26, stderr: Array(message.utf8))
        }
        warnUnreadable(path)
        resolved.body = .data([], form: true)
      }
    case .urlencoded(let fields)?:
      var pieces: [String] = []
      for field in fields {
        var content: [UInt8] = []
        if let value = field.value {
          content = Array(try expand(value).utf8)
        } else if let file = field.file {
          let path = try expand(file)
          switch readArgumentFile(path) {
          case .success(let bytes): content = bytes
          case .failure: warnUnreadable((field.name.map { $0 + "@" } ?? "@") + path)
          }
        }
        let encoded = Self.urlEncode(content)
        pieces.append(field.name.map { "\($0)=\(encoded)" } ?? encoded)
      }
      resolved.body = .data(Array(pieces.joined(separator: "&").utf8), form: true)
    case .multipart(let parts)?:
      var resolvedParts: [ResolvedPart] = []
      for part in parts {
        var resolvedPart = ResolvedPart(name: part.name, value: [], contentType: part.contentType)
        if let value = part.value {
          resolvedPart.value = Array(try expand(value).utf8)
        } else if let source = part.file ?? part.contentFrom {
          let path = try expand(source)
          guard case .success(let bytes) = readArgumentFile(path) else {
            let message = "curl: (26) Failed to open/read local data from file/application\n"
            return .failed(exitCode: 26, stderr: showsErrors ? Array(message.utf8) : [])
          }
          resolvedPart.value = bytes
          if part.file != nil {
            resolvedPart.filename =
              try part.filename.map { template throws(ExpansionError) in try expand(template) }
              ?? (path.split(separator: "/").last.map(String.init) ?? path)
          }
        }
        if part.file == nil, let filename = part.filename {
          resolvedPart.filename = try expand(filename)
        }
        resolvedParts.append(resolvedPart)
      }
      resolved.body = .multipart(resolvedParts)
    }
    return .resolved(resolved, warnings: warnings)
  }

  private func readArgumentFile(_ path: String) -> Result<[UInt8], SystemError> {
    if path == "-" { return .success([]) }
    if path.isEmpty { return .failure(.notFound) }
    return FileSystem.readFile(absolutePath(path))
  }

  /// curl's `--data-urlencode` encoding: letters, digits and `-._~` stay, the rest is `%XX`.
  static func urlEncode(_ bytes: [UInt8]) -> String {
    let hex = Array("0123456789ABCDEF")
    var out = ""
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"):
        out.append(Character(Unicode.Scalar(byte)))
      default:
        out.append("%")
        out.append(hex[Int(byte >> 4)])
        out.append(hex[Int(byte & 0x0F)])
      }
    }
    return out
  }
}
