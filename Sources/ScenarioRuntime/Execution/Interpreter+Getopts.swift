import Shell
import SpecModel

/// `getopts OPTSTRING NAME [ARG…]` as bash 5.2's `dogetopts` runs it: one option per call
/// (`GetoptsState.next`), then `OPTIND`, `OPTARG` and NAME bound, and bash's messages
/// (`bash: illegal option -- x`, `bash: option requires an argument -- m`) unless OPTSTRING
/// starts with `:` or `OPTERR` is 0.
extension Interpreter {
  func getopts(_ step: GetoptsStep) throws(ShellSignal) -> Int32 {
    let optstring = Array(try expand(step.optstring).utf8)
    let name = try expand(step.name)
    let program = state.value(of: "0") ?? "bash"
    let words: [String]
    if let arguments = step.arguments {
      words = [program] + (try expandWords(arguments))
    } else {
      words = [program] + state.positional
    }
    let optind = state.variables["OPTIND"]?.value
    if state.getopts.stale || optind != state.getopts.bound {
      state.getopts.reset(from: optind)
    }
    let silent = optstring.first == UInt8(ascii: ":")
    let options = silent ? Array(optstring.dropFirst()) : optstring
    let opterr = state.variables["OPTERR"]?.value.flatMap { $0.isEmpty ? nil : $0 }
    let reports = !silent && (opterr.map(GetoptsState.leadingInteger) ?? 1) != 0
    let found = state.getopts.next(words.map { Array($0.utf8) }, options: options)
    let index = String(state.getopts.index)
    state.assign("OPTIND", index)
    state.getopts.bound = index
    state.getopts.stale = false
    switch found {
    case .end:
      state.unset("OPTARG")
      _ = bind(name, "?")
      return 1
    case .invalid(let letter):
      if reports { stderrTarget.write("\(program): illegal option -- \(Self.text(letter))\n") }
      let status = bind(name, "?")
      if silent { state.assign("OPTARG", Self.text(letter)) } else { state.unset("OPTARG") }
      return status
    case .missingArgument(let letter):
      if reports {
        stderrTarget.write(
          "\(program): option requires an argument -- \(Self.text(letter))\n")
      }
      let status = bind(name, silent ? ":" : "?")
      if silent { state.assign("OPTARG", Self.text(letter)) } else { state.unset("OPTARG") }
      return status
    case .option(let letter, let argument):
      if let argument {
        state.assign("OPTARG", String(decoding: argument, as: UTF8.self))
      } else {
        // bash binds OPTARG to no value: it reads as unset (and is unbound under `set -u`).
        let exported = state.variables["OPTARG"]?.exported ?? false
        state.variables["OPTARG"] = ShellVariable(value: nil, exported: exported)
      }
      return bind(name, Self.text(letter))
    }
  }

  /// NAME = `value`, or bash's message when NAME is not a variable name (status 1).
  private func bind(_ name: String, _ value: String) -> Int32 {
    guard BashByte.isName(name) else {
      shellError("getopts: `\(name)': not a valid identifier")
      return 1
    }
    setVariable(name, value)
    return 0
  }

  private static func text(_ letter: UInt8) -> String { String(decoding: [letter], as: UTF8.self) }
}
