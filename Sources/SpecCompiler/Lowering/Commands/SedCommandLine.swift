import Sed
import Shell
import SpecModel

/// A `sed` command line as written in a document: the script pieces with their words (for
/// positioned errors), the options and the file operands.
struct SedCommandLine {
  struct Piece {
    var script: SedInvocation.Script
    /// The word holding the script text (an `-e` value or the script operand).
    var word: BashWord
  }

  var pieces: [Piece] = []
  var invocation = SedInvocation(scripts: [])

  /// Reads the options and operands; nil (after an error) where sed would not run.
  static func scan(_ call: CommandCall, context: inout LoweringContext) -> SedCommandLine? {
    var line = SedCommandLine()
    var operands: [BashWord] = []
    for item in SedCommand.scanner.scan(call.arguments, context: context) {
      switch item {
      case .flag(let name, _):
        switch name {
        case "n", "quiet", "silent": line.invocation.quiet = true
        case "E", "r", "regexp-extended": line.invocation.extended = true
        case "s", "separate": line.invocation.separate = true
        case "z", "null-data", "zero-terminated": line.invocation.nullData = true
        default: break
        }
      case .option(let name, let word, _):
        switch name {
        case "e", "expression":
          guard let text = context.staticText(word) else {
            context.error(CommandUsageDiagnostic.sedScriptNotLiteral, at: word.position)
            return nil
          }
          line.pieces.append(Piece(script: .expression(text), word: word))
        case "f", "file":
          guard let file = context.template(word) else { return nil }
          line.pieces.append(Piece(script: .file(file), word: word))
        default:
          guard let text = context.staticText(word), let width = Int(text), width >= 0 else {
            context.error(CommandUsageDiagnostic.sedLineLengthNotNumber, at: word.position)
            return nil
          }
          line.invocation.lineWrap = width
        }
      case .operand(let word):
        operands.append(word)
      case .unknown(let text, let word):
        context.error(
          CommandDiagnostic.unsupportedOption(command: "sed", option: text), at: word.position)
        return nil
      }
    }
    if line.pieces.isEmpty {
      guard let word = operands.first else {
        context.error(CommandUsageDiagnostic.sedWithoutScript, at: call.position)
        return nil
      }
      operands.removeFirst()
      guard let text = context.staticText(word) else {
        context.error(CommandUsageDiagnostic.sedScriptNotLiteral, at: word.position)
        return nil
      }
      line.pieces.append(Piece(script: .expression(text), word: word))
    }
    for word in operands {
      guard let file = context.template(word) else { return nil }
      line.invocation.files.append(file)
    }
    return line
  }

  /// Parses the script with the Sed parser when it is all expressions (a `-f` file is read at
  /// run time); reports GNU sed's message at its place in the markdown.
  func check(context: inout LoweringContext) -> Bool {
    var texts: [SedScriptPiece] = []
    for (index, piece) in pieces.enumerated() {
      guard case .expression(let text) = piece.script else { return true }
      texts.append(SedScriptPiece(origin: .expression(index + 1), text: Array(text.utf8)))
    }
    do {
      _ = try Sed.compile(texts, extended: invocation.extended)
      return true
    } catch {
      var word = pieces.first!.word
      var character = 0
      if let location = error.location, case .expression(let number) = location.origin,
        number >= 1, number <= pieces.count
      {
        word = pieces[number - 1].word
        character = location.character
      }
      context.error(
        CommandDiagnostic.toolError(command: "sed", message: "\(error)"),
        at: Self.position(of: character, in: word))
      return false
    }
  }

  /// The position of the byte `character` bytes into a single-quoted script (the byte GNU sed
  /// stopped after); the word's own position otherwise.
  static func position(of character: Int, in word: BashWord) -> BashPosition {
    guard word.parts.count == 1, case .singleQuoted(let text, dollar: false) = word.parts[0],
      character > 0
    else { return word.position }
    let bytes = Array(text.utf8)
    let prefix = String(decoding: bytes.prefix(min(character, bytes.count) - 1), as: UTF8.self)
    var position = BashPosition(line: word.position.line, column: word.position.column + 1)
    for scalar in prefix {
      if scalar == "\n" {
        position.line += 1
        position.column = 1
      } else {
        position.column += 1
      }
    }
    return position
  }
}

extension SedCommand {
  /// The files `w` commands of the invocation's expressions write (none when the script does
  /// not parse or comes from a file).
  static func writtenFiles(_ invocation: SedInvocation) -> [String] {
    var pieces: [SedScriptPiece] = []
    for (index, script) in invocation.scripts.enumerated() {
      guard case .expression(let text) = script else { return [] }
      pieces.append(SedScriptPiece(origin: .expression(index + 1), text: Array(text.utf8)))
    }
    guard let program = try? Sed.compile(pieces, extended: invocation.extended) else {
      return []
    }
    return program.outputFiles.filter { $0 != "/dev/stdout" && $0 != "/dev/stderr" }
  }
}
