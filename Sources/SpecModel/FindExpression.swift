/// A `find` command line as GNU findutils 4.9 reads it: starting points, then an expression of
/// tests (`-name`, `-iname`, `-path`, `-ipath`, `-type`, `-newer`, `-size`, `-mtime`,
/// `-empty`), actions (`-print`, `-print0`), `!`/`-not`, `-a`/`-and`, `-o`/`-or`, parentheses,
/// and the global options `-maxdepth`/`-mindepth`. Shared by the compiler (which refuses what
/// is not here, `-exec` and `-delete` included, at its word) and the runtime.
public struct FindCommandLine: Sendable, Equatable {
  public indirect enum Expression: Sendable, Equatable {
    case test(Test)
    case not(Expression)
    case and(Expression, Expression)
    case or(Expression, Expression)
  }

  public enum Test: Sendable, Equatable {
    case name(String, ignoreCase: Bool)
    case path(String, ignoreCase: Bool)
    case type(Character)
    case newer(String)
    /// `-size [+-]N[bcwkMG]`: the comparison, the count and the unit in bytes.
    case size(Character?, Int, unit: Int)
    /// `-mtime [+-]N`: days.
    case mtime(Character?, Int)
    case empty
    case print
    case print0
    /// A global option's place in the expression: true.
    case always
  }

  public struct Failure: Error, Sendable, Equatable {
    public var message: String
    public var index: Int
    public var word: String
  }

  public var paths: [String] = []
  public var expression: Expression?
  public var maxDepth: Int?
  public var minDepth = 0
  /// The expression has an action: nothing is printed for it otherwise.
  public var hasAction = false

  public static func parse(_ arguments: [String]) -> Result<Self, Failure> {
    var line = FindCommandLine()
    var index = 0
    while index < arguments.count {
      let word = arguments[index]
      if word.hasPrefix("-") && word.count > 1 || word == "(" || word == "!" { break }
      line.paths.append(word)
      index += 1
    }
    var parser = Parser(words: arguments, index: index)
    do {
      if parser.index < arguments.count {
        line.expression = try parser.or(&line)
        if parser.index < arguments.count {
          let word = arguments[parser.index]
          throw Failure(
            message: word == ")"
              ? "invalid expression; you have too many ')'"
              : "paths must precede expression: `\(word)'",
            index: parser.index, word: word)
        }
      }
    } catch let failure as Failure {
      return .failure(failure)
    } catch {
      return .failure(Failure(message: "\(error)", index: 0, word: ""))
    }
    return .success(line)
  }

  private struct Parser {
    var words: [String]
    var index: Int
    var sawTest = false

    mutating func or(_ line: inout FindCommandLine) throws -> Expression {
      var left = try and(&line)
      while index < words.count, ["-o", "-or"].contains(words[index]) {
        index += 1
        left = .or(left, try and(&line))
      }
      return left
    }

    mutating func and(_ line: inout FindCommandLine) throws -> Expression {
      var left = try unary(&line)
      while index < words.count, !["-o", "-or", ")"].contains(words[index]) {
        if ["-a", "-and"].contains(words[index]) { index += 1 }
        left = .and(left, try unary(&line))
      }
      return left
    }

    mutating func unary(_ line: inout FindCommandLine) throws -> Expression {
      guard index < words.count else {
        let last = words.last ?? ""
        throw Failure(
          message: "invalid expression; expected expression after '\(last)'",
          index: words.count - 1, word: last)
      }
      let word = words[index]
      index += 1
      switch word {
      case "!", "-not": return .not(try unary(&line))
      case "(":
        let inner = try or(&line)
        guard index < words.count, words[index] == ")" else {
          throw Failure(
            message:
              "invalid expression; I was expecting to find a ')' somewhere but did not see one.",
            index: index - 1, word: word)
        }
        index += 1
        return inner
      default: return .test(try test(word, &line))
      }
    }

    mutating func value(_ word: String) throws -> String {
      guard index < words.count else {
        throw Failure(message: "missing argument to `\(word)'", index: index - 1, word: word)
      }
      index += 1
      return words[index - 1]
    }

    mutating func test(_ word: String, _ line: inout FindCommandLine) throws -> Test {
      let at = index - 1
      switch word {
      case "-maxdepth", "-mindepth":
        let text = try value(word)
        guard let depth = Int(text), depth >= 0 else {
          throw Failure(
            message: "Expected a positive decimal integer argument to \(word), but got ‘\(text)’",
            index: at, word: word)
        }
        if word == "-maxdepth" { line.maxDepth = depth } else { line.minDepth = depth }
        return .always
      case "-name", "-iname":
        sawTest = true
        return .name(try value(word), ignoreCase: word == "-iname")
      case "-path", "-ipath", "-wholename":
        sawTest = true
        return .path(try value(word), ignoreCase: word == "-ipath")
      case "-type":
        let text = try value(word)
        guard text.count == 1, let letter = text.first, "fdlpscb".contains(letter) else {
          throw Failure(message: "Unknown argument to -type: \(text)", index: at, word: word)
        }
        sawTest = true
        return .type(letter)
      case "-newer":
        sawTest = true
        return .newer(try value(word))
      case "-size":
        sawTest = true
        let text = try value(word)
        var body = Substring(text)
        let sign = body.first.flatMap { "+-".contains($0) ? $0 : nil }
        if sign != nil { body = body.dropFirst() }
        let units: [Character: Int] = [
          "b": 512, "c": 1, "w": 2, "k": 1024, "M": 1 << 20, "G": 1 << 30,
        ]
        var unit = 512
        if let last = body.last, let u = units[last] {
          unit = u
          body = body.dropLast()
        }
        guard let count = Int(body) else {
          throw Failure(message: "invalid -size argument: \(text)", index: at, word: word)
        }
        return .size(sign, count, unit: unit)
      case "-mtime":
        sawTest = true
        let text = try value(word)
        var body = Substring(text)
        let sign = body.first.flatMap { "+-".contains($0) ? $0 : nil }
        if sign != nil { body = body.dropFirst() }
        guard let days = Int(body) else {
          throw Failure(message: "invalid argument `\(text)' to `-mtime'", index: at, word: word)
        }
        return .mtime(sign, days)
      case "-empty":
        sawTest = true
        return .empty
      case "-print", "-print0":
        line.hasAction = true
        return word == "-print" ? .print : .print0
      default:
        let message =
          word.hasPrefix("-")
          ? "unknown predicate `\(word)'" : "paths must precede expression: `\(word)'"
        throw Failure(message: message, index: at, word: word)
      }
    }
  }
}
