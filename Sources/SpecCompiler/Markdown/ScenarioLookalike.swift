/// Text that reads as a scenario id to a person but not to the scenario pattern, or that is a
/// scenario id in a place where it does not start a scenario.
///
/// The rule, applied to a heading's text or to what follows the `#`s of a line that is not a
/// heading: after optional inline markup (`*`, `_`, `` ` ``), the pattern's prefix in either
/// letter case (`S`, `s`), optional spaces, tabs, `-` or `_`, then one or more decimal digits of
/// any script (`02`, `０２`, `٠٢`), then the end of the text or a space (optionally after `:`,
/// `.` or `)`). So `S02 Title`, `s02`, `S 02 Title`, `S０２`, `**S02** Title` and `S02: Title`
/// look like ids, while `Summary`, `Step 2`, `Notes`, `2. Orders`, `S3-compatible storage` and
/// `S3a` do not (`S3a` at level 3 is an invalid-id error instead).
struct ScenarioLookalike: Equatable {
  /// Why the text is not a scenario id even at level 3.
  enum Flaw: Equatable {
    case lowerCasePrefix, spaceInID, nonASCIIDigits, markup

    var explanation: String {
      switch self {
      case .lowerCasePrefix: return "the id's letter is lower case"
      case .spaceInID: return "the id has a space inside"
      case .nonASCIIDigits: return "the id's digits are not ASCII digits"
      case .markup: return "the id is inside inline markup"
      }
    }
  }

  /// The id as it should be written: the prefix and the digits in ASCII (`S02`).
  var id: String
  /// The rest of the text, trimmed; empty when there is none.
  var title: String
  var flaws: [Flaw]

  /// The heading that would make it a scenario: `### S02 Title`.
  var suggestion: String {
    "### \(id) \(title.isEmpty ? "Title" : title)"
  }
}

extension ScenarioIDPattern {
  /// `text` as a scenario lookalike (see `ScenarioLookalike`), or `nil`.
  func lookalike(_ text: String) -> ScenarioLookalike? {
    let scalars = Array(text.unicodeScalars)
    var index = 0
    var flaws: [ScenarioLookalike.Flaw] = []
    let markup: Set<Unicode.Scalar> = ["*", "_", "`"]
    while index < scalars.count && markup.contains(scalars[index]) { index += 1 }
    if index > 0 { flaws.append(.markup) }

    let prefixScalars = Array(prefix.unicodeScalars)
    guard !prefixScalars.isEmpty, index + prefixScalars.count <= scalars.count else { return nil }
    let written = String(String.UnicodeScalarView(scalars[index..<(index + prefixScalars.count)]))
    guard written.lowercased() == prefix.lowercased() else { return nil }
    if written != prefix { flaws.append(.lowerCasePrefix) }
    index += prefixScalars.count

    let separators: Set<Unicode.Scalar> = [" ", "\t", "-", "_"]
    let separatorStart = index
    while index < scalars.count && separators.contains(scalars[index]) { index += 1 }
    if index > separatorStart { flaws.append(.spaceInID) }

    var digits = ""
    var isASCII = true
    while index < scalars.count, scalars[index].properties.numericType == .decimal,
      let value = scalars[index].properties.numericValue
    {
      if !scalars[index].isASCII { isASCII = false }
      digits += String(Int(value))
      index += 1
    }
    guard !digits.isEmpty else { return nil }
    if !isASCII { flaws.append(.nonASCIIDigits) }
    while index < scalars.count && markup.contains(scalars[index]) { index += 1 }
    // Then the end, a space, or `:`, `.`, `)` and a space: `S3-compatible`, `S3a` are words.
    var end = index
    if end < scalars.count && [":", ".", ")"].contains(scalars[end]) { end += 1 }
    guard end == scalars.count || scalars[end] == " " || scalars[end] == "\t" else {
      return nil
    }
    let rest = String(String.UnicodeScalarView(scalars[index...]))
    let title = rest.drop { $0 == ":" || $0 == "." || $0 == ")" || $0 == "-" || $0.isWhitespace }
    return ScenarioLookalike(
      id: prefix + digits,
      title: String(title.reversed().drop(while: \.isWhitespace).reversed()), flaws: flaws)
  }
}
