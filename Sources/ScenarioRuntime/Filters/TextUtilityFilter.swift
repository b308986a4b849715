import Foundation
import SpecModel

/// Runs a `TextUtilityCall` (`paste`, `rev`, `tac`, `comm`, `cmp`, `expr`, `nl`, `fold`): its
/// option values and operands expanded, then the command's own file reads it.
enum TextUtilityFilter {
  /// What a text utility is given: its options in order (name, value) and its operands, and
  /// what it needs to open files and word messages.
  struct Arguments {
    var options: [(name: String, value: String?)]
    var operands: [String]
    var files: FileOperands
    /// Whether the locale is UTF-8, which picks coreutils' quotes (`‘x’` rather than `'x'`).
    var utf8: Bool

    func has(_ name: String) -> Bool { options.contains { $0.name == name } }

    /// The value of the last occurrence of option `name`.
    func value(_ name: String) -> String? { options.last { $0.name == name }?.value ?? nil }

    /// `‘x’` in a UTF-8 locale, `'x'` otherwise: coreutils' `quote`.
    func quote(_ text: String) -> String { Quoting.locale(text, utf8: utf8) }
  }

  static func run(
    _ call: TextUtilityCall, input: [UInt8], expand: (Template) throws -> String,
    workingDirectory: String, environment: (() -> [String: String])?
  ) throws -> FilterResult {
    let variables = environment?() ?? ProcessInfo.processInfo.environment
    let locale =
      ["LC_ALL", "LC_CTYPE", "LANG"].compactMap { variables[$0] }.first { !$0.isEmpty } ?? ""
    let arguments = Arguments(
      options: try call.options.map { ($0.name, try $0.value.map(expand)) },
      operands: try call.operands.map(expand),
      files: FileOperands(input: input, workingDirectory: workingDirectory),
      utf8: locale.lowercased().contains("utf-8") || locale.lowercased().contains("utf8"))
    switch call.command {
    case .paste: return PasteFilter.run(arguments)
    case .rev: return RevFilter.run(arguments)
    case .tac: return TacFilter.run(arguments)
    case .comm: return CommFilter.run(arguments)
    case .cmp: return CmpFilter.run(arguments)
    case .expr: return ExprFilter.run(arguments)
    case .nl: return NumberLinesFilter.run(arguments)
    case .fold: return FoldFilter.run(arguments)
    case .diff: return DiffFilter.run(arguments)
    case .bc: return BcFilter.run(arguments)
    }
  }

  /// A coreutils usage error: `MESSAGE` then `Try 'NAME --help' for more information.`
  static func usage(_ command: String, _ message: String, status: Int32 = 1) -> FilterResult {
    FilterResult(
      output: [], status: status,
      stderr: Array(
        "\(command): \(message)\nTry '\(command) --help' for more information.\n".utf8))
  }

  /// A message on standard error, nothing written, and `status`.
  static func failure(_ command: String, _ message: String, status: Int32 = 1) -> FilterResult {
    FilterResult(output: [], status: status, stderr: Array("\(command): \(message)\n".utf8))
  }

  /// The lines of `bytes` split after each `delimiter`, each without it; a last line without
  /// one is a line too.
  static func lines(_ bytes: [UInt8], delimiter: UInt8 = 10) -> [ArraySlice<UInt8>] {
    var lines = bytes.split(separator: delimiter, omittingEmptySubsequences: false)
    if bytes.last == delimiter || bytes.isEmpty { lines.removeLast() }
    return lines
  }

  /// A decimal number as coreutils' `xdectoumax` reads it (optional blanks and `+`, digits):
  /// nil when it is not one.
  static func decimal(_ text: String) -> UInt64? {
    var digits = Substring(text).drop { $0 == " " || $0 == "\t" }
    if digits.first == "+" { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return UInt64(digits) ?? UInt64.max
  }
}
