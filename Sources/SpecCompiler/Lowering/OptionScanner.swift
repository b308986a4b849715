/// Splits a command's arguments into options and operands the way getopt-style tools do:
/// `-fsS` is three flags, `-XPOST` and `-X POST` give `X` the value `POST`, `--max-time 5`
/// gives `max-time` the value `5`, `--` ends options.
import Shell

struct OptionScanner {
  enum Item {
    /// An option without value; `name` is the letter or the long name without dashes.
    case flag(String, BashWord)
    /// An option with its value word (a fresh literal word when the value was attached).
    case option(String, BashWord, at: BashWord)
    case operand(BashWord)
    /// An argument that looks like an option the tool doesn't take.
    case unknown(String, BashWord)
  }

  /// Short option letters that take a value.
  var shortWithValue: Set<Character>
  /// Short option letters without value.
  var shortFlags: Set<Character>
  /// Long option names that take a value.
  var longWithValue: Set<String>
  /// Long option names without value.
  var longFlags: Set<String>
  /// `head -5`, `tail -20`: a dash and digits is a count.
  var allowsNumericOption = false
  /// `tail -n +5`: values may start with `+`; operands starting with `-` after the first operand
  /// are still options (GNU permutation) unless this is false.
  var stopAtFirstOperand = false

  func scan(_ arguments: [BashWord], context: LoweringContext) -> [Item] {
    var items: [Item] = []
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let word = arguments[index]
      index += 1
      guard !optionsEnded, let text = context.staticText(word), text.hasPrefix("-"), text != "-"
      else {
        items.append(.operand(word))
        if stopAtFirstOperand { optionsEnded = true }
        continue
      }
      if text == "--" {
        optionsEnded = true
        continue
      }
      if text.hasPrefix("--") {
        var name = String(text.dropFirst(2))
        var attached: String?
        if let eq = name.firstIndex(of: "="), longWithValue.contains(String(name[..<eq])) {
          attached = String(name[name.index(after: eq)...])
          name = String(name[..<eq])
        }
        if longFlags.contains(name) {
          items.append(.flag(name, word))
        } else if longWithValue.contains(name) {
          if let attached {
            items.append(.option(name, Self.literal(attached, at: word), at: word))
          } else if index < arguments.count {
            items.append(.option(name, arguments[index], at: word))
            index += 1
          } else {
            items.append(.unknown(text, word))
          }
        } else {
          items.append(.unknown(text, word))
        }
        continue
      }
      let letters = Array(text.dropFirst())
      if allowsNumericOption, letters.allSatisfy(\.isNumber) {
        items.append(.option("n", Self.literal(String(letters), at: word), at: word))
        continue
      }
      var position = 0
      while position < letters.count {
        let letter = letters[position]
        position += 1
        if shortFlags.contains(letter) {
          items.append(.flag(String(letter), word))
        } else if shortWithValue.contains(letter) {
          if position < letters.count {
            items.append(
              .option(
                String(letter), Self.literal(String(letters[position...]), at: word), at: word))
          } else if index < arguments.count {
            items.append(.option(String(letter), arguments[index], at: word))
            index += 1
          } else {
            items.append(.unknown("-\(letter)", word))
          }
          break
        } else {
          items.append(.unknown("-\(letter)", word))
          break
        }
      }
    }
    return items
  }

  static func literal(_ text: String, at word: BashWord) -> BashWord {
    BashWord(position: word.position, parts: [.singleQuoted(text, dollar: false)])
  }
}
