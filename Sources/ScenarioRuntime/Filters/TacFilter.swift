import SpecModel

/// `tac [-b] [-s SEPARATOR] [FILE…]` as GNU tac 9.1: the records of each file in reverse
/// order. A record ends with the separator (a newline by default), or, `-b`, starts with it;
/// the record without one at the end (or start) of the file is written as it is.
enum TacFilter {
  static func run(_ arguments: TextUtilityFilter.Arguments) -> FilterResult {
    let separator = Array((arguments.value("s") ?? "\n").utf8)
    let before = arguments.has("b")
    var files = arguments.files
    var output: [UInt8] = []
    var errors = ""
    for name in arguments.operands.isEmpty ? ["-"] : arguments.operands {
      switch files.read(name) {
      case .success(let bytes):
        output += reversed(bytes, separator: separator, before: before)
      case .failure(let error) where error.isDirectory:
        errors += "tac: \(Quoting.ifNeeded(name)): read error: Invalid argument\n"
      case .failure(let error):
        errors += "tac: failed to open \(Quoting.always(name)) for reading: \(error.message)\n"
      }
    }
    return FilterResult(output: output, status: errors.isEmpty ? 0 : 1, stderr: Array(errors.utf8))
  }

  /// The records of `bytes`, last first.
  static func reversed(_ bytes: [UInt8], separator: [UInt8], before: Bool) -> [UInt8] {
    // An empty separator never matches: the input is one record.
    guard !separator.isEmpty else { return bytes }
    var bounds: [Int] = [0]
    var index = 0
    while index + separator.count <= bytes.count {
      if bytes[index..<(index + separator.count)].elementsEqual(separator) {
        bounds.append(before ? index : index + separator.count)
        index += separator.count
      } else {
        index += 1
      }
    }
    bounds.append(bytes.count)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    for record in stride(from: bounds.count - 1, to: 0, by: -1) {
      output += bytes[bounds[record - 1]..<bounds[record]]
    }
    return output
  }
}
