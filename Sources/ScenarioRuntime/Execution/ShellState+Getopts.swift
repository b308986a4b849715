/// Where `getopts` is in its arguments, kept between calls as bash keeps it (`sh_getopt` in
/// bash's `lib/sh/getopt.c`): the index of the next word, and the place in a cluster of
/// options (`-ab`) being read.
struct GetoptsState: Sendable, Equatable {
  /// bash's `sh_optind`: the next word to read (0: not started).
  var index = 0
  /// The word whose letters are being read (`curopt`), and the next letter's offset in it
  /// (`nextchar`; nil once that word is done).
  var word = 0
  var letter: Int?
  /// The value `getopts` last gave `OPTIND`: any other value means a script assigned it.
  var bound: String? = "1"
  /// `OPTIND` was assigned, declared `local` or unset since (even to the same value): the next
  /// call starts over from its value.
  var stale = false

  /// What one call finds.
  enum Found: Equatable {
    /// No more options: `--` (skipped), a word without a leading `-`, `-` alone, or the end.
    case end
    /// An option letter of OPTSTRING with its argument (nil for an option that takes none).
    case option(UInt8, argument: [UInt8]?)
    /// A letter not in OPTSTRING (or `:`).
    case invalid(UInt8)
    /// An option whose argument is missing (the last word ends with it).
    case missingArgument(UInt8)
  }

  /// `OPTIND` assigned (bash's `sv_optind`): 1, a negative number or no value start over.
  mutating func reset(from value: String?) {
    var start = value.map(Self.leadingInteger) ?? 0
    if start < 0 || start == 1 { start = 0 }
    self = GetoptsState(index: start, word: 0, letter: nil, bound: value, stale: false)
  }

  /// The next option of `words` (`words[0]` is `$0`) for `options` (OPTSTRING without the
  /// leading `:` of silent mode).
  mutating func next(_ words: [[UInt8]], options: [UInt8]) -> Found {
    let colon = UInt8(ascii: ":")
    if letter != nil, word >= words.count || letter! > words[word].count { letter = nil }
    if index >= words.count || index < 0 {
      index = words.count
      return .end
    }
    if index == 0 {
      index = 1
      letter = nil
    }
    if letter == nil || letter! >= words[word].count {
      guard index < words.count else { return .end }
      let text = words[index]
      if text == Array("--".utf8) {
        index += 1
        return .end
      }
      guard text.first == UInt8(ascii: "-"), text.count > 1 else { return .end }
      word = index
      letter = 1
    }
    let current = words[word]
    let c = current[letter!]
    letter! += 1
    if letter! >= current.count {
      index += 1
      letter = nil
    }
    guard c != colon, let at = options.firstIndex(of: c) else { return .invalid(c) }
    guard at + 1 < options.count, options[at + 1] == colon else {
      return .option(c, argument: nil)
    }
    defer { letter = nil }
    if let offset = letter {
      index += 1
      return .option(c, argument: Array(current[offset...]))
    }
    guard index < words.count else {
      // bash answers `:` when OPTSTRING (after silent mode's `:`) starts with another `:`.
      return options.first == colon ? .option(colon, argument: []) : .missingArgument(c)
    }
    index += 1
    return .option(c, argument: words[index - 1])
  }

  /// C's `atoi`: blanks, a sign, then digits (0 when there are none).
  static func leadingInteger(_ text: String) -> Int {
    var scalars = Substring(text).drop { " \t\n\u{0B}\u{0C}\r".contains($0) }
    var sign = 1
    if let first = scalars.first, first == "-" || first == "+" {
      sign = first == "-" ? -1 : 1
      scalars = scalars.dropFirst()
    }
    var value = 0
    for c in scalars {
      guard let digit = c.wholeNumberValue, c.isASCII else { break }
      value = value &* 10 &+ digit
    }
    return sign * value
  }
}

extension ShellState {
  /// A script's change to `OPTIND` (an assignment, `local OPTIND`, `unset OPTIND`).
  mutating func noteAssignment(_ name: String) {
    if name == "OPTIND" { getopts.stale = true }
  }
}
