/// The object members whose values a jq program outputs, read from its text: the last named
/// component of each path expression (`.key` → `key`, `.data[0].api_key` → `api_key`,
/// `.token // empty` → `token`, `$r.value` → `value`, `.["client_secret"]` → `client_secret`),
/// leaving out paths only tested, not output: operands of comparisons and of `and`/`or`,
/// `if … then` conditions, and the arguments of predicates and orderings (`select`, `has`,
/// `test`, `sort_by`, …).
///
/// It is a scan of the text, not a parse: a path inside a string interpolation or a function
/// defined in the program is read as any other.
enum JQOutputFields {
  static let conditionFunctions: Set<String> = [
    "select", "has", "any", "all", "test", "contains", "inside", "startswith", "endswith",
    "match", "capture", "sort_by", "group_by", "unique_by", "min_by", "max_by", "del", "index",
    "rindex", "indices", "in", "isvalid",
  ]
  static let conditionOperators: Set<String> = ["==", "!=", "<", "<=", ">", ">=", "and", "or"]

  private struct Chain {
    var last: String?
    var condition: Bool
  }

  static func fields(of program: String) -> [String] {
    let characters = Array(program)
    var index = 0
    // One entry per open parenthesis or bracket: whether it is a condition's.
    var contexts: [Bool] = []
    var chain: Chain?
    var chains: [Chain] = []
    // Per open bracket: the path it interrupts (`.data[0].key` resumes after `]`).
    var pendingChains: [Chain?] = []
    var previousToken = ""
    var awaitingThen = 0

    func inCondition() -> Bool { contexts.contains(true) || awaitingThen > 0 }
    func endChain(next: String) {
      guard var ended = chain else { return }
      if conditionOperators.contains(next) { ended.condition = true }
      chains.append(ended)
      chain = nil
    }
    func startOrExtend(_ name: String?) {
      if chain == nil {
        chain = Chain(
          last: nil, condition: inCondition() || conditionOperators.contains(previousToken))
      }
      if let name { chain?.last = name }
    }

    while index < characters.count {
      let character = characters[index]
      if character.isWhitespace {
        index += 1
        continue
      }
      if character == "#" {
        while index < characters.count, characters[index] != "\n" { index += 1 }
        continue
      }
      if character == "\"" {
        let (text, end) = string(characters, from: index)
        index = end
        endChain(next: "\"")
        previousToken = "\"" + text
        continue
      }
      if character == "." {
        let next = index + 1 < characters.count ? characters[index + 1] : " "
        if next == "." {
          endChain(next: "..")
          index += 2
          previousToken = ".."
          continue
        }
        if next.isLetter || next == "_" {
          var end = index + 1
          while end < characters.count,
            characters[end].isLetter || characters[end].isNumber || characters[end] == "_"
          {
            end += 1
          }
          startOrExtend(String(characters[(index + 1)..<end]))
          index = end
          previousToken = "."
          continue
        }
        if next == "\"" {
          let (text, end) = string(characters, from: index + 1)
          startOrExtend(text)
          index = end
          previousToken = "."
          continue
        }
        // `.` alone or `.[`: the start of a path.
        startOrExtend(nil)
        index += 1
        previousToken = "."
        continue
      }
      if character == "$" {
        var end = index + 1
        while end < characters.count,
          characters[end].isLetter || characters[end].isNumber || characters[end] == "_"
        {
          end += 1
        }
        endChain(next: "$")
        startOrExtend(nil)
        index = end
        previousToken = "$"
        continue
      }
      if character == "[" {
        // `.["name"]` names a member; any other index continues the path.
        var inner = index + 1
        while inner < characters.count, characters[inner].isWhitespace { inner += 1 }
        if chain != nil, inner < characters.count, characters[inner] == "\"" {
          let (text, end) = string(characters, from: inner)
          var close = end
          while close < characters.count, characters[close].isWhitespace { close += 1 }
          if close < characters.count, characters[close] == "]" {
            startOrExtend(text)
            index = close + 1
            previousToken = "]"
            continue
          }
        }
        let saved = chain
        chain = nil
        contexts.append(false)
        index += 1
        previousToken = "["
        // The path resumes after the matching `]`.
        pendingChains.append(saved)
        continue
      }
      if character == "]" {
        endChain(next: "]")
        _ = contexts.popLast()
        chain = pendingChains.popLast() ?? nil
        index += 1
        previousToken = "]"
        if index < characters.count, characters[index] == "?" { index += 1 }
        continue
      }
      if character == "?" && chain != nil {
        index += 1
        continue
      }
      if character.isLetter || character == "_" {
        var end = index
        while end < characters.count,
          characters[end].isLetter || characters[end].isNumber || characters[end] == "_"
        {
          end += 1
        }
        let word = String(characters[index..<end])
        endChain(next: word)
        var after = end
        while after < characters.count, characters[after].isWhitespace { after += 1 }
        if after < characters.count, characters[after] == "(" {
          contexts.append(conditionFunctions.contains(word))
          pendingChains.append(nil)
          index = after + 1
          previousToken = "("
          continue
        }
        switch word {
        case "if", "elif": awaitingThen += 1
        case "then": awaitingThen = max(0, awaitingThen - 1)
        default: break
        }
        index = end
        previousToken = word
        continue
      }
      if character == "(" || character == "{" {
        endChain(next: String(character))
        contexts.append(false)
        pendingChains.append(nil)
        index += 1
        previousToken = String(character)
        continue
      }
      if character == ")" || character == "}" {
        endChain(next: String(character))
        _ = contexts.popLast()
        _ = pendingChains.popLast()
        index += 1
        previousToken = String(character)
        continue
      }
      // Operators and punctuation: the longest of a two-character operator.
      var token = String(character)
      if index + 1 < characters.count,
        ["==", "!=", "<=", ">=", "//", "|=", "+=", "-=", "?/"].contains(
          token + String(characters[index + 1]))
      {
        token += String(characters[index + 1])
      }
      endChain(next: token)
      index += token.count
      previousToken = token
    }
    endChain(next: "")
    return chains.filter { !$0.condition }.compactMap(\.last)
  }

  /// A string literal starting at `start` (a `"`): its text (escapes kept, interpolations
  /// skipped) and the index after its closing quote.
  static func string(_ characters: [Character], from start: Int) -> (String, Int) {
    var index = start + 1
    var text = ""
    while index < characters.count {
      let character = characters[index]
      if character == "\\", index + 1 < characters.count {
        if characters[index + 1] == "(" {
          var depth = 1
          index += 2
          while index < characters.count, depth > 0 {
            if characters[index] == "(" { depth += 1 }
            if characters[index] == ")" { depth -= 1 }
            index += 1
          }
          continue
        }
        text.append(characters[index + 1])
        index += 2
        continue
      }
      if character == "\"" { return (text, index + 1) }
      text.append(character)
      index += 1
    }
    return (text, index)
  }
}
