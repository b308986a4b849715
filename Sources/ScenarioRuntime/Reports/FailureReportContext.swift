import SpecModel

/// What reports of one document's scenarios share: the markdown, how to name it and run it,
/// the compiled document (for needs and headings) and the time limit.
public struct FailureReportContext: Sendable {
  public var markdownName: String
  public var markdownText: String
  public var documentArgument: String
  public var loaded: CompiledDocument
  public var timeout: Double?

  public init(
    markdownName: String, markdownText: String, documentArgument: String,
    loaded: CompiledDocument, timeout: Double?
  ) {
    self.markdownName = markdownName
    self.markdownText = markdownText
    self.documentArgument = documentArgument
    self.loaded = loaded
    self.timeout = timeout
  }

  public func report(_ outcome: ScenarioOutcome) -> FailureReport {
    FailureReport(
      outcome: outcome, markdownName: markdownName, markdownText: markdownText,
      documentArgument: documentArgument, needs: loaded.needs(of: outcome.id),
      headingLine: loaded.headingLine(outcome.id), timeout: timeout,
      headingLines: Dictionary(
        loaded.sourceMap.headings.map { ($0.id, $0.line) }, uniquingKeysWith: { first, _ in first })
    )
  }
}

extension CompiledDocument {
  /// The scenarios `id` needs, transitively, in document order.
  public func needs(of id: String) -> [String] {
    var found = Set<String>()
    var pending = [id]
    while let next = pending.popLast() {
      for need in scenario(next)?.needs ?? [] where found.insert(need.scenario).inserted {
        pending.append(need.scenario)
      }
    }
    return scenarios.map(\.id).filter { found.contains($0) && $0 != id }
  }
}
