/// Makes two runs' standard output comparable by replacing only what must differ between them:
/// the shell's pid (`$$`), the epoch seconds `$(date +%s)` gave during the run, and the values
/// of `Date:` header lines. Texts are compared scalar by scalar (`same`), never with `==`,
/// which would take `\r\n` as one character and canonically equivalent text as equal.
enum OutputNormalizer {
  static func latin1(_ bytes: [UInt8]) -> String {
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
    return String(scalars)
  }

  /// The bytes back from a `latin1` text, shown as UTF-8.
  static func shown(_ text: Substring.UnicodeScalarView) -> String {
    String(decoding: text.map { UInt8(truncatingIfNeeded: $0.value) }, as: UTF8.self)
  }

  static func same(_ left: String, _ right: String) -> Bool {
    left.unicodeScalars.elementsEqual(right.unicodeScalars)
  }

  /// Lines split at every `\n` byte (a `\r` stays at the end of its line).
  static func lines(_ text: String) -> [Substring.UnicodeScalarView] {
    text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
  }

  static func normalize(_ outcome: SideOutcome) -> String {
    normalize(
      outcome.stdout, processID: outcome.processID,
      epochs: (outcome.startEpoch - 1)...(outcome.endEpoch + 1))
  }

  static func normalize(_ bytes: [UInt8], processID: Int32, epochs: ClosedRange<Int>) -> String {
    // One scalar per byte (Latin-1): nothing is lost to UTF-8 repair, and no two different
    // outputs become equal.
    var text = latin1(bytes)
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
