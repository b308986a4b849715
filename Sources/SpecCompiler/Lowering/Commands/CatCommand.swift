import SpecModel

/// `cat [FILE]`: a file's bytes, or the input passed through.
enum CatCommand: PipelineCommand {
  static let names = ["cat"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var files: [Template] = []
    for word in call.arguments {
      if let text = context.staticText(word), text.hasPrefix("-"), text != "-" {
        context.error("cat option '\(text)' is not supported", at: word.position)
        return nil
      }
      if context.staticText(word) == "-" { continue }
      guard let t = context.template(word) else { return nil }
      files.append(t)
    }
    switch files.count {
    case 0: return .filter(.tee(file: nil, append: false))
    case 1: return .source(.file(files[0]))
    default:
      context.error("cat of several files is not supported", at: call.position)
      return nil
    }
  }
}

/// `tee [-a] [FILE]`.
enum TeeCommand: PipelineCommand {
  static let names = ["tee"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var append = false
    var file: Template?
    for word in call.arguments {
      if let text = context.staticText(word), text == "-a" || text == "--append" {
        append = true
        continue
      }
      guard file == nil, let t = context.template(word) else {
        context.error("tee takes one file", at: word.position)
        return nil
      }
      file = t
    }
    return .filter(.tee(file: file, append: append))
  }
}

/// `wc -c`, `wc -l`, `wc -w` on the input (`wc -c < FILE`).
enum WordCountCommand: PipelineCommand {
  static let names = ["wc"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    guard call.arguments.count == 1, let flag = context.staticText(call.arguments[0]) else {
      context.error(
        "wc takes exactly one of -c, -l, -w and reads its input (use 'wc -c < FILE')",
        at: call.position)
      return nil
    }
    switch flag {
    case "-c", "--bytes": return .filter(.count(.bytes))
    case "-l", "--lines": return .filter(.count(.lines))
    case "-w", "--words": return .filter(.count(.words))
    default:
      context.error("wc option '\(flag)' is not supported", at: call.arguments[0].position)
      return nil
    }
  }
}

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

/// `base64`, `base64 -d`.
enum Base64Command: PipelineCommand {
  static let names = ["base64"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var decode = false
    for word in call.arguments {
      switch context.staticText(word) {
      case "-d", "--decode": decode = true
      case "-w0", "--wrap=0": break
      default:
        context.error("base64 option is not supported", at: word.position)
        return nil
      }
    }
    return .filter(.base64(decode: decode))
  }
}
