import SpecModel

/// `fold [-b] [-s] [-w WIDTH] [FILE…]` as GNU fold 9.1: lines longer than WIDTH columns (80
/// by default) broken, with `-s` after the last blank that fits. Columns are bytes with `-b`;
/// otherwise a tab goes to the next multiple of 8, a backspace back one, a carriage return to
/// 0 and every other byte (each byte of a UTF-8 character too) is one column.
enum FoldFilter {
  static func run(_ arguments: TextUtilityFilter.Arguments) -> FilterResult {
    var width = 80
    if let text = arguments.value("w") {
      guard let number = TextUtilityFilter.decimal(text) else {
        return TextUtilityFilter.failure(
          "fold", "invalid number of columns: \(arguments.quote(text))")
      }
      guard number >= 1, number <= UInt64(Int.max) - 9 else {
        return TextUtilityFilter.failure(
          "fold",
          "invalid number of columns: \(arguments.quote(text)): Numerical result out of range")
      }
      width = Int(number)
    }
    let countBytes = arguments.has("b")
    let breakSpaces = arguments.has("s")
    var files = arguments.files
    var output: [UInt8] = []
    var errors = ""
    for name in arguments.operands.isEmpty ? ["-"] : arguments.operands {
      switch files.read(name) {
      case .success(let bytes):
        output += fold(bytes, width: width, countBytes: countBytes, breakSpaces: breakSpaces)
      case .failure(let error):
        errors += "fold: \(Quoting.ifNeeded(name)): \(error.message)\n"
      }
    }
    return FilterResult(output: output, status: errors.isEmpty ? 0 : 1, stderr: Array(errors.utf8))
  }

  /// GNU's `fold_file`.
  static func fold(_ bytes: [UInt8], width: Int, countBytes: Bool, breakSpaces: Bool) -> [UInt8] {
    func advance(_ column: Int, _ byte: UInt8) -> Int {
      guard !countBytes else { return column + 1 }
      switch byte {
      case 8: return max(column - 1, 0)
      case 13: return 0
      case 9: return column + 8 - column % 8
      default: return column + 1
      }
    }
    var output: [UInt8] = []
    var line: [UInt8] = []
    var column = 0
    for byte in bytes {
      if byte == 10 {
        output += line
        output.append(10)
        line = []
        column = 0
        continue
      }
      while true {
        column = advance(column, byte)
        guard column > width else { break }
        if breakSpaces, let blank = line.lastIndex(where: { $0 == 32 || $0 == 9 }) {
          output += line[...blank]
          output.append(10)
          line = Array(line[(blank + 1)...])
          column = line.reduce(0, advance)
          continue
        }
        if line.isEmpty { break }
        output += line
        output.append(10)
        line = []
        column = 0
      }
      line.append(byte)
    }
    return output + line
  }
}
