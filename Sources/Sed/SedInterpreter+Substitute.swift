/// `s` and `y` on the pattern space.
extension SedInterpreter {
  /// GNU `do_subst`: matches from left to right; an empty match right after the previous
  /// match is skipped; the Nth match (and with `g` every later one) is replaced. After an
  /// empty match the search goes on one byte further, as GNU's does: glibc then finds an
  /// empty match between the bytes of a multibyte character for a pattern it runs byte by
  /// byte (`s/x*/-/g` on `é` gives `-\xC3-\xA9-`).
  mutating func substitute(_ substitution: SedProgram.Substitution) throws(SedRuntimeError) {
    let regex = try self.regex(substitution.regex)
    let subject = patternSpace
    var result: [UInt8] = []
    var copied = 0
    var start = 0
    var count = 0
    var previousEnd = -1
    var replaced = false
    while start <= subject.count, let groups = regex.match(subject, from: start),
      let range = groups[0]
    {
      if range.isEmpty && range.lowerBound == previousEnd {
        guard range.lowerBound < subject.count else { break }
        start = range.lowerBound + 1
        continue
      }
      count += 1
      if count >= substitution.occurrence {
        result += subject[copied..<range.lowerBound]
        result += substitution.replacement.expand(subject, groups: groups)
        copied = range.upperBound
        replaced = true
        if !substitution.global { break }
      }
      previousEnd = range.upperBound
      if range.isEmpty {
        guard range.lowerBound < subject.count else { break }
        start = range.upperBound + 1
      } else {
        start = range.upperBound
      }
    }
    guard replaced else { return }
    result += subject[copied...]
    patternSpace = result
    substituted = true
    if substitution.print { output.writeLine(patternSpace, terminated: terminated) }
    if let file = substitution.writeFile {
      write(patternSpace, terminated: terminated, to: file)
    }
  }

  mutating func transliterate(_ map: [[UInt8]: [UInt8]]) {
    var result: [UInt8] = []
    var index = 0
    while index < patternSpace.count {
      let length = SedUTF8.characterLength(patternSpace, at: index)
      let character = Array(patternSpace[index..<index + length])
      result += map[character] ?? character
      index += length
    }
    patternSpace = result
  }
}
