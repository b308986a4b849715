import SpecModel

/// The verdict of the command that failed most recently, and the step it belongs to.
struct StepVerdict: Sendable {
  var owner: String
  var line: Int
  var verdict: FailureVerdict
}

/// One command of a pipeline as the failure report sees it.
struct PipelinePart {
  var input: ByteRecord
  var output: ByteRecord
  var stderr: [UInt8]
}

/// What a failing command found, recorded as values for the failure report (`FailureDetail`):
/// which command of a pipeline decided its status and why, the operands of a `test`.
extension Interpreter {
  func noteVerdict(_ verdict: FailureVerdict) {
    lastVerdict = StepVerdict(owner: owner, line: currentLine, verdict: verdict)
  }

  /// The failure detail of a script that ended with `failure`: the verdict and exchanges of
  /// that step, and the variables of the shell.
  func failureDetail(for failure: FailurePoint?) -> FailureDetail? {
    guard let failure else { return nil }
    var verdict: FailureVerdict?
    if let last = lastVerdict, last.owner == failure.owner, last.line == failure.line {
      verdict = last.verdict
    }
    let all = run.exchanges
    var exchanges = all.filter { $0.owner == failure.owner && $0.line == failure.line }
    if exchanges.isEmpty, let last = all.last { exchanges = [last] }
    let secrets = Set(run.secrets)
    var variables: [String: String] = [:]
    for (name, variable) in state.variables where variable.array == nil {
      guard let value = variable.value, value.utf8.count <= 1024, !secrets.contains(value),
        !Self.namesASecret(name)
      else { continue }
      variables[name] = value
    }
    return FailureDetail(
      verdict: verdict, exchanges: Array(exchanges.suffix(5)), variables: variables)
  }

  /// A variable whose name says it holds a credential (`API_TOKEN`, `DB_PASSWORD`,
  /// `MASTER_KEY`): a value the environment gave is not known as a secret, so the reproduction
  /// leaves it as `$NAME` by its name.
  static func namesASecret(_ name: String) -> Bool {
    let upper = name.uppercased()
    return ["TOKEN", "SECRET", "PASSWORD", "PASSWD", "KEY", "AUTH", "CREDENTIAL", "COOKIE"]
      .contains { upper.contains($0) }
  }

  /// The command whose status is the pipeline's (with `pipefail`, the last that failed) and
  /// what it found.
  func pipelineVerdict(
    _ pipeline: Pipeline, statuses: [Int32], parts: [PipelinePart], skippedFilters: Int,
    sinkFailed: Bool, scratch: ShellState
  ) -> FailureVerdict {
    let index =
      state.pipefail
      ? (statuses.lastIndex { $0 != 0 } ?? statuses.count - 1) : statuses.count - 1
    let status = statuses[index]
    let part = parts[min(index, parts.count - 1)]
    let message = Self.lastLine(part.stderr)
    if sinkFailed && index == statuses.count - 1 {
      return .command(name: "redirection", status: status, message: message)
    }
    if index == 0 {
      switch pipeline.source {
      case .request:
        let exchange = run.exchanges.last { $0.owner == owner && $0.line == currentLine }
        let code = exchange?.exchange.statusLine.flatMap { line in
          line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
        }
        return .curl(exitCode: status, message: message, httpStatus: code)
      default:
        return .command(name: Self.sourceName(pipeline.source), status: status, message: message)
      }
    }
    let filterIndex = index - 1 + skippedFilters
    guard filterIndex < pipeline.filters.count else {
      return .command(name: "command", status: status, message: message)
    }
    switch pipeline.filters[filterIndex] {
    case .jq(let jq) where jq.exitStatus && (status == 1 || status == 4):
      return .jqFalse(
        program: jq.program, status: status,
        lastOutput: status == 4 ? nil : Self.lastLine(part.output.tail), input: part.input.excerpt)
    case .grep(let grep) where status == 1:
      var copy = scratch
      let pattern = (try? copy.expand(grep.pattern)) ?? ""
      return .grepNoMatch(pattern: pattern, invert: grep.invert, input: part.input.excerpt)
    case let filter:
      return .command(name: Self.filterName(filter), status: status, message: message)
    }
  }

  /// The operand tests of a condition (up to 8 per list), with their operands expanded.
  func comparisons(in condition: Condition, negated: Bool = false) -> [FailureVerdict.Comparison] {
    var copy = state
    func value(_ template: Template) -> String { (try? copy.expand(template)) ?? "" }
    switch condition {
    case .unary(let test, let operand):
      return [.init(left: value(operand), operation: test.rawValue, right: nil, negated: negated)]
    case .binary(let test, let left, let right):
      return [
        .init(
          left: value(left), operation: test.rawValue, right: value(right), negated: negated)
      ]
    case .nonEmpty(let operand):
      return [.init(left: value(operand), operation: "non-empty", right: nil, negated: negated)]
    case .not(let inner):
      return comparisons(in: inner, negated: !negated)
    case .and(let operands), .or(let operands):
      return operands.prefix(8).flatMap { comparisons(in: $0, negated: negated) }
    case .substituted(_, let inner):
      return comparisons(in: inner, negated: negated)
    }
  }

  static func lastLine(_ bytes: [UInt8]) -> String {
    let lines = String(decoding: bytes.suffix(4096), as: UTF8.self).split(separator: "\n")
    return lines.last.map(String.init) ?? ""
  }

  static func sourceName(_ source: Source) -> String {
    switch source {
    case .request: return "curl"
    case .file: return "redirection"
    case .printf: return "printf"
    case .echo: return "echo"
    case .shell: return "shell stage"
    case .curl: return "curl"
    case .date: return "date"
    case .sequence: return "seq"
    case .pathPart(let call): return call.part == .base ? "basename" : "dirname"
    case .random: return "random"
    case .realpath: return "realpath"
    case .printenv: return "printenv"
    case .workingDirectory: return "pwd"
    case .text, .empty, .stdin: return "command"
    case .fileCommand(let call): return call.command.rawValue
    }
  }

  static func filterName(_ filter: Filter) -> String {
    switch filter {
    case .jq: return "jq"
    case .grep: return "grep"
    case .substitute, .select, .sed, .lines: return "sed"
    case .count, .wordCount: return "wc"
    case .checksum: return "checksum"
    case .cat: return "cat"
    case .translate: return "tr"
    case .tee: return "tee"
    case .base64: return "base64"
    case .sort: return "sort"
    case .uniq: return "uniq"
    case .cut, .bytes: return "cut"
    case .awk: return "awk"
    case .head: return "head"
    case .tail: return "tail"
    case .shell: return "shell stage"
    case .od: return "od"
    case .xxd: return "xxd"
    case .xargs: return "xargs"
    case .text(let call): return call.command.rawValue
    }
  }
}
