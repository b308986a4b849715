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
  /// The catalog kind (``DiagnosticMessage/id``, `lowering.unsupportedCommand`) the message was
  /// written from; tests compare it instead of the wording.
  public var id: String?

  public init(
    _ severity: Severity, file: String, line: Int, column: Int, _ message: String,
    id: String? = nil
  ) {
    self.severity = severity
    self.file = file
    self.line = max(1, line)
    self.column = max(1, column)
    self.message = message
    self.id = id
  }

  /// A diagnostic of the catalog, with the severity, message and id of `kind`.
  public init(_ kind: some DiagnosticMessage, file: String, line: Int, column: Int) {
    self.init(kind.severity, file: file, line: line, column: column, kind.message, id: kind.id)
  }

  /// Always one line: input quoted in the message or the file name cannot break it (see
  /// ``Diagnostic/escaped(_:)``).
  public var description: String {
    "\(Self.escaped(file)):\(line):\(column): \(severity.rawValue): \(Self.escaped(message))"
  }

  /// `text` with line breaks and other control characters written as escapes (`\n`, `\r`,
  /// `\t`, `\u{1B}`, `\u{2028}`), so that quoted input stays on the diagnostic's line and
  /// cannot drive the terminal. Other characters, backslashes included, are kept.
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where needsEscape(scalar):
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
      || scalar.value == 0x2029
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

  /// A diagnostic of the catalog at its position.
  public mutating func report(_ kind: some DiagnosticMessage, file: String, line: Int, column: Int)
  {
    all.append(Diagnostic(kind, file: file, line: line, column: column))
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
