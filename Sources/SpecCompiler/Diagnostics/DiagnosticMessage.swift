/// One kind of problem the compiler reports, as a typed value: each stage keeps its kinds in
/// one enum (``MarkdownDiagnostic``, ``LoweringDiagnostic``, ``CommandDiagnostic``, …) whose
/// cases carry what the message quotes, as swift-format keeps each finding's message next to
/// its rule. Call sites report a case, never a string; ``DiagnosticCatalog`` lists every kind
/// for `Docs/DIAGNOSTICS.md`.
public protocol DiagnosticMessage: Sendable, Equatable {
  /// The stage that reports these kinds, the first part of every ``id``: `markdown`, `lowering`.
  static var stage: String { get }
  /// One value of every case, its arguments placeholders (`NAME`, `OPTION`): the catalog the
  /// documentation is written from (`DiagnosticCatalogTests` checks that no case is missing).
  static var catalog: [Self] { get }
  var severity: Diagnostic.Severity { get }
  /// The text users see after `error: `.
  var message: String { get }
}

extension DiagnosticMessage {
  public var severity: Diagnostic.Severity { .error }

  /// `lowering.unsupportedCommand`: the stage and the case's name, stable when the wording of
  /// the message changes.
  public var id: String { "\(Self.stage).\(caseName)" }

  /// The enum case's name: the label of its payload, or the case itself when it has none.
  var caseName: String {
    if let label = Mirror(reflecting: self).children.first?.label { return label }
    let reflected = String(reflecting: self)
    return String(
      reflected[
        (reflected.lastIndex(of: ".").map(reflected.index(after:)) ?? reflected.startIndex)...])
  }
}
