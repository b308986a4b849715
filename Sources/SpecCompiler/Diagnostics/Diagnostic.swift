/// A problem found in a document, printed as swift-format prints its findings:
/// `path:line:column: error: message`.
public struct Diagnostic: Equatable, Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Equatable, Hashable, Sendable {
    case error, warning, note
  }

  public var severity: Severity
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String

  public init(_ severity: Severity, file: String, line: Int, column: Int, _ message: String) {
    self.severity = severity
    self.file = file
    self.line = max(1, line)
    self.column = max(1, column)
    self.message = message
  }

  /// One line, always: control characters in the message (a quoted multi-line word, a stray
  /// carriage return) are written as escapes (`\n`, `\r`, `\u{1b}`); tabs are kept.
  public var description: String {
    "\(file):\(line):\(column): \(severity.rawValue): \(Self.oneLine(message))"
  }

  static func oneLine(_ text: String) -> String {
    func isControl(_ scalar: Unicode.Scalar) -> Bool {
      scalar != "\t" && scalar.properties.generalCategory == .control
    }
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case _ where isControl(scalar):
        out += "\\u{\(String(scalar.value, radix: 16))}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

/// Collects diagnostics so that one run reports every problem of a document.
public struct Diagnostics: Sendable {
  public private(set) var all: [Diagnostic] = []

  public init() {}

  public var hasErrors: Bool { all.contains { $0.severity == .error } }

  public mutating func append(_ diagnostic: Diagnostic) {
    all.append(diagnostic)
  }

  public mutating func append(contentsOf other: [Diagnostic]) {
    all.append(contentsOf: other)
  }

  public mutating func error(_ message: String, file: String, line: Int, column: Int) {
    all.append(Diagnostic(.error, file: file, line: line, column: column, message))
  }

  /// Makes every warning an error (`--strict`); notes stay notes.
  public mutating func promoteWarningsToErrors() {
    for index in all.indices where all[index].severity == .warning {
      all[index].severity = .error
    }
  }

  /// Diagnostics sorted by position, as printed.
  public var sorted: [Diagnostic] {
    all.enumerated().sorted { a, b in
      (a.element.file, a.element.line, a.element.column, a.offset)
        < (b.element.file, b.element.line, b.element.column, b.offset)
    }.map(\.element)
  }
}
