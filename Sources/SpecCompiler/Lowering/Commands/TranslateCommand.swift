import SpecModel

/// `tr [-d] [-s] SET1 [SET2]`.
enum TranslateCommand: PipelineCommand {
  static let names = ["tr"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var delete = false
    var squeeze = false
    var sets: [String] = []
    for word in call.arguments {
      guard let text = context.staticText(word) else {
        context.error("tr needs literal sets", at: word.position)
        return nil
      }
      if sets.isEmpty, text.hasPrefix("-"), text.count > 1 {
        for flag in text.dropFirst() {
          switch flag {
          case "d": delete = true
          case "s": squeeze = true
          default:
            context.error("tr option '-\(flag)' is not supported", at: word.position)
            return nil
          }
        }
        continue
      }
      guard let expanded = expand(text) else {
        context.error(
          "tr set '\(text)' is not supported (character classes are not)", at: word.position)
        return nil
      }
      sets.append(expanded)
    }
    switch (delete, sets.count) {
    case (true, 1): return .filter(.translate(Translation(set1: sets[0], squeeze: squeeze)))
    case (false, 2):
      return .filter(.translate(Translation(set1: sets[0], set2: sets[1], squeeze: squeeze)))
    case (false, 1) where squeeze:
      return .filter(.translate(Translation(set1: sets[0], set2: sets[0], squeeze: true)))
    default:
      context.error("tr needs SET1 with -d, or SET1 and SET2", at: call.position)
      return nil
    }
  }

  /// Escapes and `a-z` ranges expanded.
  static func expand(_ set: String) -> String? {
    if set.contains("[:") { return nil }
    var chars = Array(set)[...]
    var scalars: [Character] = []
    while let c = chars.popFirst() {
      let value: Character = c == "\\" ? Character(Escapes.backslash(&chars)) : c
      if chars.first == "-", chars.count >= 2, let low = value.unicodeScalars.first?.value {
        chars.removeFirst()
        let endChar = chars.removeFirst()
        guard let high = endChar.unicodeScalars.first?.value, high >= low else { return nil }
        for v in low...high { if let s = Unicode.Scalar(v) { scalars.append(Character(s)) } }
      } else {
        scalars.append(value)
      }
    }
    return String(scalars)
  }
}
