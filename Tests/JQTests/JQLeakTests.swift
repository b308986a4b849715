import Foundation
import JQ
import Testing

/// Runs compile and run thousands of times over varied programs, inputs, options and
/// arguments, and checks that resident memory and open file descriptors stop growing.
@Suite(.serialized) struct JQLeakTests {
  private static let programs: [(String, JQOptions)] = [
    (".items[] | select(.n > 2) | {id, name}", JQOptions()),
    ("map(.n) | add", JQOptions(compact: true)),
    (".items | length, keys", JQOptions(sortKeys: true)),
    ("$greeting + \": \" + (.items[0].name // \"none\")", JQOptions(rawOutput: true)),
    (".missing.x | .y", JQOptions(exitStatus: true)),
    (".items[] | .name | test(\"item-1\")", JQOptions(tab: true)),
    ("[inputs] | length", JQOptions(nullInput: true)),
    ("length", JQOptions(rawInput: true)),
    ("length", JQOptions(slurp: true, rawInput: true)),
    (". as $d | $d | tostring | length", JQOptions(slurp: true)),
    ("error(\"boom\")", JQOptions()),
    (".[] | .x", JQOptions()),
    ("\"bye\\n\" | halt_error(2)", JQOptions()),
    ("if .items then halt else . end", JQOptions()),
    ("debug | stderr | .items[0]", JQOptions(indent: 4)),
    ("def f: 1;", JQOptions()),
    ("module {a: 1}; .items[0]", JQOptions()),
    (".items | ] broken", JQOptions()),
    ("nosuch(1)", JQOptions()),
    ("input, input", JQOptions(nullInput: true)),
  ]

  static func input(_ iteration: Int) -> [UInt8] {
    var items: [String] = []
    for index in 0..<(40 + iteration % 40) {
      items.append(
        #"{"id": \#(index), "n": \#(index % 7), "name": "item-\#(index)-\#(iteration)"}"#)
    }
    var text = #"{"items": [\#(items.joined(separator: ",\n"))]}"#
    switch iteration % 5 {
    case 1: text += " 1 2 [3]"
    case 2: text += " <html>"
    case 3: text = "\"plain\"\n" + text
    default: break
    }
    return Array(text.utf8)
  }

  static func workload(_ iterations: Range<Int>) {
    for iteration in iterations {
      let (program, options) = programs[iteration % programs.count]
      // New argument values each run for programs that use them (programs that do not run
      // wrapped compile their arguments in, and would be recompiled for every value).
      let value = program.contains("$") ? iteration : 0
      let arguments = [
        JQArgument(name: "greeting", value: "hello \(value)"),
        JQArgument(name: "n", value: "\(value)", json: true),
      ]
      _ = JQ.run(program: program, input: input(iteration), options: options, arguments: arguments)
      if iteration % 10 == 0 {
        // A new failing program each time: compile verdicts are cached, but bounded.
        _ = JQProgram.compile(".a | ] \(iteration)")
        _ = JQProgram.compile([(".x", []), (".y | ) \(iteration)", [])])
      }
    }
  }

  static func residentBytes() throws -> Int {
    let statm = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8)
    let pages = Int(statm.split(separator: " ")[1]) ?? 0
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
  }

  static func openDescriptors() throws -> Int {
    try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/statm")))
  func residentMemoryAndDescriptorsStayBounded() throws {
    JQLeakTests.workload(0..<400)  // warm up: caches, pool, allocator arenas
    let residentBefore = try JQLeakTests.residentBytes()
    let descriptorsBefore = try JQLeakTests.openDescriptors()
    JQLeakTests.workload(400..<4400)
    let growth = try JQLeakTests.residentBytes() - residentBefore
    let descriptorGrowth = try JQLeakTests.openDescriptors() - descriptorsBefore
    print(
      "jq leak check: 4000 runs, resident memory grew \(growth / 1024) KiB, descriptors by \(descriptorGrowth)"
    )
    // A leaked input (≥ 3 KB parsed) per run would be ≥ 12 MB; a leaked file, 4000 descriptors.
    #expect(growth < 8 << 20)
    #expect(descriptorGrowth < 16)
  }
}
