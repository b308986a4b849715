import Testing

/// A suite trait for a generated suite: once the suite has run, its document's artifacts are
/// removed (unless kept); the logs stay.
public struct ScenarioDocumentTrait: SuiteTrait, TestScoping {
  public let document: GeneratedDocument

  public func provideScope(
    for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
  ) async throws {
    try await function()
    await document.finish()
  }
}

extension Trait where Self == ScenarioDocumentTrait {
  /// `@Suite("…", .serialized, .scenarioDocument(document))`.
  public static func scenarioDocument(_ document: GeneratedDocument) -> Self {
    ScenarioDocumentTrait(document: document)
  }
}
