import Foundation
import Testing

/// Thousands of compiles and runs over varied programs, inputs, options and arguments must not
/// grow resident memory or open descriptors. The workload runs in `jq-leak-probe --resident`, a
/// process of its own, so that tests running alongside do not move the numbers.
/// (`tools/jq-leak-check.sh` runs the same probe under valgrind.)
@Suite struct JQLeakTests {
  static let probe: URL? = {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for directory in [bundle, bundle.deletingLastPathComponent()] {
      let url = directory.appendingPathComponent("jq-leak-probe")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }()

  @Test(
    .enabled(if: probe != nil, "jq-leak-probe is not built next to the tests"),
    .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/statm"), "needs /proc"))
  func residentMemoryAndDescriptorsStayBounded() async throws {
    // The probe runs for most of a minute in a debug build: wait for it on a thread of its
    // own, not on one of the few threads every other test's tasks run on.
    let (status, text) = try await withCheckedThrowingContinuation { continuation in
      Thread.detachNewThread { continuation.resume(with: Result { try Self.runProbe() }) }
    }
    #expect(status == 0)
    let match = try #require(
      text.firstMatch(of: /resident_growth=(-?\d+) descriptor_growth=(-?\d+)/))
    let growth = try #require(Int(match.1))
    let descriptorGrowth = try #require(Int(match.2))
    print(
      "jq leak check: 4000 runs, resident memory grew \(growth / 1024) KiB, descriptors by \(descriptorGrowth)"
    )
    // A leaked input (≥ 3 KB parsed) per run would be ≥ 12 MB; a leaked file, 4000 descriptors.
    #expect(growth < 4 << 20)
    #expect(descriptorGrowth < 16)
  }

  /// `jq-leak-probe --resident`: its exit status and standard output.
  static func runProbe() throws -> (Int32, String) {
    let process = Process()
    process.executableURL = probe
    process.arguments = ["--resident"]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
  }
}
