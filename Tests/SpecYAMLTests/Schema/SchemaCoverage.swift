import Foundation
import SpecModel
import Testing

@testable import SpecYAML

/// The names of the enum cases met in a tree of steps. Each switch is exhaustive, so a new case
/// does not compile until it is named here (and then `sampleCoversEveryCase` asks for a sample).
struct SchemaCoverage {
  var actions: Set<String> = []
  var sources: Set<String> = []
  var filters: Set<String> = []
  var sinks: Set<String> = []
  var bodies: Set<String> = []
  var conditions: Set<String> = []
  var loopItems: Set<String> = []

  static let actionNames = [
    "pipeline", "assign", "unset", "sleep", "makeDirectory", "remove", "changeMode", "umask",
    "touch", "makeTemporary", "test", "exit", "loadEnvironmentFile", "setOptions", "and", "or",
    "list", "not", "group", "subshell", "ifElse", "forEach", "whileLoop", "caseOf", "breakLoop",
    "continueLoop", "returnFromFunction", "function", "call", "onExit", "background", "timeout",
    "wait",
    "kill", "status", "changeDirectory", "read", "mapfile", "redirected", "assignArray",
    "assignElement",
    "unsetElement", "shift", "setPositional", "arithmetic", "arithmeticFor", "commandLookup",
    "signal", "waitJobs", "onError", "onSignal", "printTraps", "lateCommand", "getopts",
    "timed",
  ]
  static let sourceNames = [
    "request", "text", "file", "printf", "empty", "stdin", "shell", "echo", "curl", "date",
    "sequence", "pathPart", "random", "realpath", "printenv", "workingDirectory", "fileCommand",
  ]
  static let filterNames = [
    "jq", "lines", "bytes", "grep", "substitute", "select", "count", "translate", "tee",
    "base64", "sort", "uniq", "cut", "sed", "awk", "head", "tail", "shell", "wordCount",
    "checksum", "cat", "od", "xxd", "xargs", "text",
  ]
  static let sinkNames = ["stdout", "stderr", "capture", "file", "discard"]
  static let bodyNames = ["data", "json", "file", "urlencoded", "multipart"]
  static let conditionNames = ["unary", "binary", "nonEmpty", "not", "and", "or", "substituted"]
  static let loopItemNames = ["word", "split", "sequence", "glob"]

  mutating func visit(_ steps: [Step]) {
    for step in steps { visit(step) }
  }

  mutating func visit(_ step: Step) {
    actions.insert(Self.name(step.action))
    switch step.action {
    case .pipeline(let pipeline):
      visit(pipeline.source)
      for filter in pipeline.filters {
        filters.insert(Self.name(filter))
        if case .shell(let steps) = filter { visit(steps) }
      }
      sinks.insert(Self.name(pipeline.sink))
    case .redirected(let redirected):
      if let input = redirected.input { visit(input) }
      visit(redirected.body)
      if let output = redirected.output { sinks.insert(Self.name(output)) }
    case .assign(let assignment):
      if let substitution = assignment.substitution { visit(substitution) }
    case .test(let condition): visit(condition)
    case .and(let steps), .or(let steps), .group(let steps), .subshell(let steps),
      .onExit(let steps):
      visit(steps)
    case .list(let list): visit([list.first] + list.rest.map(\.step))
    case .not(let inner), .background(let inner, _), .timeout(_, let inner, _): visit(inner)
    case .ifElse(let step):
      for branch in step.branches {
        visit(branch.condition)
        visit(branch.then)
      }
      visit(step.otherwise ?? [])
    case .forEach(let step):
      for item in step.items { loopItems.insert(Self.name(item)) }
      visit(step.body)
    case .whileLoop(let step):
      visit(step.condition)
      visit(step.body)
    case .caseOf(let step): for arm in step.arms { visit(arm.body) }
    case .function(let definition): visit(definition.body)
    case .call(let call): if let sink = call.sink { sinks.insert(Self.name(sink)) }
    default: break
    }
  }

  mutating func visit(_ source: Source) {
    sources.insert(Self.name(source))
    if case .shell(let steps) = source { visit(steps) }
    if case .request(let request) = source, let body = request.body {
      bodies.insert(Self.name(body))
    }
  }

  mutating func visit(_ condition: Condition) {
    conditions.insert(Self.name(condition))
    switch condition {
    case .not(let inner): visit(inner)
    case .and(let operands), .or(let operands):
      for operand in operands { visit(operand) }
    case .substituted(let steps, let inner):
      visit(steps)
      visit(inner)
    default: break
    }
  }

  static func name(_ action: Action) -> String {
    switch action {
    case .pipeline: "pipeline"
    case .assign: "assign"
    case .unset: "unset"
    case .sleep: "sleep"
    case .makeDirectory: "makeDirectory"
    case .remove: "remove"
    case .changeMode: "changeMode"
    case .umask: "umask"
    case .touch: "touch"
    case .makeTemporary: "makeTemporary"
    case .test: "test"
    case .exit: "exit"
    case .loadEnvironmentFile: "loadEnvironmentFile"
    case .setOptions: "setOptions"
    case .and: "and"
    case .or: "or"
    case .list: "list"
    case .not: "not"
    case .group: "group"
    case .subshell: "subshell"
    case .ifElse: "ifElse"
    case .forEach: "forEach"
    case .whileLoop: "whileLoop"
    case .caseOf: "caseOf"
    case .breakLoop: "breakLoop"
    case .continueLoop: "continueLoop"
    case .returnFromFunction: "returnFromFunction"
    case .function: "function"
    case .call: "call"
    case .onExit: "onExit"
    case .onError: "onError"
    case .onSignal: "onSignal"
    case .printTraps: "printTraps"
    case .lateCommand: "lateCommand"
    case .background: "background"
    case .timeout: "timeout"
    case .wait: "wait"
    case .kill: "kill"
    case .status: "status"
    case .changeDirectory: "changeDirectory"
    case .read: "read"
    case .mapfile: "mapfile"
    case .redirected: "redirected"
    case .assignArray: "assignArray"
    case .assignElement: "assignElement"
    case .unsetElement: "unsetElement"
    case .shift: "shift"
    case .setPositional: "setPositional"
    case .arithmetic: "arithmetic"
    case .arithmeticFor: "arithmeticFor"
    case .commandLookup: "commandLookup"
    case .signal: "signal"
    case .waitJobs: "waitJobs"
    case .getopts: "getopts"
    case .timed: "timed"
    }
  }

  static func name(_ source: Source) -> String {
    switch source {
    case .request: "request"
    case .text: "text"
    case .file: "file"
    case .printf: "printf"
    case .empty: "empty"
    case .stdin: "stdin"
    case .shell: "shell"
    case .echo: "echo"
    case .curl: "curl"
    case .date: "date"
    case .sequence: "sequence"
    case .pathPart: "pathPart"
    case .random: "random"
    case .realpath: "realpath"
    case .printenv: "printenv"
    case .workingDirectory: "workingDirectory"
    case .fileCommand: "fileCommand"
    }
  }

  static func name(_ filter: Filter) -> String {
    switch filter {
    case .jq: "jq"
    case .lines: "lines"
    case .bytes: "bytes"
    case .grep: "grep"
    case .substitute: "substitute"
    case .select: "select"
    case .count: "count"
    case .wordCount: "wordCount"
    case .checksum: "checksum"
    case .cat: "cat"
    case .translate: "translate"
    case .tee: "tee"
    case .base64: "base64"
    case .sort: "sort"
    case .uniq: "uniq"
    case .cut: "cut"
    case .sed: "sed"
    case .awk: "awk"
    case .head: "head"
    case .tail: "tail"
    case .shell: "shell"
    case .od: "od"
    case .xxd: "xxd"
    case .xargs: "xargs"
    case .text: "text"
    }
  }

  static func name(_ sink: Sink) -> String {
    switch sink {
    case .stdout: "stdout"
    case .stderr: "stderr"
    case .capture: "capture"
    case .file: "file"
    case .discard: "discard"
    }
  }

  static func name(_ body: Body) -> String {
    switch body {
    case .data(_, let json): json ? "json" : "data"
    case .file: "file"
    case .urlencoded: "urlencoded"
    case .multipart: "multipart"
    }
  }

  static func name(_ condition: Condition) -> String {
    switch condition {
    case .unary: "unary"
    case .binary: "binary"
    case .nonEmpty: "nonEmpty"
    case .not: "not"
    case .and: "and"
    case .or: "or"
    case .substituted: "substituted"
    }
  }

  static func name(_ item: LoopItem) -> String {
    switch item {
    case .word: "word"
    case .split: "split"
    case .sequence: "sequence"
    case .glob: "glob"
    }
  }
}
