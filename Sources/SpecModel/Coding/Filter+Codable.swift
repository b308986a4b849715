extension Filter: Codable {
  private static let keys = [
    "jq", "lines", "bytes", "grep", "sed", "sed-select", "count", "tr", "tee", "base64", "sort",
    "uniq", "cut", "sed-script", "awk", "head", "tail", "shell", "wc",
    "checksum", "cat", "od", "xxd", "xargs", "text",
  ]

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: AnyKey.self)
    switch try c.onlyKey(of: Self.keys, in: "filter") {
    case "jq": self = .jq(try c.value("jq"))
    case "lines": self = .lines(try c.value("lines"))
    case "bytes": self = .bytes(try c.value("bytes"))
    case "grep": self = .grep(try c.value("grep"))
    case "sed": self = .substitute(try c.value("sed"))
    case "sed-select": self = .select(try c.value("sed-select"))
    case "count": self = .count(try c.value("count"))
    case "wc": self = .wordCount(try c.value("wc"))
    case "checksum": self = .checksum(try c.value("checksum"))
    case "cat": self = .cat(try c.value("cat"))
    case "tr": self = .translate(try c.value("tr"))
    case "sort": self = .sort(try c.value("sort"))
    case "uniq": self = .uniq(try c.value("uniq"))
    case "cut": self = .cut(try c.value("cut"))
    case "sed-script": self = .sed(try c.value("sed-script"))
    case "awk": self = .awk(try c.value("awk"))
    case "head": self = .head(try c.value("head"))
    case "tail": self = .tail(try c.value("tail"))
    case "shell": self = .shell(try c.value("shell"))
    case "od": self = .od(try c.value("od"))
    case "xxd": self = .xxd(try c.value("xxd"))
    case "xargs": self = .xargs(try c.value("xargs"))
    case "text": self = .text(try c.value("text"))
    case "tee":
      let tee = try c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("tee"))
      // One file is `file`, several `files`.
      let file: Template? = try tee.optional("file")
      let files: [Template] = try tee.optional("files") ?? []
      self = .tee(files: (file.map { [$0] } ?? []) + files, append: try tee.flag("append"))
    default:
      let base64 = try c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("base64"))
      self = .base64(
        decode: try base64.flag("decode"), wrap: try base64.optional("wrap") ?? 76,
        file: try base64.optional("file"))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: AnyKey.self)
    switch self {
    case .jq(let jq): try c.put(jq, "jq")
    case .lines(let range): try c.put(range, "lines")
    case .bytes(let range): try c.put(range, "bytes")
    case .grep(let grep): try c.put(grep, "grep")
    case .substitute(let sed): try c.put(sed, "sed")
    case .select(let selection): try c.put(selection, "sed-select")
    case .count(let unit): try c.put(unit, "count")
    case .wordCount(let wc): try c.put(wc, "wc")
    case .checksum(let checksum): try c.put(checksum, "checksum")
    case .cat(let cat): try c.put(cat, "cat")
    case .translate(let tr): try c.put(tr, "tr")
    case .sort(let sort): try c.put(sort, "sort")
    case .uniq(let uniq): try c.put(uniq, "uniq")
    case .cut(let cut): try c.put(cut, "cut")
    case .sed(let sed): try c.put(sed, "sed-script")
    case .awk(let awk): try c.put(awk, "awk")
    case .head(let head): try c.put(head, "head")
    case .tail(let tail): try c.put(tail, "tail")
    case .shell(let steps): try c.put(steps, "shell")
    case .od(let od): try c.put(od, "od")
    case .xxd(let xxd): try c.put(xxd, "xxd")
    case .xargs(let xargs): try c.put(xargs, "xargs")
    case .text(let call): try c.put(call, "text")
    case .tee(let files, let append):
      var tee = c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("tee"))
      if files.count == 1 {
        try tee.put(files[0], "file")
      } else if !files.isEmpty {
        try tee.put(files, "files")
      }
      try tee.flag(append, "append")
    case .base64(let decode, let wrap, let file):
      var base64 = c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("base64"))
      try base64.flag(decode, "decode")
      if wrap != 76 { try base64.put(wrap, "wrap") }
      try base64.put(ifPresent: file, "file")
    }
  }
}
