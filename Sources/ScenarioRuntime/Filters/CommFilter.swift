import SpecModel

/// `comm [-1] [-2] [-3] [--check-order|--nocheck-order] [--output-delimiter=STR] [-z] FILE1
/// FILE2` as GNU comm 9.1: lines only in FILE1, only in FILE2 and in both, in three columns
/// (each after the delimiters of the columns shown before it). Lines compare byte for byte
/// (C.UTF-8's collation). An unsorted input is `comm: file N is not in sorted order` once per
/// file (by default only after a line that is in one file only; `--check-order`: always, and
/// comm stops with status 1), then `comm: input is not in sorted order` and status 1 at the end.
enum CommFilter {
  static func run(_ arguments: TextUtilityFilter.Arguments) -> FilterResult {
    let operands = arguments.operands
    guard operands.count >= 2 else {
      return TextUtilityFilter.usage(
        "comm",
        operands.isEmpty
          ? "missing operand" : "missing operand after \(arguments.quote(operands[0]))")
    }
    guard operands.count == 2 else {
      return TextUtilityFilter.usage("comm", "extra operand \(arguments.quote(operands[2]))")
    }
    let delimiter: UInt8 = arguments.has("z") ? 0 : 10
    var files = arguments.files
    var inputs: [[ArraySlice<UInt8>]] = []
    for name in operands {
      switch files.read(name) {
      case .success(let bytes): inputs.append(TextUtilityFilter.lines(bytes, delimiter: delimiter))
      case .failure(let error):
        return TextUtilityFilter.failure("comm", "\(Quoting.ifNeeded(name)): \(error.message)")
      }
    }
    let shown = [!arguments.has("1"), !arguments.has("2"), !arguments.has("3")]
    let separator = Array((arguments.value("output-delimiter") ?? "\t").utf8)
    let checkOrder: Bool? = arguments.options.last {
      $0.name == "check-order" || $0.name == "nocheck-order"
    }.map { $0.name == "check-order" }

    var output: [UInt8] = []
    var errors = ""
    var warned = [false, false]
    var seenUnpairable = false
    var next = [0, 0]
    var totals = [0, 0, 0]

    func write(_ line: ArraySlice<UInt8>, column: Int) {
      guard shown[column] else { return }
      for before in 0..<column where shown[before] { output += separator }
      output += line
      output.append(delimiter)
    }

    while next[0] < inputs[0].count || next[1] < inputs[1].count {
      let order: Int
      if next[0] >= inputs[0].count {
        order = 1
      } else if next[1] >= inputs[1].count {
        order = -1
      } else {
        order = compare(inputs[0][next[0]], inputs[1][next[1]])
      }
      if order == 0 {
        totals[2] += 1
        write(inputs[1][next[1]], column: 2)
      } else {
        seenUnpairable = true
        if order < 0 {
          totals[0] += 1
          write(inputs[0][next[0]], column: 0)
        } else {
          totals[1] += 1
          write(inputs[1][next[1]], column: 1)
        }
      }
      for file in 0..<2 where (file == 0 ? order <= 0 : order >= 0) {
        next[file] += 1
        let index = next[file]
        guard index < inputs[file].count, checkOrder != false,
          checkOrder == true || seenUnpairable, !warned[file],
          compare(inputs[file][index - 1], inputs[file][index]) > 0
        else { continue }
        errors += "comm: file \(file + 1) is not in sorted order\n"
        if checkOrder == true {
          return FilterResult(output: output, status: 1, stderr: Array(errors.utf8))
        }
        warned[file] = true
      }
    }
    if arguments.has("total") {
      for total in totals { output += Array("\(total)".utf8) + separator }
      output += Array("total".utf8)
      output.append(delimiter)
    }
    if warned.contains(true) {
      errors += "comm: input is not in sorted order\n"
      return FilterResult(output: output, status: 1, stderr: Array(errors.utf8))
    }
    return FilterResult(output: output, stderr: Array(errors.utf8))
  }

  /// `memcmp` then length: the order of lines in C.UTF-8.
  static func compare(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Int {
    for (x, y) in zip(a, b) where x != y { return x < y ? -1 : 1 }
    return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
  }
}
