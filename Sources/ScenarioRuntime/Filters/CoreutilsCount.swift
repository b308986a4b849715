import SpecModel

/// A `head`/`tail` count as coreutils reads it: blanks, an optional sign, decimal digits and an
/// optional multiplier (`b` 512, `K`/`k`/`KiB` 1024, `kB`/`KB` 1000, `M`, `MB`, `G`, … up to
/// `E`).
struct CoreutilsCount {
  enum Sign { case none, minus, plus }

  var sign: Sign
  var value: Int

  enum Failure: Error {
    case invalid
    case tooLarge
  }

  static func parse(_ text: String) -> Result<CoreutilsCount, Failure> {
    var rest = Substring(text).drop { $0 == " " || $0 == "\t" || $0 == "\n" }
    var sign = Sign.none
    if rest.first == "-" {
      sign = .minus
      rest = rest.dropFirst()
    } else if rest.first == "+" {
      sign = .plus
      rest = rest.dropFirst()
    }
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty else { return .failure(.invalid) }
    guard let multiplier = multiplier(rest.dropFirst(digits.count)) else {
      return .failure(.invalid)
    }
    guard let number = Int(digits) else { return .failure(.tooLarge) }
    let (value, overflow) = number.multipliedReportingOverflow(by: multiplier)
    guard !overflow else { return .failure(.tooLarge) }
    return .success(CoreutilsCount(sign: sign, value: value))
  }

  private static func multiplier(_ suffix: Substring) -> Int? {
    if suffix.isEmpty { return 1 }
    if suffix == "b" { return 512 }
    let powers: [Character: Int] = ["K": 1, "k": 1, "M": 2, "G": 3, "T": 4, "P": 5, "E": 6]
    guard let letter = suffix.first, let power = powers[letter] else { return nil }
    let base: Int
    switch suffix.dropFirst() {
    case "", "iB": base = 1024
    case "B": base = 1000
    default: return nil
    }
    var result = 1
    for _ in 0..<power {
      let (next, overflow) = result.multipliedReportingOverflow(by: base)
      guard !overflow else { return nil }
      result = next
    }
    return result
  }

  /// `head: invalid number of lines: ‘X’`, with coreutils' reason for a number too large.
  static func failure(
    _ command: String, _ unit: HeadTailCount.Unit, _ text: String, _ failure: Failure
  ) -> FilterResult {
    var message = "\(command): invalid number of \(unit.rawValue): ‘\(text)’"
    if failure == .tooLarge { message += ": Value too large for defined data type" }
    return FilterResult(output: [], status: 1, stderr: Array((message + "\n").utf8))
  }
}
