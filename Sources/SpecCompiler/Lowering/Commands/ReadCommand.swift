import SpecModel

/// `read [-r] [-d DELIM] [-a ARRAY] [NAME…]`, with `IFS=VALUE` before it for that command only.
enum ReadCommand: StepCommand {
  static let names = ["read"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    lower(call, ifs: nil, context: &context).map { .read($0) }
  }

  static func lower(_ call: CommandCall, ifs: Template?, context: inout LoweringContext)
    -> ReadStep?
  {
    var step = ReadStep(names: [], ifs: ifs)
    var words = call.arguments[...]
    while let word = words.first, let text = context.staticText(word), text.hasPrefix("-"),
      text.count > 1
    {
      words.removeFirst()
      if text == "--" { break }
      var letters = text.dropFirst()
      while let letter = letters.popFirst() {
        switch letter {
        case "r": step.raw = true
        case "d":
          if letters.isEmpty {
            guard let value = words.popFirst(), let delimiter = context.staticText(value) else {
              context.error("read -d needs a literal delimiter", at: word.position)
              return nil
            }
            step.delimiter = delimiter
          } else {
            step.delimiter = String(letters)
            letters = ""
          }
        case "a":
          let text =
            letters.isEmpty ? words.popFirst().flatMap(context.staticText) : String(letters)
          letters = ""
          guard let name = text, isName(name) else {
            context.error("read -a needs a literal array name", at: word.position)
            return nil
          }
          step.array = name
        default:
          context.error("read option '-\(letter)' is not supported", at: word.position)
          return nil
        }
      }
    }
    if step.array != nil, let extra = words.first {
      context.error("read -a takes no other variable names", at: extra.position)
      return nil
    }
    for word in words {
      guard let name = context.staticText(word), isName(name) else {
        context.error("read takes literal variable names", at: word.position)
        return nil
      }
      step.names.append(name)
    }
    return step
  }

  static func isName(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first == "_" || first.properties.isAlphabetic
    else { return false }
    return text.unicodeScalars.allSatisfy {
      $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
    }
  }
}
