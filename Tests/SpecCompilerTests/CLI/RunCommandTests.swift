import Foundation
import Testing

/// `spec-compiler run`: it removes only what it created, and bad options stop it (exit 64, with
/// the reason) before any scenario runs.
@Suite(
  .enabled(
    if: SpecCompilerExecutable.url != nil, "spec-compiler executable not built next to the tests"))
struct RunCommandTests {
  let scratch: URL

  init() throws {
    // Real path: the run directory's files are compared by name below.
    let base = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath()
    scratch = base.appendingPathComponent("run-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
  }

  static let document = """
    # Run

    ## Checks

    ### S01 First

    Writes a file into the run directory.

    ```bash
    echo made > "$QA_RUN_DIR/made.txt"
    ```

    ### S02 Second

    Prints.

    ```bash
    echo second
    ```
    """

  /// The variables of the test process that would change the run.
  static let clean: [String: String?] = [
    "QA_RUN_DIR": nil, "QA_SUFFIX": nil, "E2E_TIMEOUT": nil, "E2E_KEEP_ARTIFACTS": nil,
  ]

  func documentPath() throws -> String {
    let url = scratch.appendingPathComponent("doc.md")
    try Data(Self.document.utf8).write(to: url)
    return url.path
  }

  /// `QA_RUN_DIR=. spec-compiler run doc.md` used to empty the current directory, document
  /// included.
  @Test func theCurrentDirectoryAsRunDirectoryKeepsItsFiles() async throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    _ = try documentPath()
    let sentinel = scratch.appendingPathComponent("sentinel.txt")
    try Data("mine\n".utf8).write(to: sentinel)
    var environment = Self.clean
    environment["QA_RUN_DIR"] = "."
    let result = try await SpecCompilerExecutable.run(
      ["run", "doc.md"], in: scratch, environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("S01 OK"))
    let names = try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted()
    #expect(names == ["doc.md", "release-e2e.raw.log", "release-e2e.summary.tsv", "sentinel.txt"])
  }

  static let refusals: [(arguments: [String], environment: [String: String], reason: String)] = [
    (["--from", "S02", "--to", "S01"], [:], "--from S02 comes after --to S01"),
    (["--match", "nothing matches this"], [:], "is selected by --match 'nothing matches this'"),
    (["--timeout", "nan"], [:], "--timeout nan is not a number"),
    (["--timeout", "inf"], [:], "--timeout inf must be at most"),
    (["--timeout", "1e309"], [:], "--timeout inf must be at most"),
    (["--timeout", "0"], [:], "--timeout 0.0 must be greater than 0"),
    (["--timeout=-1"], [:], "--timeout -1.0 must be greater than 0"),
    ([], ["E2E_TIMEOUT": "soon"], "E2E_TIMEOUT 'soon' is not a number"),
    ([], ["E2E_TIMEOUT": "0"], "E2E_TIMEOUT '0' must be greater than 0"),
    (["--qa-suffix", "../x"], [:], "--qa-suffix '../x' contains '/'"),
    (["--qa-suffix", ""], [:], "--qa-suffix '' is empty"),
    ([], ["QA_SUFFIX": ".."], "QA_SUFFIX '..' contains '..'"),
    ([], ["QA_RUN_DIR": ""], "QA_RUN_DIR '' is empty"),
    (["--output-dir", ""], [:], "--output-dir is empty"),
    (["--output-dir", "doc.md"], [:], "the output directory 'doc.md' is not a directory"),
  ]

  @Test(arguments: refusals.indices)
  func badOptionsAreUsageErrorsBeforeAnythingRuns(_ index: Int) async throws {
    defer { try? FileManager.default.removeItem(at: scratch) }
    let refusal = Self.refusals[index]
    _ = try documentPath()
    var environment = Self.clean
    environment["QA_RUN_DIR"] = scratch.appendingPathComponent("run").path
    for (name, value) in refusal.environment { environment[name] = value }
    let result = try await SpecCompilerExecutable.run(
      ["run", "doc.md", "--keep-artifacts"] + refusal.arguments, in: scratch,
      environment: environment)
    #expect(result.status == 64, "\(result.stdout)\(result.stderr)")
    #expect(result.stderr.contains(refusal.reason), "\(result.stderr)")
    #expect(!result.stdout.contains("S01"))
    #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("run").path))
  }
}
