import Foundation
import SpecModel
import Testing

@testable import SpecYAML

/// The scenario that uses every step, source, sink, body, condition and loop item.
extension SchemaSample {
  static func line(_ n: Int, _ action: Action) -> Step { Step(line: n, action) }

  static var scenario: Scenario {
    let pid = Template([.variable("PID")])
    let steps: [Step] = [
      line(
        1,
        .pipeline(
          Pipeline(
            source: .request(fullRequest), filters: everyFilter, sink: .capture("RESULT"),
            errors: .discard))),
      line(2, .pipeline(Pipeline(source: .request(Request(method: "GET", url: baseURL))))),
      line(
        3,
        .pipeline(
          Pipeline(
            source: .request(
              Request(method: "POST", url: baseURL, body: .data("a=1&b=2", json: false)))))),
      line(
        4,
        .pipeline(
          Pipeline(
            source: .request(
              Request(
                method: "POST", url: baseURL, body: .file("/tmp/in.json", stripNewlines: true)))))),
      line(
        5,
        .pipeline(
          Pipeline(
            source: .request(
              Request(
                method: "POST", url: baseURL, body: .file("/tmp/in.bin", stripNewlines: false)))))),
      line(
        6,
        .pipeline(
          Pipeline(
            source: .request(
              Request(
                method: "POST", url: baseURL,
                body: .urlencoded([
                  FormField(name: "q", value: "a b"), FormField(value: "raw"),
                  FormField(name: "f", file: "/tmp/f"),
                  FormField(file: "/tmp/g"),
                ]))), sink: .stderr))),
      line(
        7,
        .pipeline(
          Pipeline(
            source: .request(
              Request(
                method: "POST", url: baseURL,
                body: .multipart([
                  MultipartPart(name: "meta", value: "{}"),
                  MultipartPart(
                    name: "upload", file: "/tmp/a.png", contentType: "image/png", filename: "b.png"),
                  MultipartPart(name: "text", contentFrom: "/tmp/notes.txt"),
                ]))), sink: .discard, errors: .stdout))),
      line(
        72,
        .pipeline(
          Pipeline(source: .file("in.txt"), sink: .discard, errors: .file("err.txt", append: true)))
      ),
      line(
        8,
        .pipeline(
          Pipeline(
            source: .text("hello\nworld\n"), sink: .file("/tmp/out.txt", append: true, mode: 0o600))
        )),
      line(
        9,
        .pipeline(
          Pipeline(
            source: .text(everyTemplatePart), sink: .file("/tmp/new.txt", append: false, mode: nil))
        )),
      line(
        10,
        .pipeline(Pipeline(source: .file("/tmp/out.txt"), filters: [.count(.lines)], sink: .stderr))
      ),
      line(
        11,
        .pipeline(
          Pipeline(source: .empty, filters: [.jq(JQInvocation(program: "now"))], sink: .stdout))),
      line(12, .pipeline(Pipeline(source: .empty, sink: .discard))),
      line(
        12,
        .pipeline(
          Pipeline(
            source: .printf(
              PrintfCall(format: "[%s]\\n", arguments: [Template([.variable("@")]), "x"])),
            sink: .capture("OUT")))),
      line(13, .assign(Assignment(name: "TOKEN", value: "abc"))),
      line(
        13,
        .assign(
          Assignment(
            name: "ID", value: Template([.variable("_SUBSTITUTION_1")]),
            substitutionStatus: true))),
      line(
        13,
        .assignArray(
          ArrayAssignment(
            name: "items",
            elements: ["a b", Template([.literal("x"), .variable("items[@]"), .literal("y")])],
            append: true, local: true))),
      line(13, .assignArray(ArrayAssignment(name: "declared", elements: nil))),
      line(
        13,
        .assignArray(
          ArrayAssignment(
            name: "byKey", elements: nil, associative: true,
            entries: [KeyedElement(key: "a b", value: Template([.variable("k")]))]))),
      line(
        13,
        .pipeline(
          Pipeline(
            source: .printf(PrintfCall(format: "%s-%s", arguments: ["x"], variable: "joined")),
            sink: .stdout))),
      line(
        13,
        .assignElement(
          ElementAssignment(
            element: ArrayElement(name: "items", index: "n-1"),
            value: Template([.expansion(.init(name: "items[${i}]", operation: .length))]),
            append: true))),
      line(13, .unsetElement(ArrayElement(name: "items", index: "-1"))),
      line(13, .shift("2")),
      line(13, .shift(Template([.variable("n")]))),
      line(
        13,
        .setPositional([
          Template([.expansion(.init(name: "@", operation: .substring(offset: 2, length: nil)))]),
          Template([.expansion(.init(name: "items[@]", operation: .indices))]),
        ])),
      line(
        13,
        .pipeline(
          Pipeline(
            source: .echo(
              EchoCall(arguments: ["x", Template([.variable("items[@]")])], newline: false))))),
      line(
        13,
        .pipeline(
          Pipeline(
            source: .curl(
              CurlCall(arguments: [
                "-fsS", Template([.variable("args[@]")]), Template([.variable("@")]),
              ]))))),
      line(
        13,
        .pipeline(
          Pipeline(
            source: .date(
              DateInvocation(
                utc: true, date: Template([.literal("@"), .variable("EPOCH")]),
                output: .format("%Y-%m-%dT%H:%M:%SZ")))))),
      line(13, .pipeline(Pipeline(source: .date(DateInvocation())))),
      line(13, .pipeline(Pipeline(source: .date(DateInvocation(output: .iso8601(.seconds)))))),
      line(13, .pipeline(Pipeline(source: .date(DateInvocation(output: .rfc3339(.ns)))))),
      line(13, .pipeline(Pipeline(source: .date(DateInvocation(output: .rfcEmail))))),
      line(
        13,
        .pipeline(
          Pipeline(
            source: .sequence(
              SeqInvocation(
                first: "0", increment: "0.5", last: Template([.variable("N")]), separator: ",",
                equalWidth: true, format: "%.2f"))))),
      line(13, .pipeline(Pipeline(source: .sequence(SeqInvocation(last: "3"))))),
      line(13, .pipeline(Pipeline(source: .random(RandomCall(kind: .uuid))))),
      line(13, .pipeline(Pipeline(source: .realpath(RealpathCall(names: ["a/../b"]))))),
      line(13, .pipeline(Pipeline(source: .printenv(PrintenvCall(names: ["HOME", "PATH"]))))),
      line(13, .pipeline(Pipeline(source: .workingDirectory(physical: false)))),
      line(13, .pipeline(Pipeline(source: .workingDirectory(physical: true), sink: .capture("D")))),
      line(
        13,
        .pipeline(
          Pipeline(
            source: .fileCommand(
              FileCommandCall(command: .cp, arguments: ["-r", Template([.variable("F")]), "d"]))))),
      line(
        13,
        .pipeline(
          Pipeline(
            source: .realpath(
              RealpathCall(
                names: [Template([.variable("F")])], existence: .none, noSymlinks: true,
                quiet: true, zero: true))))),
      line(13, .pipeline(Pipeline(source: .random(RandomCall(kind: .hex, bytes: "16"))))),
      line(
        13,
        .pipeline(
          Pipeline(source: .random(RandomCall(kind: .base64, bytes: Template([.variable("N")])))))),
      line(
        13,
        .pipeline(
          Pipeline(
            source: .pathPart(
              PathPartCall(
                part: .base, names: ["a/b.txt", Template([.variable("F")])], suffix: ".txt",
                zero: true))))),
      line(
        13, .pipeline(Pipeline(source: .pathPart(PathPartCall(part: .directory, names: ["a/b"]))))),
      line(14, .assign(Assignment(name: "EXPORTED", value: nil, exported: true))),
      line(15, .assign(Assignment(name: "_local1", value: "", local: true))),
      line(16, .unset(["TOKEN", "EXPORTED"])),
      line(17, .sleep(0.5)),
      line(18, .sleep(6)),
      line(18, .sleep(.template(Template([.variable("DELAY")])))),
      line(19, .makeDirectory(["/tmp/a", Template([.variable("WORK"), .literal("/b")])])),
      line(20, .remove(Removal(paths: ["/tmp/a"], force: true, recursive: true))),
      line(21, .remove(Removal(paths: ["/tmp/b"]))),
      line(22, .changeMode(mode: .octal(0o600), paths: ["/tmp/out.txt"])),
      line(22, .changeMode(mode: FileModeChange("u+x,go-w")!, paths: ["/tmp/out.txt"])),
      line(23, .umask(0o077)),
      line(24, .touch(["/tmp/stamp"])),
      line(
        25,
        .makeTemporary(
          TemporaryFile(variable: "TMP_DIR", directory: true, template: "/tmp/qa.XXXXXX"))),
      line(26, .makeTemporary(TemporaryFile(variable: "TMP_FILE"))),
      line(27, .test(everyCondition)),
      line(28, .exit(ExitStep(message: "upload failed", status: 1))),
      line(29, .exit(ExitStep(status: nil))),
      line(30, .loadEnvironmentFile(".env")),
      line(
        31,
        .setOptions(
          ShellOptions(
            errexit: false, nounset: true, pipefail: false, allexport: true, xtrace: false))),
      line(32, .setOptions(ShellOptions())),
      line(32, .commandLookup(CommandLookup(style: .path, names: ["jq", "${TOOL}"]))),
      line(32, .commandLookup(CommandLookup(style: .kind, names: ["echo"]))),
      line(32, .commandLookup(CommandLookup(style: .describe, names: ["if"]))),
      line(32, .signal(KillStep(signal: 0, pids: ["1", "2"]))),
      line(32, .signal(KillStep(signal: 9, pids: ["1"]))),
      line(32, .signal(KillStep(signal: 15, pids: [], list: ["9"]))),
      line(32, .signal(KillStep(signal: 15, pids: [], error: "kill: FOO: invalid signal"))),
      line(32, .signal(KillStep(signal: 15, pids: [], usage: true))),
      line(
        32, .onSignal(SignalTrap(signals: [2, 15], text: "echo hi", steps: [line(32, .status(0))]))),
      line(32, .onSignal(SignalTrap(signals: [10], text: nil))),
      line(32, .printTraps([])),
      line(
        33, .lateCommand([Template([.variable("@")]), "--max-time", Template([.variable("T")])])),
      line(32, .waitJobs(WaitStep(pids: ["1", "2"]))),
      line(32, .waitJobs(WaitStep(pids: [], any: true))),
      line(32, .onError([line(32, .status(0))])),
      line(32, .getopts(GetoptsStep(optstring: ":m:v", name: "opt"))),
      line(32, .timed(TimedStep(line(32, .sleep(1))))),
      line(32, .timed(TimedStep(line(32, .status(0)), posix: true))),
      line(32, .getopts(GetoptsStep(optstring: "a", name: "o", arguments: ["-a", "${X}"]))),
      Step(
        line: 32, .status(0),
        trace: [.words(["echo", Template([.variable("X")]), ""]), .assignment("X")]),
      line(33, .and([line(33, .status(0)), line(33, .status(1))])),
      line(34, .or([line(34, .status(1)), line(34, .changeDirectory("/tmp"))])),
      line(
        34,
        .list(
          AndOrList(
            first: line(34, .status(0)),
            rest: [.init(.and, line(34, .status(1))), .init(.or, line(34, .status(0)))]))),
      line(35, .not(line(35, .test(.nonEmpty(Template([.variable("X")])))))),
      line(36, .group([line(36, .sleep(1))])),
      line(37, .subshell([line(37, .umask(0o22)), line(38, .touch(["x"]))])),
      line(
        39,
        .ifElse(
          IfStep(
            branches: [
              .init(
                condition: [line(39, .test(.unary(.exists, "/tmp/a")))],
                then: [line(40, .status(0))]),
              .init(condition: [line(41, .status(1))], then: []),
            ], otherwise: [line(43, .exit(ExitStep(status: 2)))]))),
      line(
        45,
        .ifElse(
          IfStep(branches: [.init(condition: [line(45, .status(0))], then: [line(46, .status(0))])])
        )),
      line(
        48,
        .forEach(
          ForStep(
            variable: "i",
            items: [
              .word("a b"), .split(Template([.variable("LIST")])), .sequence(first: 1, last: 5),
              .glob("out/\\*-[0-9]*.json"),
            ],
            body: [line(49, .breakLoop(1)), line(50, .continueLoop(2))]))),
      line(
        52,
        .whileLoop(
          WhileStep(
            condition: [line(52, .test(.binary(.less, Template([.variable("N")]), "3")))],
            body: [line(53, .sleep(1))]))),
      line(55, .whileLoop(WhileStep(condition: [line(55, .status(1))], body: [], until: true))),
      line(
        57,
        .caseOf(
          CaseStep(
            subject: Template([.variable("STATUS")]),
            arms: [
              .init(patterns: ["200", "201"], body: [line(58, .status(0))]),
              .init(
                patterns: ["*"], body: [line(59, .exit(ExitStep(message: "bad status", status: 1)))]
              ),
            ]))),
      line(
        61,
        .function(
          FunctionDefinition(
            name: "check_status",
            body: [line(62, .returnFromFunction(nil)), line(63, .returnFromFunction(3))]))),
      line(
        65,
        .call(
          FunctionCall(name: "check_status", arguments: ["200", Template([.variable("CODE")])]))),
      line(
        66,
        .call(
          FunctionCall(name: "helper", sink: .file("/tmp/helper.log", append: false, mode: 0o644)))),
      line(67, .call(FunctionCall(name: "helper", sink: .stderr))),
      line(68, .call(FunctionCall(name: "helper", sink: .capture("HELPER_OUT")))),
      line(
        69,
        .onExit([
          line(
            69,
            .remove(
              Removal(paths: [Template([.variable("TMP_DIR")])], force: true, recursive: true)))
        ])),
      line(70, .background(line(70, .sleep(30)))),
      line(70, .background(line(70, .sleep(30)), job: "sleep 30")),
      line(71, .timeout(seconds: 0.4, line(71, .sleep(30)))),
      line(71, .timeout(seconds: 0.4, line(71, .sleep(30)), expiredStatus: 143)),
      line(71, .wait(pid)),
      line(72, .wait(nil)),
      line(73, .kill(pid)),
      line(74, .status(1)),
      line(75, .changeDirectory(Template([.variable("WORK")]))),
      line(
        76,
        .pipeline(
          Pipeline(
            source: .shell([line(76, .call(FunctionCall(name: "helper")))]),
            filters: [
              .shell([
                line(
                  77,
                  .whileLoop(
                    WhileStep(
                      condition: [line(77, .read(ReadStep(names: ["LINE"], raw: true, ifs: "")))],
                      body: [line(78, .pipeline(Pipeline(source: .stdin)))])))
              ])
            ], sink: .capture("LINES")))),
      line(79, .read(ReadStep(names: ["A", "B"], delimiter: ","))),
      line(79, .read(ReadStep(names: [], raw: true, array: "FIELDS"))),
      line(79, .mapfile(MapfileStep(name: "LINES", trim: true, delimiter: ","))),
      line(
        80,
        .redirected(
          Redirected(
            input: .file("in.txt"), body: [line(80, .read(ReadStep(names: [])))],
            output: .file("out.txt", append: true, mode: nil), errors: .discard))),
      line(81, .redirected(Redirected(input: .text("a\n"), body: [line(81, .status(0))]))),
      line(
        82,
        .assign(
          Assignment(
            name: "Z", value: nil, local: true,
            substitution: line(82, .call(FunctionCall(name: "helper")))))),
      line(76, .arithmetic(ArithmeticCommand([arithmetic("i++")]))),
      line(
        77,
        .arithmetic(ArithmeticCommand([arithmetic("a = 1"), arithmetic("b += a")], isLet: true))),
      line(
        78,
        .arithmeticFor(
          ArithmeticForStep(
            initializer: arithmetic("i = 0"), condition: arithmetic("i < 3"),
            step: arithmetic("i++"),
            body: [line(78, .status(0))]))),
      line(
        79, .arithmeticFor(ArithmeticForStep(initializer: nil, condition: nil, step: nil, body: []))
      ),
    ]
    return Scenario(
      id: "S61", title: "Every construct", section: "Uploads",
      description: "Uses every step, filter, source, sink, body,\ncondition and loop item.\n",
      environments: ["common-environment"],
      needs: [
        Need(scenario: "S1", reason: .declared, detail: "Needs: S1"),
        Need(scenario: "S2", reason: .file, detail: "/tmp/out.txt"),
        Need(scenario: "S3", reason: .resource, detail: "FILE_ID"),
        Need(scenario: "S4", reason: .collection, detail: "files"),
      ],
      after: [
        Ordering(scenario: "S5", reason: .file, detail: "${QA_RUN_DIR}/out.json"),
        Ordering(scenario: "S6", reason: .resource, detail: "${ALIAS}"),
        Ordering(scenario: "S7", reason: .collection, detail: "/v1/files"),
        Ordering(scenario: "S8", reason: .gateway, detail: "reads the gateway's counters"),
      ],
      steps: steps)
  }
}
