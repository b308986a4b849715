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

  public static func parse(_ arguments: [CurlArgument])
    -> Result<CurlCommandLine, CurlCommandLineErrors>
  {
    var errors: [CurlCommandLineError] = []
    var transfers: [Request] = []
    var group = CurlGroup()
    var hasNext = false
    var index = 0
    var optionsEnded = false

    func take(_ entry: CurlOptionTable.Entry, written: String, at: Int, attached: String?) {
      if entry.long == "next" {
        hasNext = true
        finish(&group, at: at)
        return
      }
      guard entry.takesValue else {
        if !group.flag(entry.long) {
          errors.append(CurlCommandLineError(.unsupportedOption(written), argument: at))
        }
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
        errors.append(CurlCommandLineError(.missingValue(written), argument: at))
        return
      }
      if let problem = group.option(entry.long, value, written: written) {
        errors.append(CurlCommandLineError(problem, argument: valueIndex))
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
        take(entry, written: text, at: at, attached: nil)
        continue
      }
      let letters = Array(text.dropFirst())
      var position = 0
      while position < letters.count {
        let letter = letters[position]
        position += 1
        guard let entry = CurlOptionTable.short(letter) else {
          errors.append(CurlCommandLineError(.unknownOption("-\(letter)"), argument: at))
          break
        }
        if entry.takesValue {
          let rest = position < letters.count ? String(letters[position...]) : nil
          take(entry, written: "-\(letter)", at: at, attached: rest)
          break
        }
        take(entry, written: "-\(letter)", at: at, attached: nil)
      }
    }
    // A trailing `--next` with nothing after it starts no transfer.
    if !(hasNext && group.isEmpty) || transfers.isEmpty {
      finish(&group, at: nil)
    }
    guard errors.isEmpty else { return .failure(CurlCommandLineErrors(errors: errors)) }
    return .success(CurlCommandLine(transfers: transfers, hasNext: hasNext))
  }
}
