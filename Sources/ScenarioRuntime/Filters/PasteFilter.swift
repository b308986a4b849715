import SpecModel

/// `paste [-s] [-d LIST] [-z] [FILE…]` as GNU paste 9.1: the lines of the files side by side
/// (or, `-s`, each file's lines on one line), joined by the delimiters of LIST in turn (`\n`,
/// `\t`, `\\`, `\0` (none) and the other escapes of `collapse_escapes`). Every `-` reads the
/// same standard input, a line at a time.
enum PasteFilter {
  /// No delimiter (`\0` in the list).
  private static let empty: UInt8? = nil

  static func run(_ arguments: TextUtilityFilter.Arguments) -> FilterResult {
    let lineDelimiter: UInt8 = arguments.has("z") ? 0 : 10
    let list = arguments.value("d") ?? "\t"
    guard let delimiters = delimiterList(list.isEmpty ? "\\0" : list) else {
      return TextUtilityFilter.failure(
        "paste", "delimiter list ends with an unescaped backslash: \(list)")
    }
    let names = arguments.operands.isEmpty ? ["-"] : arguments.operands
    var files = arguments.files
    return arguments.has("s")
      ? serial(names, files: &files, delimiters: delimiters, lineDelimiter: lineDelimiter)
      : parallel(names, files: &files, delimiters: delimiters, lineDelimiter: lineDelimiter)
  }

  /// The delimiters of `-d LIST` (`nil` entries are `\0`: none); nil when LIST ends with a
  /// lone backslash.
  static func delimiterList(_ list: String) -> [UInt8?]? {
    var result: [UInt8?] = []
    var bytes = Array(list.utf8)[...]
    while let byte = bytes.popFirst() {
      guard byte == UInt8(ascii: "\\") else {
        result.append(byte)
        continue
      }
      guard let escaped = bytes.popFirst() else { return nil }
      switch escaped {
      case UInt8(ascii: "0"): result.append(empty)
      case UInt8(ascii: "b"): result.append(8)
      case UInt8(ascii: "f"): result.append(12)
      case UInt8(ascii: "n"): result.append(10)
      case UInt8(ascii: "r"): result.append(13)
      case UInt8(ascii: "t"): result.append(9)
      case UInt8(ascii: "v"): result.append(11)
      default: result.append(escaped)
      }
    }
    return result
  }

  /// One open operand: its bytes and how far they were read (`-` operands share one).
  private final class Reader {
    var bytes: [UInt8]
    var offset = 0
    /// The read error met at the first read (a directory), reported then.
    var error: String?

    init(_ bytes: [UInt8], error: String? = nil) {
      self.bytes = bytes
      self.error = error
    }

    /// The next line without its delimiter and whether it ended with one; nil at the end.
    func line(_ delimiter: UInt8) -> (ArraySlice<UInt8>, terminated: Bool)? {
      guard offset < bytes.count else { return nil }
      let end = bytes[offset...].firstIndex(of: delimiter)
      defer { offset = end.map { $0 + 1 } ?? bytes.count }
      return (bytes[offset..<(end ?? bytes.count)], end != nil)
    }
  }

  private static func open(_ name: String, files: inout FileOperands, standardInput: Reader)
    -> Result<Reader, FilterFailure>
  {
    if name == "-" { return .success(standardInput) }
    switch files.read(name) {
    case .success(let bytes): return .success(Reader(bytes))
    case .failure(let error) where error.isDirectory:
      return .success(Reader([], error: "paste: \(Quoting.ifNeeded(name)): \(error.message)\n"))
    case .failure(let error):
      return .failure(
        FilterFailure(message: "paste: \(Quoting.ifNeeded(name)): \(error.message)\n", status: 1))
    }
  }

  /// GNU's `paste_parallel`: a line of each file in turn, a delimiter after each but the last;
  /// a file at its end gives an empty field until every file is.
  private static func parallel(
    _ names: [String], files: inout FileOperands, delimiters: [UInt8?], lineDelimiter: UInt8
  ) -> FilterResult {
    var standardInput: Reader?
    var readers: [Reader?] = []
    for name in names {
      let stdin = standardInput ?? Reader(name == "-" ? (try? files.read("-").get()) ?? [] : [])
      if name == "-" { standardInput = stdin }
      switch open(name, files: &files, standardInput: stdin) {
      case .success(let reader): readers.append(reader)
      case .failure(let failure): return failure.result
      }
    }
    var output: [UInt8] = []
    var errors: [UInt8] = []
    var open = readers.count
    while open > 0 {
      var someDone = false
      var delimiterIndex = 0
      var saved: [UInt8] = []
      for index in readers.indices where open > 0 {
        var line: (ArraySlice<UInt8>, terminated: Bool)?
        if let reader = readers[index] {
          line = reader.line(lineDelimiter)
          if line != nil {
            output += saved
            saved = []
          }
        }
        if let (text, _) = line {
          someDone = true
          output += text
          if index + 1 != readers.count {
            if let delimiter = delimiters[delimiterIndex] { output.append(delimiter) }
            delimiterIndex = (delimiterIndex + 1) % delimiters.count
          } else {
            output.append(lineDelimiter)
          }
          continue
        }
        if let reader = readers[index] {
          if let error = reader.error {
            errors += Array(error.utf8)
            reader.error = nil
          }
          readers[index] = nil
          open -= 1
        }
        if index + 1 == readers.count {
          if someDone {
            output += saved
            saved = []
            output.append(lineDelimiter)
          }
        } else {
          if let delimiter = delimiters[delimiterIndex] { saved.append(delimiter) }
          delimiterIndex = (delimiterIndex + 1) % delimiters.count
        }
      }
    }
    return FilterResult(output: output, status: errors.isEmpty ? 0 : 1, stderr: errors)
  }

  /// GNU's `paste_serial`: each file's lines joined on one line by the delimiters in turn.
  private static func serial(
    _ names: [String], files: inout FileOperands, delimiters: [UInt8?], lineDelimiter: UInt8
  ) -> FilterResult {
    var output: [UInt8] = []
    var errors: [UInt8] = []
    for name in names {
      let bytes: [UInt8]
      var readError: String?
      switch files.read(name) {
      case .success(let read): bytes = read
      case .failure(let error) where error.isDirectory:
        bytes = []
        readError = "paste: \(Quoting.ifNeeded(name)): \(error.message)\n"
      case .failure(let error):
        errors += Array("paste: \(Quoting.ifNeeded(name)): \(error.message)\n".utf8)
        continue
      }
      var delimiterIndex = 0
      for (index, byte) in bytes.enumerated() {
        if byte == lineDelimiter && index + 1 < bytes.count {
          if let delimiter = delimiters[delimiterIndex] { output.append(delimiter) }
          delimiterIndex = (delimiterIndex + 1) % delimiters.count
        } else {
          output.append(byte)
        }
      }
      if bytes.last != lineDelimiter { output.append(lineDelimiter) }
      if let readError { errors += Array(readError.utf8) }
    }
    return FilterResult(output: output, status: errors.isEmpty ? 0 : 1, stderr: errors)
  }
}
