import Shell
import SpecModel

/// Filename globs in words: a `for` list item with an unquoted `*`, `?` or `[` becomes a glob
/// the runtime expands in the working directory; anywhere else a command would receive the
/// expanded names, which its typed step cannot take, so it is a positioned error, never a word
/// silently left unexpanded.
extension LoweringContext {
  /// The word as a glob pattern (quoted characters backslash-escaped) when it has an unquoted
  /// glob character: `nil` when it is not a glob, `.some(nil)` after an error.
  mutating func globPattern(_ word: BashWord) -> String?? {
    guard Self.hasUnquotedGlob(word) else { return nil }
    var pattern = ""
    for part in word.parts {
      if case .literal(let raw) = part {
        pattern += raw
        continue
      }
      guard let text = staticText(BashWord(position: word.position, parts: [part])) else {
        error(LoweringDiagnostic.globWithExpansion, at: word.position)
        return .some(nil)
      }
      for c in text {
        if "*?[]\\".contains(c) { pattern.append("\\") }
        pattern.append(c)
      }
    }
    return .some(pattern)
  }

  /// An unquoted, unescaped `*`, `?` or `[` (bash's filename expansion characters).
  static func hasUnquotedGlob(_ word: BashWord) -> Bool {
    word.parts.contains {
      guard case .literal(let raw) = $0 else { return false }
      return BashPattern.hasGlobCharacter(raw)
    }
  }

  /// Reports each argument of `call` that is a filename glob; true when there is none.
  mutating func rejectGlobs(_ arguments: [BashWord], command: String) -> Bool {
    var ok = true
    for word in arguments where Self.hasUnquotedGlob(word) {
      error(
        LoweringDiagnostic.globArgument(glob: staticText(word) ?? "…", command: command),
        at: word.position)
      ok = false
    }
    return ok
  }
}
