extension Body: Codable {
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: AnyKey.self)
    switch try c.onlyKey(of: ["json", "data", "file", "urlencoded", "multipart"], in: "body") {
    case "json": self = .data(try c.value("json"), json: true)
    case "data": self = .data(try c.value("data"), json: false)
    case "file": self = .file(try c.value("file"), stripNewlines: try c.flag("strip-newlines"))
    case "urlencoded": self = .urlencoded(try c.value("urlencoded"))
    default: self = .multipart(try c.value("multipart"))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: AnyKey.self)
    switch self {
    case .data(let text, let json): try c.put(text, json ? "json" : "data")
    case .file(let path, let strip):
      try c.put(path, "file")
      try c.flag(strip, "strip-newlines")
    case .urlencoded(let fields): try c.put(fields, "urlencoded")
    case .multipart(let parts): try c.put(parts, "multipart")
    }
  }
}
