import Shell
import SpecModel

/// `jq [options] PROGRAM [FILE…]`.
///
/// A program with shell variables spliced into it (`jq ".[] | select(.name==\"$NAME\")"`) is
/// rewritten to pass them as jq arguments (`select(.name==$NAME)` with `--arg NAME "$NAME"`),
/// which is what the author meant and keeps the program checkable at compile time.
enum JQCommand: PipelineCommand {
  static let names = ["jq"]

  /// The boolean option a flag letter or long name sets.
  private static func flag(_ name: String) -> WritableKeyPath<JQInvocation, Bool>? {
    switch name {
    case "r", "raw-output": \.rawOutput
    case "j", "join-output": \.joinOutput
    case "e", "exit-status": \.exitStatus
    case "s", "slurp": \.slurp
    case "R", "raw-input": \.rawInput
    case "n", "null-input": \.nullInput
    case "c", "compact-output": \.compact
    case "S", "sort-keys": \.sortKeys
    case "tab": \.tab
    case "a", "ascii-output": \.asciiOutput
    case "C", "color-output": \.colorOutput
    case "seq": \.seq
    case "stream": \.stream
    default: nil
    }
  }

  static func lower(_ call: CommandCall, context: inout LoweringContext) -> PipelineStage? {
    var invocation = JQInvocation(program: "")
    var programWord: BashWord?
    var files: [Template] = []
    var arguments = call.arguments[...]
    var ok = true
    var optionsEnded = false
    /// After `--args` (false) or `--jsonargs` (true), words after the program are positional.
    var positionalJSON: Bool?
    /// `-f`/`--from-file`: the first operand names the program's file (jq 1.6 reads it so
    /// wherever the option stands).
    var fromFile = false

    while let word = arguments.popFirst() {
      let text = context.staticText(word)
      if !optionsEnded, let text, text.hasPrefix("-"), text.count > 1 {
        if text == "--" {
          optionsEnded = true
          continue
        }
        if ["--arg", "--argjson", "--rawfile", "--slurpfile"].contains(text) {
          guard let nameWord = arguments.popFirst(), let valueWord = arguments.popFirst(),
            let name = context.staticText(nameWord)
          else {
            let what = text.hasSuffix("file") ? "a file" : "a value"
            context.error(
              CommandDiagnostic.jqOptionNeedsNameAnd(option: text, what: what), at: word.position)
            return nil
          }
          guard let value = context.template(valueWord) else { return nil }
          invocation.arguments.append(
            JQArgument(
              name: name, value: value, json: text == "--argjson" || text == "--slurpfile",
              file: text.hasSuffix("file")))
          continue
        }
        if text == "--args" || text == "--jsonargs" {
          positionalJSON = text == "--jsonargs"
          continue
        }
        if text == "-M" || text == "--monochrome-output" {
          invocation.colorOutput = false
          continue
        }
        if text == "--indent" {
          guard let countWord = arguments.popFirst(),
            let count = context.staticText(countWord).flatMap({ Int($0) })
          else {
            context.error(CommandUsageDiagnostic.jqIndentNotNumber, at: word.position)
            return nil
          }
          invocation.indent = count
          continue
        }
        if text == "--from-file" {
          fromFile = true
          continue
        }
        if text.hasPrefix("--") {
          guard let key = flag(String(text.dropFirst(2))) else {
            context.error(
              CommandDiagnostic.unsupportedOption(command: "jq", option: text), at: word.position)
            ok = false
            continue
          }
          invocation[keyPath: key] = true
          continue
        }
        for letter in text.dropFirst() {
          if letter == "M" {
            invocation.colorOutput = false
            continue
          }
          if letter == "f" {
            fromFile = true
            continue
          }
          guard let key = flag(String(letter)) else {
            context.error(
              CommandDiagnostic.unsupportedOption(command: "jq", option: "-\(letter)"),
              at: word.position)
            ok = false
            break
          }
          invocation[keyPath: key] = true
        }
        continue
      }
      if programWord == nil {
        programWord = word
      } else if let value = context.template(word) {
        if let json = positionalJSON {
          invocation.positional.append(JQPositional(value, json: json))
        } else {
          files.append(value)
        }
      } else {
        ok = false
      }
    }
    guard ok else { return nil }
    guard let programWord else {
      context.error(CommandUsageDiagnostic.jqWithoutProgram, at: call.position)
      return nil
    }
    invocation.inputFiles = files
    if fromFile {
      guard let file = context.template(programWord) else { return nil }
      invocation.programFile = file
      return .reading(files, .jq(invocation))
    }
    if let text = context.staticText(programWord) {
      invocation.program = text
    } else {
      guard let template = context.template(programWord),
        let program = splice(
          template, into: &invocation, context: &context, at: programWord.position)
      else { return nil }
      invocation.program = program
    }
    context.jq?.add(
      JQProgramCheck.Site(
        program: invocation.program, argumentNames: invocation.arguments.map(\.name),
        file: context.file,
        owner: context.owner, position: context.markdown(programWord.position)))
    invocation.inputFiles = files
    return .reading(files, .jq(invocation))
  }

  /// Turns shell expansions inside a jq program into jq arguments.
  private static func splice(
    _ template: Template, into invocation: inout JQInvocation, context: inout LoweringContext,
    at position: BashPosition
  ) -> String? {
    var program = ""
    var inString = false
    var skipQuote = false
    var generated = 0
    let parts = template.parts
    for (index, part) in parts.enumerated() {
      if case .literal(var text) = part {
        if skipQuote {
          text.removeFirst()
          skipQuote = false
        }
        var escaped = false
        for c in text {
          if escaped {
            escaped = false
          } else if c == "\\" && inString {
            escaped = true
          } else if c == "\"" {
            inString.toggle()
          }
        }
        program += text
        continue
      }
      guard inString else {
        context.error(
          CommandUsageDiagnostic.jqSplicedExpansion,
          at: position)
        return nil
      }
      let name: String
      if case .variable(let variable) = part,
        !invocation.arguments.contains(where: {
          $0.name == variable && $0.value != Template([part])
        })
      {
        name = variable
      } else {
        generated += 1
        name = "_shell_\(generated)"
      }
      if !invocation.arguments.contains(where: { $0.name == name }) {
        invocation.arguments.append(JQArgument(name: name, value: Template([part])))
      }
      let wholeString: Bool = {
        guard program.hasSuffix("\""), index + 1 < parts.count,
          case .literal(let next) = parts[index + 1], next.hasPrefix("\"")
        else { return false }
        return true
      }()
      if wholeString {
        program.removeLast()
        program += "$\(name)"
        inString = false
        skipQuote = true
      } else {
        program += "\\($\(name))"
      }
    }
    return program
  }
}
