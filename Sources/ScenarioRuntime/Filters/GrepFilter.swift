import Foundation
import SpecModel

/// `grep [-E|-F|-P] [-i] [-v] [-c] [-o] [-x] [-w] [-q] [-n] [-H] [-m N] [-A N] [-B N] PATTERN`
/// on standard input, as GNU grep 3.8 in a UTF-8 locale.
///
/// `-G`, `-E` and `-F` patterns are compiled and matched by glibc, as grep does (see
/// `GrepSearch`); `-P` patterns by PCRE2, as grep does (see `PerlRegex`). The pattern is a list of
/// patterns separated by newlines, any of which may match. Input with a
/// NUL byte is binary: NULs end lines, and instead of the selected lines grep says `binary
/// file matches` on standard error. A selected line with bytes that are not valid UTF-8 is
/// withheld the same way.
///
/// Context (`-A`/`-B`/`-C`): lines around selected lines are printed once each, groups that
/// do not touch are separated by `--`; with `-o` the context lines are not printed but still
/// separate groups. After the `-m`th selected line, its trailing context is still printed.
/// Output lines start with the `-H` name and the `-n` number, followed by `:` on selected
/// lines and `-` on context lines.
enum GrepFilter {
  /// `filename` starts each output line (`-H`); `inputName` names the input in messages (its
  /// file operand; `(standard input)` when absent).
  static func run(
    _ grep: GrepInvocation, pattern: String, filename: String? = nil, inputName: String? = nil,
    input: [UInt8]
  ) -> FilterResult {
    var scan: Scan
    switch Scan.start(grep, pattern: pattern, filename: filename, inputName: inputName) {
    case .failure(let error): return Scan.failure(error)
    case .success(let started): scan = started
    }
    let stop = scan.read(input[...])
    var result = scan.finish()
    result.output = stop.output + result.output
    result.consumed = stop.stop
    return result
  }

  /// Whether `bytes` are not valid UTF-8 (grep then withholds them as binary).
  static func hasEncodingErrors(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        let (scalar, length) = UTF8Decoding.scalar(in: buffer, at: index)
        if scalar == nil { return true }
        index += length
      }
      return false
    }
  }
}
