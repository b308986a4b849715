import SpecModel

/// One word of a curl command line: its text when it is known (always at run time; for literal
/// words at compile time) and its template.
public struct CurlArgument: Sendable, Equatable {
  public var text: String?
  public var template: Template

  public init(text: String?, template: Template) {
    self.text = text
    self.template = template
  }

  /// A word known at run time.
  public init(_ text: String) {
    self.init(text: text, template: Template(literal: text))
  }
}

/// A curl command line read as curl 7.88 reads it, with `CurlOptionTable`: one `Request` per
/// URL, in order. Options apply to every URL of their `--next` group; each `-o` goes to the next
/// URL without one. `-fsS` is three flags, `-XPOST` and `-X POST` give `-X` its value, `--` ends
/// the options. A word whose text is not known is a URL.
public struct CurlCommandLine: Sendable, Equatable {
  public var transfers: [Request]
  /// The line has `--next` (`-:`).
  public var hasNext: Bool
  /// The last `--next` group has no URL: curl makes the transfers, then prints
  /// `curl: no URL specified!` and exits 2.
  public var missingURL: Bool

  public static func parse(_ arguments: [CurlArgument])
    -> Result<CurlCommandLine, CurlCommandLineErrors>
  {
    var errors: [CurlCommandLineError] = []
    var transfers: [Request] = []
    var group = CurlGroup()
    var hasNext = false
    var index = 0
    var optionsEnded = false
    var silent = false

    func take(
      _ entry: CurlOptionTable.Entry, written: String, word: String, at: Int, attached: String?
    ) {
      func problem(_ problem: CurlCommandLineError.Problem, at argument: Int) {
        errors.append(
          CurlCommandLineError(problem, argument: argument, word: word, silent: silent))
      }
      if entry.long == "next" {
        hasNext = true
        // A group without a URL before `--next` is dropped, as curl drops it.
        if group.urls.isEmpty { group = CurlGroup() } else { finish(&group, at: at) }
        return
      }
      guard entry.takesValue else {
        if entry.long == "silent" { silent = true }
        if !group.flag(entry.long) { problem(.unsupportedOption(written), at: at) }
        return
      }
      let value: CurlArgument
      let valueIndex: Int
      if let attached {
        value = CurlArgument(attached)
        valueIndex = at
      } else if index < arguments.count {
        value = arguments[index]
        valueIndex = index
        index += 1
      } else {
        problem(.missingValue(written), at: at)
        return
      }
      if let found = group.option(entry.long, value, written: written) {
        problem(found, at: valueIndex)
      }
    }
    func finish(_ group: inout CurlGroup, at: Int?) {
      switch group.requests() {
      case .success(let requests): transfers += requests
      case .failure(let problem): errors.append(CurlCommandLineError(problem, argument: at))
      }
      group = CurlGroup()
    }

    while index < arguments.count {
      let argument = arguments[index]
      let at = index
      index += 1
      guard !optionsEnded, let text = argument.text, text.hasPrefix("-"), text != "-" else {
        group.urls.append(argument.template)
        continue
      }
      if text == "--" {
        optionsEnded = true
        continue
      }
      if text.hasPrefix("--") {
        guard let entry = CurlOptionTable.long(String(text.dropFirst(2))) else {
          errors.append(CurlCommandLineError(.unknownOption(text), argument: at))
          continue
        }
        take(entry, written: text, word: text, at: at, attached: nil)
        continue
      }
      let letters = Array(text.dropFirst())
      var position = 0
      while position < letters.count {
        let letter = letters[position]
        position += 1
        guard let entry = CurlOptionTable.short(letter) else {
          errors.append(
            CurlCommandLineError(.unknownOption("-\(letter)"), argument: at, word: text))
          break
        }
        if entry.takesValue {
          let rest = position < letters.count ? String(letters[position...]) : nil
          take(entry, written: "-\(letter)", word: text, at: at, attached: rest)
          break
        }
        take(entry, written: "-\(letter)", word: text, at: at, attached: nil)
      }
    }
    // After `--next`, a last group without a URL does not stop the transfers before it: curl
    // runs them, then reports the missing URL.
    let missingURL = hasNext && group.urls.isEmpty && !transfers.isEmpty
    if !missingURL { finish(&group, at: nil) }
    guard errors.isEmpty else { return .failure(CurlCommandLineErrors(errors: errors)) }
    return .success(
      CurlCommandLine(transfers: transfers, hasNext: hasNext, missingURL: missingURL))
  }
}
