import Foundation
import Testing

/// A published document compiled into Swift Testing suites in a package of its own, which
/// depends on this one, and run with `swift test` there: every scenario against the embedded
/// gateway simulator. The slowest test here (a second build of the dependencies, once, in
/// `.build-corpus-package`, then incremental).
@Suite struct CorpusPackageTests {
  static let document = "release-e2e-scenarios.2026-04-02.md"
  static let scenarioCount = 79

  @Test(.enabled(if: Corpus.isPresent, Corpus.absence), .timeLimit(.minutes(40)))
  func aprilMatrixPassesAsGeneratedTestsAgainstTheSimulator() async throws {
    let swift = try #require(SwiftToolchain.swift, "no swift executable found")
    let package = try SwiftToolchain.scratch("corpus-package")
    defer { try? FileManager.default.removeItem(at: package) }

    let markdown = Corpus.directory.appendingPathComponent(Self.document).path
    let compile = try await SpecCompilerExecutable.run(
      [
        "compile", markdown, "--specs", package.appendingPathComponent("specs/april").path,
        "--generated", package.appendingPathComponent("generated").path,
      ])
    try #require(compile.status == 0, "\(compile.stderr)")

    let manifest = """
      // swift-tools-version: 6.1
      import PackageDescription

      let package = Package(
        name: "corpus-package",
        platforms: [.macOS(.v15)],
        dependencies: [.package(name: "spec-compiler", path: \(literal(Corpus.packageRoot.path)))],
        targets: [
          .testTarget(
            name: "CorpusScenarios",
            dependencies: [.product(name: "ScenarioTesting", package: "spec-compiler")],
            path: "generated")
        ],
        swiftLanguageModes: [.v6]
      )

      """
    try Data(manifest.utf8).write(to: package.appendingPathComponent("Package.swift"))

    // No target given: the generated suites start the embedded simulator.
    var environment = ProcessInfo.processInfo.environment
    for name in ["E2E_TARGET", "BASE_URL", "PG_BASE_URL", "MONGO_BASE_URL", "GR_BASE_URL"] {
      environment[name] = nil
    }
    let scratch = Corpus.packageRoot.appendingPathComponent(".build-corpus-package").path
    // Every core: the README's test command runs one test at a time.
    let jobs = String(ProcessInfo.processInfo.activeProcessorCount)
    let run = try await SwiftToolchain.run(
      swift, ["test", "--scratch-path", scratch, "--jobs", jobs], in: package,
      environment: environment)
    let summary = run.output.split(separator: "\n").filter { $0.contains("Test run with") }
    #expect(run.status == 0, "\(run.output.suffix(6000))")
    #expect(
      summary.contains { $0.contains("\(Self.scenarioCount) tests") && $0.contains("passed") },
      "\(summary)")
    #expect(run.output.contains("running against the embedded gateway simulator"))
  }

  private func literal(_ text: String) -> String {
    "\""
      + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
        of: "\"", with: "\\\"")
      + "\""
  }
}
