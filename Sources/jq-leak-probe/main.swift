// Exercises the JQ module for tools/jq-leak-check.sh, which runs it under valgrind.
import JQ

#if canImport(Glibc)
  import Glibc
#endif

let programs: [(String, JQOptions)] = [
  (".items[] | select(.n > 2) | {id, name}", JQOptions()),
  ("map(.n) | add", JQOptions(compact: true)),
  ("$greeting + \": \" + (.items[0].name // \"none\")", JQOptions(rawOutput: true)),
  (".missing.x | .y", JQOptions(exitStatus: true)),
  (".items[] | .name | test(\"item-1\")", JQOptions(tab: true)),
  ("[inputs] | length", JQOptions(nullInput: true)),
  ("length", JQOptions(rawInput: true)),
  ("length", JQOptions(slurp: true, rawInput: true)),
  (". | tostring | length", JQOptions(slurp: true)),
  ("error(\"boom\")", JQOptions()),
  ("error({a: 1})", JQOptions()),
  (".[] | .x", JQOptions()),
  ("\"bye\\n\" | halt_error(2)", JQOptions()),
  ("{a: 1} | halt_error", JQOptions()),
  ("if .items then halt else . end", JQOptions()),
  ("debug | stderr | .items[0]", JQOptions(indent: 4)),
  ("def f: 1;", JQOptions()),
  ("module {a: 1}; .items[0]", JQOptions()),
  (".items | ] broken", JQOptions()),
  ("nosuch(1)", JQOptions()),
  ("import \"nosuch\" as m; .", JQOptions()),
  ("input, input", JQOptions(nullInput: true)),
  ("limit(3; repeat(.items[0])) | @base64", JQOptions(compact: true)),
]

func input(_ iteration: Int, items count: Int = 5) -> [UInt8] {
  var items: [String] = []
  for index in 0..<(count + iteration % count) {
    items.append(#"{"id": \#(index), "n": \#(index % 7), "name": "item-\#(index)"}"#)
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

/// `jq-leak-probe --bench`: timings of compiling and running, for the record.
func benchmark() {
  var items: [String] = []
  for index in 0..<34 {
    items.append(#"{"id": \#(index), "name": "item-\#(index)", "price": \#(index).5, "ok": true}"#)
  }
  let body = Array(#"{"items": [\#(items.joined(separator: ", "))], "total": 34}"#.utf8)
  let program = ".items[] | select(.price > 10) | {id, name}"
  func time(_ label: String, runs: Int, _ work: (Int) -> Void) {
    let start = ContinuousClock.now
    for run in 0..<runs { work(run) }
    print("\(label): \((ContinuousClock.now - start) / runs) per call")
  }
  time("first run (compiles)", runs: 1) { _ in
    _ = JQ.run(program: program, input: body, options: JQOptions(compact: true))
  }
  time("run over \(body.count) bytes", runs: 5000) { _ in
    _ = JQ.run(program: program, input: body, options: JQOptions(compact: true))
  }
  time("run with a new --arg value", runs: 5000) { run in
    _ = JQ.run(
      program: "$x + .name", input: Array(#"{"name": "n"}"#.utf8),
      arguments: [JQArgument(name: "x", value: "\(run)")])
  }
  time("compile one program", runs: 20) { run in
    _ = JQProgram.compile(".a\(run) | length")
  }
  let shapes = [
    ".id", ".items | length", ".items[] | select(.ok) | .name", "map(.id)", "keys", ".[0]",
    ".a.b.c", "[.[] | .x] | add", "to_entries | map(.key)", ".name | test(\"^a\")", "@base64",
    ".x // \"default\"", ".status == \"ok\"", ".items[] | {id, name}", "$v",
  ]
  time("batch compile of 150 typical programs", runs: 5) { run in
    _ = JQProgram.compile(
      (0..<150).map { ("\(shapes[$0 % shapes.count]) | tostring | length + \($0) # \(run)", ["v"]) }
    )
  }
}

/// One run of the workload: a program from the list over a varied input, with arguments, and
/// every tenth run a compile of a new failing program (verdicts are cached, but bounded).
func runWorkload(_ iterations: Range<Int>, itemsPerInput: Int) -> [Int32: Int] {
  var statuses: [Int32: Int] = [:]
  for iteration in iterations {
    let (program, options) = programs[iteration % programs.count]
    let result = JQ.run(
      program: program, input: input(iteration, items: itemsPerInput), options: options,
      arguments: [
        JQArgument(name: "greeting", value: "hello \(iteration)"),
        JQArgument(name: "n", value: "\(iteration)", json: true),
      ])
    statuses[result.status, default: 0] += 1
    if iteration % 10 == 0 {
      _ = JQProgram.compile(".a | ] \(iteration)")
      _ = JQProgram.compile([(".x", []), (".y | ) \(iteration)", [])])
    }
  }
  return statuses
}

/// The first two numbers of `/proc/self/statm`: total and resident pages.
func readStatm(_ file: UnsafeMutablePointer<FILE>, _ a: inout Int, _ b: inout Int) -> Bool {
  var buffer = [CChar](repeating: 0, count: 128)
  guard fgets(&buffer, Int32(buffer.count), file) != nil else { return false }
  let line = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
  let fields = String(decoding: line, as: UTF8.self).split(separator: " ")
  guard fields.count >= 2, let first = Int(fields[0]), let second = Int(fields[1]) else {
    return false
  }
  a = first
  b = second
  return true
}

/// `jq-leak-probe --resident`: resident memory and open descriptors before and after 4000 runs
/// (after a warm-up that fills caches), printed for `JQLeakTests`, in a process of its own so
/// that nothing else moves the numbers.
func residentCheck() {
  func resident() -> Int {
    guard let file = fopen("/proc/self/statm", "r") else { return 0 }
    defer { fclose(file) }
    var size = 0
    var pages = 0
    guard readStatm(file, &size, &pages) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
  }
  func descriptors() -> Int {
    var count = 0
    if let dir = opendir("/proc/self/fd") {
      while readdir(dir) != nil { count += 1 }
      closedir(dir)
    }
    return count
  }
  _ = runWorkload(0..<400, itemsPerInput: 40)
  let residentBefore = resident()
  let descriptorsBefore = descriptors()
  _ = runWorkload(400..<4400, itemsPerInput: 40)
  print(
    "resident_growth=\(resident() - residentBefore) descriptor_growth=\(descriptors() - descriptorsBefore)"
  )
}

switch CommandLine.arguments.dropFirst().first {
case "--bench":
  benchmark()
  exit(0)
case "--resident":
  residentCheck()
  exit(0)
default:
  break
}

let iterations = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 300 : 300
let statuses = runWorkload(0..<iterations, itemsPerInput: 5)
let batch = JQProgram.compile(
  (0..<40).map { index in
    (index % 13 == 0 ? ".a | ] \(index)" : index % 17 == 0 ? "nosuch\(index)" : ".x\(index)", [])
  })
// Idle compiled states are kept for reuse; release them so that valgrind sees every block
// libjq still holds as either freed or leaked.
JQ.releaseCachedPrograms()
let failing = batch.filter { if case .failure = $0 { return true } else { return false } }.count
print(
  "jq-leak-probe: \(iterations) runs, statuses \(statuses.sorted { $0.key < $1.key }), "
    + "batch of \(batch.count) with \(failing) failing")
