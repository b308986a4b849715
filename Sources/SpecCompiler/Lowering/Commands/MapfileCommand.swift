import SpecModel

/// `mapfile [-t] [-d DELIM] [ARRAY]` and its other name `readarray`: standard input, one element
/// per line, into an indexed array (`MAPFILE` without a name).
enum MapfileCommand: StepCommand {
  static let names = ["mapfile", "readarray"]

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> Action? {
    var step = MapfileStep(name: "MAPFILE")
    var words = call.arguments[...]
    while let word = words.first, let text = context.staticText(word), text.hasPrefix("-"),
      text.count > 1
    {
      words.removeFirst()
      if text == "--" { break }
      var letters = text.dropFirst()
      while let letter = letters.popFirst() {
        switch letter {
        case "t": step.trim = true
        case "d":
          let value =
            letters.isEmpty ? words.popFirst().flatMap(context.staticText) : String(letters)
          letters = ""
          guard let value else {
            context.error("\(call.name) -d needs a literal delimiter", at: word.position)
            return nil
          }
          step.delimiter = value
        default:
          context.error("\(call.name) option '-\(letter)' is not supported", at: word.position)
          return nil
        }
      }
    }
    if let word = words.popFirst() {
      guard let name = context.staticText(word), ReadCommand.isName(name) else {
        context.error("\(call.name) takes a literal array name", at: word.position)
        return nil
      }
      step.name = name
    }
    if let extra = words.first {
      context.error("\(call.name) takes one array name", at: extra.position)
      return nil
    }
    return .mapfile(step)
  }
}
