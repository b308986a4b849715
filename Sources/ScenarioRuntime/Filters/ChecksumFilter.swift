import SpecModel

/// `sha256sum`, `sha1sum`, `md5sum` as GNU coreutils 9 print digests: `DIGEST  NAME` (`*NAME`
/// with `-b`, `ALGO (NAME) = DIGEST` with `--tag`), `-` for standard input; a name holding a
/// backslash or newline is escaped and its line starts with `\`.
enum ChecksumFilter {
  static func run(
    _ checksum: ChecksumInvocation, files: [String], input: [UInt8], workingDirectory: String
  ) -> FilterResult {
    let command = checksum.algorithm.rawValue + "sum"
    var output: [UInt8] = []
    var stderr: [UInt8] = []
    var status: Int32 = 0
    for name in files.isEmpty ? ["-"] : files {
      let bytes: [UInt8]
      if name == "-" {
        bytes = input
      } else {
        switch FileAccess.readFile(FileAccess.resolve(name, in: workingDirectory)) {
        case .success(let content): bytes = content
        case .failure(let error):
          stderr += Array("\(command): \(Quoting.ifNeeded(name)): \(error.message)\n".utf8)
          status = 1
          continue
        }
      }
      let digest: String
      switch checksum.algorithm {
      case .md5: digest = MessageDigest.hex(MessageDigest.md5(bytes))
      case .sha1: digest = MessageDigest.hex(MessageDigest.sha1(bytes))
      case .sha256: digest = MessageDigest.hex(MessageDigest.sha256(bytes))
      }
      var shown = name
      var escaped = false
      if !checksum.zero, name.contains(where: { $0 == "\\" || $0 == "\n" || $0 == "\r" }) {
        escaped = true
        shown = name.replacing("\\", with: "\\\\").replacing("\n", with: "\\n")
          .replacing("\r", with: "\\r")
      }
      let line: String
      if checksum.tag {
        line = "\(checksum.algorithm.rawValue.uppercased()) (\(shown)) = \(digest)"
      } else {
        line = "\(digest) \(checksum.binary ? "*" : " ")\(shown)"
      }
      output += Array(((escaped ? "\\" : "") + line).utf8)
      output.append(checksum.zero ? 0 : UInt8(ascii: "\n"))
    }
    return FilterResult(output: output, status: status, stderr: stderr)
  }
}
