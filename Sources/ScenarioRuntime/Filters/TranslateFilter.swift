import SpecModel

/// `tr -d SET1`, `tr SET1 SET2`, `tr -s SET1 SET2`. GNU tr works on bytes, not characters: a
/// multibyte character in a set stands for each of its bytes.
enum TranslateFilter {
  static func run(_ translation: Translation, input: [UInt8]) -> FilterResult {
    var set1 = Array(translation.set1.utf8)
    if translation.complement {
      var listed = [Bool](repeating: false, count: 256)
      for byte in set1 { listed[Int(byte)] = true }
      set1 = (0...255).filter { !listed[$0] }.map { UInt8($0) }
    }
    if translation.deleteThenSqueeze {
      var deleted = [Bool](repeating: false, count: 256)
      for byte in set1 { deleted[Int(byte)] = true }
      var squeezed = [Bool](repeating: false, count: 256)
      for byte in (translation.set2 ?? "").utf8 { squeezed[Int(byte)] = true }
      var output: [UInt8] = []
      for byte in input where !deleted[Int(byte)] {
        if squeezed[Int(byte)], output.last == byte { continue }
        output.append(byte)
      }
      return FilterResult(output: output)
    }
    guard let set2Text = translation.set2 else {
      if translation.squeeze {
        return failure(
          """
          tr: missing operand after ‘\(translation.set1)’
          Two strings must be given when both deleting and squeezing repeats.
          Try 'tr --help' for more information.

          """)
      }
      var deleted = [Bool](repeating: false, count: 256)
      for byte in set1 { deleted[Int(byte)] = true }
      return FilterResult(output: input.filter { !deleted[Int($0)] })
    }
    let set2 = Array(set2Text.utf8)
    if set2.isEmpty && !set1.isEmpty {
      return failure("tr: when not truncating set1, string2 must be non-empty\n")
    }
    var map = (0...255).map { UInt8($0) }
    // A byte listed twice in SET1 takes its last mapping; SET2 is padded with its last byte.
    for (index, byte) in set1.enumerated() {
      map[Int(byte)] = set2[min(index, set2.count - 1)]
    }
    guard translation.squeeze else {
      return FilterResult(output: input.map { map[Int($0)] })
    }
    var squeezed = [Bool](repeating: false, count: 256)
    for byte in set2 { squeezed[Int(byte)] = true }
    var output: [UInt8] = []
    output.reserveCapacity(input.count)
    for byte in input {
      let mapped = map[Int(byte)]
      if squeezed[Int(mapped)], output.last == mapped { continue }
      output.append(mapped)
    }
    return FilterResult(output: output)
  }

  private static func failure(_ message: String) -> FilterResult {
    FilterResult(output: [], status: 1, stderr: Array(message.utf8))
  }
}
