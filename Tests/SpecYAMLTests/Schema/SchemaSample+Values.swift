import Foundation
import SpecModel
import Testing

@testable import SpecYAML

/// Values with every option set, and every filter.
extension SchemaSample {
  static let unaryTests: [UnaryTest] = [
    .exists, .regularFile, .directory, .readable, .writable, .executable, .nonEmptyFile,
    .emptyString, .nonEmptyString, .symbolicLink,
  ]
  static let binaryTests: [BinaryTest] = [
    .stringEqual, .stringNotEqual, .stringLess, .stringGreater, .globMatch, .regexMatch, .equal,
    .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .newerThan, .olderThan,
  ]

  /// Every unary and binary test, joined with `and`, `or` and `not`.
  static var everyCondition: Condition {
    var conditions = unaryTests.map { Condition.unary($0, "/tmp/file") }
    conditions += binaryTests.map { Condition.binary($0, Template([.variable("LEFT")]), "right") }
    conditions.append(.not(.nonEmpty(Template([.variable("EMPTY")]))))
    // `[[ $(cmd) == x ]]`: the capture runs just before the test.
    let capture = Step(
      line: 1,
      .assign(
        Assignment(
          name: "_SUBSTITUTION_1", value: nil,
          substitution: Step(line: 1, .pipeline(Pipeline(source: .text("x")))))))
    conditions.append(
      .substituted([capture], .binary(.stringEqual, Template([.variable("_SUBSTITUTION_1")]), "x")))
    // Runs of three joined by `and` (flat lists), the runs joined by `or`.
    let runs = stride(from: 0, to: conditions.count, by: 3).map {
      Condition.all(Array(conditions[$0..<min($0 + 3, conditions.count)]))
    }
    return .or(runs)
  }

  static var fullRequest: Request {
    var options = CurlOptions()
    options.silent = true
    options.showError = true
    options.failOnHTTPError = true
    options.failWithBody = true
    options.includeHeaders = true
    options.dumpHeaders = "-"
    options.output = "/tmp/body.json"
    options.writeOut = "%{http_code}\n"
    options.noBuffer = true
    options.followRedirects = true
    options.dataAsQuery = true
    options.headOnly = true
    options.insecure = true
    options.compressed = true
    options.http11 = true
    options.maxTime = .literal(2.5)
    options.connectTimeout = .template(Template([.variable("CONNECT_TIMEOUT")]))
    options.user = Template([.literal("admin:"), .variable("PASSWORD")])
    options.userAgent = "qa/1.0"
    options.cookie = "session=1"
    options.retry = 2
    return Request(
      method: "PUT", explicitMethod: true, url: baseURL,
      headers: ["Content-Type: application/json", Template([.variable("ADMIN_AUTH_HEADER")])],
      body: .data(#"{"name": "a"}"#, json: true), options: options)
  }

  static var fullJQ: JQInvocation {
    var jq = JQInvocation(program: #".items[] | select(.id == $id) | .size + $extra"#)
    jq.rawOutput = true
    jq.joinOutput = true
    jq.exitStatus = true
    jq.slurp = true
    jq.rawInput = true
    jq.nullInput = true
    jq.compact = true
    jq.sortKeys = true
    jq.tab = true
    jq.indent = 4
    jq.asciiOutput = true
    jq.colorOutput = true
    jq.seq = true
    jq.stream = true
    jq.programFile = Template([.variable("PROGRAM")])
    jq.arguments = [
      JQArgument(name: "id", value: Template([.variable("FILE_ID")])),
      JQArgument(name: "extra", value: "1", json: true),
      JQArgument(name: "notes", value: "notes.txt", file: true),
      JQArgument(name: "rows", value: Template([.variable("ROWS")]), json: true, file: true),
    ]
    jq.inputFiles = ["/tmp/a.json", Template([.variable("OUT")])]
    jq.positional = [JQPositional("a"), JQPositional(Template([.variable("N")]), json: true)]
    return jq
  }

  static var fullGrep: GrepInvocation {
    var grep = GrepInvocation(pattern: "^HTTP/[0-9.]+ 200")
    grep.syntax = .extended
    grep.ignoreCase = true
    grep.invert = true
    grep.quiet = true
    grep.count = true
    grep.onlyMatching = true
    grep.wholeLine = true
    grep.wholeWord = true
    grep.maxCount = 1
    grep.withFilename = false
    grep.noMessages = true
    grep.files = ["a.log", Template([.variable("LOG")]), "-"]
    return grep
  }

  static let everyFilter: [Filter] = [
    .jq(fullJQ),
    .jq(JQInvocation(program: ".")),
    .lines(LineRange(from: 2, to: 5)),
    .lines(LineRange(from: 2, to: 5, readsToEnd: true)),
    .lines(LineRange(last: 3)),
    .lines(LineRange()),
    .bytes(ByteRange(count: 16)),
    .bytes(ByteRange(skip: 8, count: 4)),
    .bytes(ByteRange(skip: 1, count: 2, inputFile: Template([.variable("AUDIO")]))),
    .grep(fullGrep),
    .grep(GrepInvocation(pattern: Template([.variable("NEEDLE")]))),
    .substitute(
      SedSubstitution(
        pattern: #"^\(.*\)$"#, replacement: #"[\1]"#, global: true, occurrence: 2,
        extended: true, ignoreCase: true, quiet: true, print: true)),
    .substitute(SedSubstitution(pattern: "a", replacement: "b")),
    .select(SedSelection(pattern: "^a/b", extended: true, ignoreCase: true, invert: true)),
    .select(SedSelection(pattern: "x")),
    .count(.bytes), .count(.lines), .count(.words), .count(.characters), .count(.maxLineLength),
    .wordCount(WordCountInvocation(counts: [.lines, .words, .bytes])),
    .wordCount(WordCountInvocation(counts: [.lines], files: ["a.txt", "-"])),
    .wordCount(WordCountInvocation(counts: [.lines, .bytes], standardInputFile: "in.txt")),
    .checksum(ChecksumInvocation(algorithm: .sha256)),
    .checksum(
      ChecksumInvocation(
        algorithm: .md5, files: ["a.txt", "-"], binary: true, tag: true, zero: true)),
    .cat(CatInvocation(numbering: .all, squeezeBlank: true)),
    .cat(
      CatInvocation(
        files: ["a.txt", "-"], numbering: .nonBlank, showNonprinting: true, showEnds: true,
        showTabs: true)),
    .translate(Translation(set1: "a-z", set2: "A-Z", squeeze: true)),
    .translate(Translation(set1: "\\n")),
    .tee(files: ["/tmp/copy"], append: true),
    .tee(files: ["/tmp/a", "b.txt"], append: false),
    .tee(files: [], append: false),
    .od(OdInvocation()),
    .od(
      OdInvocation(
        files: ["a.bin", "-"], addressRadix: .none,
        formats: [.init(.hex, size: 1), .init(.character), .init(.named), .init(.signed, size: 8)],
        width: 8, skip: 2, limit: 16, verbose: true)),
    .xxd(XxdInvocation()),
    .xxd(
      XxdInvocation(
        mode: .include, columns: 8, groupSize: 4, length: 10, seek: 1, uppercase: true,
        capitalize: true, file: "a.bin")),
    .xxd(XxdInvocation(mode: .reversePlain)),
    .xargs(
      XargsInvocation(
        command: ["echo", Template([.variable("@")])],
        run: [Step(line: 1, .pipeline(Pipeline(source: .text("x\n"))))], delimiter: 0,
        maxArgs: 2, noRunIfEmpty: true, trace: true)),
    .xargs(
      XargsInvocation(
        command: ["f", Template([.variable("1")])], run: nil, maxLines: 1, replace: "{}")),
    .text(TextUtilityCall(.rev)),
    .text(
      TextUtilityCall(
        .paste, options: [.init("s"), .init("d", Template([.variable("SEP")]))],
        operands: ["a.txt", "-"])),
    .base64(decode: true),
    .base64(decode: false),
    .base64(decode: false, wrap: 0),
    .base64(decode: true, file: Template([.variable("F")])),
    .sort(SortInvocation()),
    .sort(
      SortInvocation(
        keys: [SortKey(from: 2, to: 3, numeric: true, reverse: true), SortKey(from: 1)],
        numeric: true, reverse: true, unique: true, separator: ",")),
    .sort(
      SortInvocation(
        keys: [SortKey(from: 1, foldCase: true, skipBlanks: true)], foldCase: true,
        skipBlanks: true, stable: true)),
    .sort(
      SortInvocation(
        keys: [SortKey(from: 2, ordering: .version)], ordering: .human, check: .quiet,
        output: "sorted.txt")),
    .sort(SortInvocation(ordering: .general, check: .diagnose)),
    .sort(SortInvocation(unique: true, files: ["a.txt", "-"])),
    .uniq(UniqInvocation()),
    .uniq(UniqInvocation(count: true, repeated: true, unique: true)),
    .uniq(UniqInvocation(ignoreCase: true, skipFields: 1, skipChars: 2, checkChars: 3)),
    .uniq(UniqInvocation(count: true, file: Template([.variable("F")]))),
    .cut(
      CutInvocation(
        unit: .fields,
        ranges: [CutRange(from: 1, to: 1), CutRange(from: 3, to: 4), CutRange(from: 6, to: nil)],
        delimiter: ",", onlyDelimited: true)),
    .cut(CutInvocation(unit: .bytes, ranges: [CutRange(from: 1, to: 8)])),
    .cut(
      CutInvocation(
        unit: .fields, ranges: [CutRange(from: 2, to: 2)], complement: true,
        outputDelimiter: " | ")),
    .cut(CutInvocation(unit: .bytes, ranges: [CutRange(from: 2, to: 3)], complement: true)),
    .cut(CutInvocation(unit: .bytes, ranges: [CutRange(from: 1, to: 1)], files: ["a", "b"])),
    .sed(SedInvocation(scripts: [.expression(":a;N;$!ba;s/\\n/ /g")])),
    .sed(SedInvocation(scripts: [.expression("1,20p")], quiet: true, files: ["headers.txt"])),
    .sed(
      SedInvocation(
        scripts: [.expression("1d"), .file(Template([.variable("SCRIPT")]))], quiet: true,
        extended: true, separate: true, nullData: true, lineWrap: 0,
        files: ["a.txt", Template([.variable("F")])])),
    .awk(AwkCall(program: "{ print $1 }")),
    .awk(
      AwkCall(
        program: "$1 == id { print $2 }", fieldSeparator: ",",
        assignments: [AwkAssignmentWord(name: "id", value: Template([.variable("ID")]))],
        operands: ["rows.csv", "n=1", "-"])),
    .head(HeadTailCount(unit: .lines, count: Template([.variable("N")]))),
    .tail(HeadTailCount(unit: .bytes, count: "+3")),
    .head(HeadTailCount(unit: .lines, count: "1", files: [Template([.variable("F")]), "b.txt"])),
    .tail(HeadTailCount(unit: .lines, count: "+2", files: ["a.txt"])),
  ]
}
