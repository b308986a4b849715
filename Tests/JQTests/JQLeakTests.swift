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
  func residentMemoryAndDescriptorsStayBounded() throws {
    let process = Process()
    process.executableURL = Self.probe
    process.arguments = ["--resident"]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
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
}
