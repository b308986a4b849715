/// Makes two runs' standard output comparable by replacing only what must differ between them:
/// the shell's pid (`$$`), the epoch seconds `$(date +%s)` gave during the run, and the values
/// of `Date:` header lines.
enum OutputNormalizer {
  static func normalize(_ outcome: SideOutcome) -> String {
    normalize(
      outcome.stdout, processID: outcome.processID,
      epochs: (outcome.startEpoch - 1)...(outcome.endEpoch + 1))
  }

  static func normalize(_ bytes: [UInt8], processID: Int32, epochs: ClosedRange<Int>) -> String {
    var text = String(decoding: bytes, as: UTF8.self)
    text = text.replacing(/(?m)^([Dd][Aa][Tt][Ee]:)[ \t]*[^\r\n]*/) { match in
      "\(match.1) <DATE>"
    }
    let pid = processID > 0 ? String(processID) : nil
    // Whole runs of digits only: a pid or an epoch inside a longer number is not one.
    var out = ""
    var digits = ""
    func flush() {
      if digits.count == 10, let value = Int(digits), epochs.contains(value) {
        out += "<EPOCH>"
      } else if let pid, digits == pid {
        out += "<PID>"
      } else {
        out += digits
      }
      digits = ""
    }
    for character in text {
      if character.isASCII, character.isNumber {
        digits.append(character)
      } else {
        if !digits.isEmpty { flush() }
        out.append(character)
      }
    }
    if !digits.isEmpty { flush() }
    return out
  }
}
