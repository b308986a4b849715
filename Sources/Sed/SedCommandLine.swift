/// A `sed` command line: options, the script's pieces in order, and the file operands. Options
/// may follow operands (GNU `getopt` permutes them) until `--`.
public struct SedCommandLine: Equatable, Sendable {
  public var options = SedOptions()
  public var pieces: [SedScriptPiece] = []
  /// `-f` files, by piece index, as named on the command line.
  public var scriptFiles: [Int: String] = [:]
  public var files: [String] = []

  public init() {}

  static func parse(_ arguments: [String], readFile: (String) throws(SedFileError) -> [UInt8])
    throws(SedError) -> SedCommandLine
  {
    var line = SedCommandLine()
    var operands: [String] = []
    var expressions = 0
    var index = 0
    func value(_ name: String, attached: Substring) throws(SedError) -> String {
      if !attached.isEmpty { return String(attached) }
      index += 1
      guard index < arguments.count else {
        throw SedError(.usage, "option requires an argument -- '\(name)'")
      }
      return arguments[index]
    }
    func addExpression(_ text: String) {
      expressions += 1
      line.pieces.append(SedScriptPiece(origin: .expression(expressions), text: Array(text.utf8)))
    }
    func addFile(_ name: String) throws(SedError) {
      do {
        line.scriptFiles[line.pieces.count] = name
        var text = try readFile(name)
        if text.last == 0x0A { text.removeLast() }
        line.pieces.append(SedScriptPiece(origin: .file(name), text: text))
      } catch {
        throw SedError(.file, "couldn't open file \(name): \(error.reason)")
      }
    }
    while index < arguments.count {
      let argument = arguments[index]
      defer { index += 1 }
      if argument == "--" {
        operands += arguments[(index + 1)...]
        index = arguments.count
        break
      }
      if argument.hasPrefix("--") {
        let body = argument.dropFirst(2)
        let name = body.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
        let attached = body.contains("=") ? body.drop { $0 != "=" }.dropFirst() : ""
        switch name {
        case "expression": addExpression(try value(name, attached: attached))
        case "file": try addFile(try value(name, attached: attached))
        case "line-length":
          let text = try value(name, attached: attached)
          guard let width = Int(text) else {
            throw SedError(.usage, "invalid line length: \(text)")
          }
          line.options.lineWrap = width
        case "quiet", "silent": line.options.quiet = true
        case "regexp-extended": line.options.extended = true
        case "separate": line.options.separate = true
        case "null-data", "zero-terminated": line.options.nullData = true
        case "unbuffered", "binary", "posix", "follow-symlinks": break
        case "in-place", "debug", "sandbox":
          throw SedError(.unsupported, "option '--\(name)' is not supported")
        default: throw SedError(.usage, "unrecognized option '\(argument)'")
        }
        continue
      }
      guard argument.hasPrefix("-"), argument.count > 1 else {
        operands.append(argument)
        continue
      }
      var flags = argument.dropFirst()
      while let flag = flags.popFirst() {
        switch flag {
        case "n": line.options.quiet = true
        case "E", "r": line.options.extended = true
        case "s": line.options.separate = true
        case "z": line.options.nullData = true
        case "u", "b": break
        case "e":
          addExpression(try value("e", attached: flags))
          flags = ""
        case "f":
          try addFile(try value("f", attached: flags))
          flags = ""
        case "l":
          let text = try value("l", attached: flags)
          flags = ""
          guard let width = Int(text) else {
            throw SedError(.usage, "invalid line length: \(text)")
          }
          line.options.lineWrap = width
        case "i":
          throw SedError(.unsupported, "option '-i' (in-place editing) is not supported")
        default:
          throw SedError(.usage, "invalid option -- '\(flag)'")
        }
      }
    }
    if line.pieces.isEmpty {
      guard !operands.isEmpty else {
        throw SedError(
          .usage, "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...")
      }
      addExpression(operands.removeFirst())
    }
    line.files = operands
    return line
  }
}
