import SpecModel

/// `cat` with options or several files, as GNU cat 9 writes them: numbers in 6 columns and a
/// tab (continuing across files), `-s` squeezing empty lines, `-v` `^X`/`M-X` notation, `-E`
/// `$` line ends, `-T` `^I` tabs. A missing file is reported and the others still written.
enum CatFilter {
  static func run(_ cat: CatInvocation, files: [String], input: [UInt8], workingDirectory: String)
    -> FilterResult
  {
    var output: [UInt8] = []
    var stderr: [UInt8] = []
    var status: Int32 = 0
    var state = State()
    for name in files.isEmpty ? ["-"] : files {
      if name == "-" {
        write(input, cat, &state, into: &output)
        continue
      }
      switch FileAccess.readFile(FileAccess.resolve(name, in: workingDirectory)) {
      case .success(let bytes): write(bytes, cat, &state, into: &output)
      case .failure(let error):
        stderr += Array("cat: \(Quoting.ifNeeded(name)): \(error.message)\n".utf8)
        status = 1
      }
    }
    return FilterResult(output: output, status: status, stderr: stderr)
  }

  /// What carries over from one file to the next, as in GNU cat.
  struct State {
    var line = 0
    /// At the start of a line.
    var atLineStart = true
    /// Empty lines just written (for `-s`).
    var blankRun = 0
  }

  static func write(
    _ bytes: [UInt8], _ cat: CatInvocation, _ state: inout State, into output: inout [UInt8]
  ) {
    let newline = UInt8(ascii: "\n")
    for byte in bytes {
      if state.atLineStart {
        if byte == newline {
          state.blankRun += 1
          if cat.squeezeBlank, state.blankRun > 1 { continue }
          if cat.numbering == .all { number(&state, into: &output) }
          if cat.showEnds { output.append(UInt8(ascii: "$")) }
          output.append(newline)
          continue
        }
        state.blankRun = 0
        if cat.numbering != nil { number(&state, into: &output) }
        state.atLineStart = false
      }
      if byte == newline {
        if cat.showEnds { output.append(UInt8(ascii: "$")) }
        output.append(newline)
        state.atLineStart = true
        continue
      }
      if byte == 0x09 {
        output += cat.showTabs ? Array("^I".utf8) : [byte]
      } else if cat.showNonprinting {
        output += visible(byte)
      } else {
        output.append(byte)
      }
    }
  }

  private static func number(_ state: inout State, into output: inout [UInt8]) {
    state.line += 1
    let text = String(state.line)
    output += Array((String(repeating: " ", count: max(0, 6 - text.count)) + text + "\t").utf8)
  }

  /// `cat -v` notation of a byte other than tab and newline.
  static func visible(_ byte: UInt8) -> [UInt8] {
    var out: [UInt8] = []
    var value = byte
    if value >= 128 {
      out += Array("M-".utf8)
      value -= 128
    }
    if value < 32 {
      out += [UInt8(ascii: "^"), value + 64]
    } else if value == 127 {
      out += Array("^?".utf8)
    } else {
      out.append(value)
    }
    return out
  }
}
