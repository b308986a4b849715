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

func input(_ iteration: Int) -> [UInt8] {
  var items: [String] = []
  for index in 0..<(5 + iteration % 10) {
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

if CommandLine.arguments.dropFirst().first == "--bench" {
  benchmark()
  exit(0)
}

let iterations = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 300 : 300
var statuses: [Int32: Int] = [:]
for iteration in 0..<iterations {
  let (program, options) = programs[iteration % programs.count]
  let result = JQ.run(
    program: program, input: input(iteration), options: options,
    arguments: [
      JQArgument(name: "greeting", value: "hello \(iteration)"),
      JQArgument(name: "n", value: "\(iteration)", json: true),
    ])
  statuses[result.status, default: 0] += 1
}
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
