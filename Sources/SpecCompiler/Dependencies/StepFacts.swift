import CurlCommandLine
import SpecModel

/// What a list of steps reads and writes, gathered by walking it once: the facts environment
/// attachment and dependency inference work from.
struct StepFacts {
  /// Variables referenced anywhere.
  var referenced: Set<String> = []
  /// Variables referenced without a default (`$V`, `${V#x}`, not `${V:-x}` or `${V:+x}`):
  /// unset, they fail under `set -u`.
  var required: Set<String> = []
  /// Variables assigned, captured or used as loop variables.
  var assigned: Set<String> = []
  /// The values of plain assignments (`NAME=word`), per variable, in order.
  var values: [String: [Template]] = [:]
  /// Variables assigned the output of a command (`NAME=$(…)`, a captured pipeline): values
  /// only known at run time.
  var captured: Set<String> = []
  /// Functions defined.
  var defined: Set<String> = []
  /// Functions called.
  var called: Set<String> = []
  /// The line of the first step calling each function (relative to the heading).
  var callLines: [String: Int] = [:]
  /// The line of the step being walked.
  private var line = 0
  /// Files written (`> FILE`, `tee FILE`, `curl -o FILE`, `curl -D FILE`), in order.
  var filesWritten: [Template] = []
  /// Files read (`cat FILE`, `< FILE`, `jq … FILE`, `-F file=@FILE`, `[ -s FILE ]`), in order.
  var filesRead: [Template] = []
  /// Files removed or changed in place (`rm`, `touch`, `chmod`), in order: writes for
  /// `OrderInference`, not for `needs`.
  var filesChanged: [Template] = []
  /// Environment files loaded.
  var loads: [Template] = []
  var requests: [Request] = []
  /// A curl line whose words are only known at run time (`curl "${args[@]}"`): requests to
  /// servers and URLs the compiler cannot see.
  var sendsUnknownRequests = false

  /// Variables referenced but never assigned here: what the steps expect from elsewhere.
  var free: Set<String> { referenced.subtracting(assigned) }

  init(_ steps: [Step]) {
    walk(steps)
  }

  private mutating func walk(_ steps: [Step]) {
    for step in steps {
      line = step.line
      walk(step.action)
    }
  }

  private mutating func read(all templates: [Template?]) {
    for template in templates { read(template) }
  }

  mutating func read(_ template: Template?) {
    guard let template else { return }
    for part in template.parts {
      switch part {
      case .variable(let name):
        // `${a[i]}` reads `a` and `i`.
        referenced.formUnion(ParameterName(name).variables)
        required.formUnion(ParameterName(name).variables)
      case .expansion(let expansion):
        let names = ParameterName(expansion.name).variables
        referenced.formUnion(names)
        switch expansion.operation {
        case .useDefault, .useAlternative, .assignDefault, .indices: break
        default: required.formUnion(names)
        }
        switch expansion.operation {
        case .useDefault(let word, _), .useAlternative(let word, _), .errorIfUnset(let word, _),
          .removePrefix(let word, _), .removeSuffix(let word, _):
          read(word)
        case .assignDefault(let word, _):
          read(word)
          assigned.insert(expansion.name)
        case .replace(let pattern, let replacement, _):
          read(pattern)
          read(replacement)
        case .length, .substring, .changeCase, .quote, .indices, .indirect:
          break
        case .arithmeticSubstring(let offset, let length):
          read(offset)
          read(length)
        }
      case .literal, .processID, .lastStatus, .lastBackgroundJob, .date:
        break
      case .arithmetic(let expression):
        read(expression)
      case .patternValue(let inner):
        read(Template([inner]))
      }
    }
  }

  private mutating func walk(_ action: Action) {
    switch action {
    case .pipeline(let pipeline):
      walk(pipeline)
    case .assign(let assignment):
      read(assignment.value)
      if let substitution = assignment.substitution {
        walk(substitution.action)
        captured.insert(assignment.name)
      } else if let value = assignment.value {
        values[assignment.name, default: []].append(value)
      }
      assigned.insert(assignment.name)
    case .sleep(.template(let duration)): read(duration)
    case .unset, .sleep, .umask, .breakLoop, .continueLoop, .returnFromFunction, .status,
      .setOptions:
      break
    case .makeDirectory(let paths):
      read(all: paths)
    case .touch(let paths), .changeMode(_, let paths):
      read(all: paths)
      filesChanged += paths
    case .remove(let removal):
      read(all: removal.paths)
      filesChanged += removal.paths
    case .makeTemporary(let temporary):
      read(temporary.template)
      assigned.insert(temporary.variable)
    case .test(let condition):
      walk(condition)
    case .exit(let exit):
      read(exit.message)
    case .loadEnvironmentFile(let path):
      read(path)
      loads.append(path)
    case .and(let steps), .or(let steps), .group(let steps), .subshell(let steps),
      .onExit(let steps), .onError(let steps):
      walk(steps)
    case .list(let list):
      walk(list.first.action)
      for link in list.rest { walk(link.step.action) }
    case .not(let step), .background(let step, _), .timeout(_, let step, _):
      walk(step.action)
    case .timed(let timed):
      walk(timed.step.action)
    case .ifElse(let step):
      for branch in step.branches {
        walk(branch.condition)
        walk(branch.then)
      }
      walk(step.otherwise ?? [])
    case .forEach(let step):
      assigned.insert(step.variable)
      for item in step.items {
        switch item {
        case .word(let t), .split(let t): read(t)
        case .sequence, .glob: break
        }
      }
      walk(step.body)
    case .whileLoop(let step):
      walk(step.condition)
      walk(step.body)
    case .caseOf(let step):
      read(step.subject)
      for arm in step.arms {
        read(all: arm.patterns)
        walk(arm.body)
      }
    case .function(let definition):
      defined.insert(definition.name)
      walk(definition.body)
    case .call(let call):
      called.insert(call.name)
      if callLines[call.name] == nil { callLines[call.name] = line }
      read(all: call.arguments)
      if let sink = call.sink { walk(sink) }
    case .wait(let pid):
      read(pid)
    case .kill(let pid):
      read(pid)
    case .changeDirectory(let path):
      read(path)
    case .read(let step):
      read(step.ifs)
      assigned.formUnion(step.array.map { [$0] } ?? (step.names.isEmpty ? ["REPLY"] : step.names))
    case .mapfile(let step):
      assigned.insert(step.name)
    case .redirected(let redirected):
      if let input = redirected.input { walk(Pipeline(source: input, sink: .discard)) }
      walk(redirected.body)
      if let output = redirected.output { walk(output) }
      if case .file(let path, _)? = redirected.errors {
        read(path)
        filesWritten.append(path)
      }
    case .assignArray(let assignment):
      read(all: assignment.elements ?? [])
      for entry in assignment.entries ?? [] {
        read(entry.key)
        read(entry.value)
      }
      assigned.insert(assignment.name)
    case .assignElement(let assignment):
      read(assignment.value)
      referenced.formUnion(Self.indexNames(assignment.element.index))
      assigned.insert(assignment.element.name)
    case .unsetElement(let element):
      referenced.formUnion(Self.indexNames(element.index))
    case .shift:
      break
    case .setPositional(let words), .lateCommand(let words):
      read(all: words)
    case .arithmetic(let command):
      for expression in command.expressions { read(expression) }
    case .commandLookup(let lookup):
      read(all: lookup.names)
    case .signal(let kill):
      read(all: kill.pids)
      read(all: kill.list ?? [])
    case .onSignal(let trap):
      walk(trap.steps)
    case .printTraps:
      break
    case .waitJobs(let wait):
      read(all: wait.pids)
    case .getopts(let getopts):
      read(getopts.optstring)
      read(getopts.name)
      read(all: getopts.arguments ?? [])
      assigned.formUnion([getopts.name.literalText, "OPTIND", "OPTARG"].compactMap { $0 })
    case .arithmeticFor(let step):
      read(step.initializer)
      read(step.condition)
      read(step.step)
      walk(step.body)
    }
  }

  private mutating func walk(_ sink: Sink) {
    switch sink {
    case .capture(let name):
      assigned.insert(name)
      captured.insert(name)
    case .file(let path, _, _):
      read(path)
      filesWritten.append(path)
    case .stdout, .stderr, .discard: break
    }
  }

  private mutating func walk(_ request: Request) {
    requests.append(request)
    read(request.url)
    read(all: request.headers)
    let o = request.options
    read(all: [o.writeOut, o.user, o.userAgent, o.cookie])
    for path in [o.dumpHeaders, o.output].compactMap({ $0 }) {
      read(path)
      if TemplateSyntax.render(path) != "-" && TemplateSyntax.render(path) != "/dev/null" {
        filesWritten.append(path)
      }
    }
    switch request.body {
    case .data(let text, _)?: read(text)
    case .file(let path, _)?:
      read(path)
      filesRead.append(path)
    case .urlencoded(let fields)?:
      for field in fields {
        read(field.value)
        read(field.file)
        if let file = field.file { filesRead.append(file) }
      }
    case .multipart(let parts)?:
      for part in parts {
        read(part.value)
        read(part.filename)
        for file in [part.file, part.contentFrom].compactMap({ $0 }) {
          read(file)
          filesRead.append(file)
        }
      }
    case nil: break
    }
  }

  /// File operands a command reads (`-` is its standard input).
  private mutating func readFiles(_ files: [Template]) {
    for file in files where file != "-" {
      read(file)
      filesRead.append(file)
    }
  }

  private mutating func walk(_ pipeline: Pipeline) {
    switch pipeline.source {
    case .request(let request): walk(request)
    case .curl(let call):
      read(all: call.arguments)
      // A vector without word lists is known now: its transfers are requests like any other.
      if !call.arguments.contains(where: \.isWordList),
        case .success(let line) = CurlCommandLine.parse(
          call.arguments.map { CurlArgument(text: $0.literalText, template: $0) })
      {
        for request in line.transfers { walk(request) }
      } else {
        // Its transfers are only known at run time: any server, any method, any URL.
        sendsUnknownRequests = true
      }
    case .text(let text): read(text)
    case .printf(let call):
      read(all: call.arguments)
      if let variable = call.variable { assigned.insert(variable) }
    case .echo(let call): read(all: call.arguments)
    case .date(let date):
      read(date.date)
      if case .format(let format) = date.output { read(format) }
    case .pathPart(let call): read(all: call.names + [call.suffix].compactMap { $0 })
    case .random(let call): read(call.bytes)
    case .realpath(let call): read(all: call.names)
    case .printenv(let call): read(all: call.names)
    case .workingDirectory: break
    case .fileCommand(let call):
      read(all: call.arguments)
      // Its operands are the words not written as options.
      let operands = call.arguments.filter { !($0.literalText?.hasPrefix("-") ?? false) }
      if call.command.onlyReads {
        filesRead += operands
      } else if call.command != .mktemp {
        filesChanged += operands
      }
    case .sequence(let seq):
      read(all: [seq.first, seq.increment, seq.last, seq.separator, seq.format].compactMap { $0 })
    case .file(let path):
      read(path)
      filesRead.append(path)
    case .empty, .stdin: break
    case .shell(let steps): walk(steps)
    }
    for filter in pipeline.filters {
      switch filter {
      case .jq(let jq):
        read(all: jq.arguments.map(\.value))
        let programFile = jq.programFile.map { [$0] } ?? []
        for file in programFile + jq.inputFiles + jq.arguments.filter(\.file).map(\.value) {
          read(file)
          filesRead.append(file)
        }
      case .grep(let grep):
        read(grep.pattern)
        readFiles(grep.files)
      case .head(let count), .tail(let count):
        read(count.count)
        readFiles(count.files)
      case .awk(let awk):
        read(awk.fieldSeparator)
        read(all: awk.assignments.map(\.value))
        for operand in awk.operands {
          read(operand)
          if !AwkOperand.isAssignment(operand) && operand != "-" { filesRead.append(operand) }
        }
      case .tee(let files, _):
        read(all: files)
        filesWritten += files
      case .sed(let sed):
        for file in sed.files + sed.scripts.compactMap(\.file) {
          read(file)
          filesRead.append(file)
        }
        for file in SedCommand.writtenFiles(sed) { filesWritten.append(Template(literal: file)) }
      case .shell(let steps): walk(steps)
      case .sort(let sort):
        readFiles(sort.files)
        if let output = sort.output {
          read(output)
          filesWritten.append(output)
        }
      case .wordCount(let wc): readFiles(wc.files)
      case .checksum(let checksum): readFiles(checksum.files)
      case .cat(let cat): readFiles(cat.files)
      case .uniq(let uniq): readFiles(uniq.file.map { [$0] } ?? [])
      case .cut(let cut): readFiles(cut.files)
      case .bytes(let range): readFiles(range.inputFile.map { [$0] } ?? [])
      case .base64(_, _, let file): readFiles(file.map { [$0] } ?? [])
      case .od(let od): readFiles(od.files)
      case .xxd(let xxd): readFiles(xxd.file.map { [$0] } ?? [])
      case .xargs(let xargs): walk(xargs.run ?? [])
      case .text(let call):
        read(all: call.options.compactMap(\.value))
        read(all: call.operands)
        filesRead += call.files
      case .lines, .substitute, .select, .count, .translate:
        break
      }
    }
    walk(pipeline.sink)
    if case .file(let path, _)? = pipeline.errors {
      read(path)
      filesWritten.append(path)
    }
  }

  private mutating func walk(_ condition: Condition) {
    switch condition {
    case .unary(let test, let operand):
      read(operand)
      switch test {
      case .exists, .regularFile, .directory, .readable, .writable, .executable, .nonEmptyFile,
        .symbolicLink:
        filesRead.append(operand)
      case .emptyString, .nonEmptyString: break
      }
    case .binary(_, let left, let right):
      read(left)
      read(right)
    case .nonEmpty(let value): read(value)
    case .not(let inner): walk(inner)
    case .and(let operands), .or(let operands):
      for operand in operands { walk(operand) }
    case .substituted(let steps, let inner):
      walk(steps)
      walk(inner)
    }
  }
}
