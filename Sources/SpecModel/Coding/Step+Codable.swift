/// A step is written as `line:` followed by the key of its action. A pipeline is flattened:
/// its source (`request`, `text`, `file`, `printf`, or nothing for no input), `filters`, and its sink
/// (`output: stdout|stderr|discard`, `capture: NAME` or `write: {path, append, mode}`).
extension Step: Codable {
  private static let actionKeys = [
    "set", "unset", "sleep", "mkdir", "remove", "chmod", "umask", "touch", "mktemp", "test",
    "exit", "load-env", "set-options", "and", "or", "list", "not", "group", "subshell", "if", "for",
    "while", "case", "break", "continue", "return", "function", "call", "on-exit", "background",
    "wait", "kill", "status", "cd", "timeout", "read", "mapfile", "redirect", "set-array",
    "set-element",
    "unset-element", "shift", "set-positional", "arithmetic", "let", "for-arithmetic",
    "lookup", "signal", "wait-jobs", "on-error", "on-signal", "print-traps", "late-command",
    "getopts", "time",
  ]
  private static let pipelineKeys = [
    "request", "text", "file", "printf", "filters", "output", "capture", "write", "errors",
    "stdin", "shell", "echo", "curl", "date", "seq",
    "path-part", "random", "realpath", "printenv", "pwd", "file-command",
  ]

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: AnyKey.self)
    line = try c.value("line")
    trace = try c.optional("trace")
    let present = Self.actionKeys.filter { c.contains(AnyKey($0)) }
    if present.isEmpty {
      guard Self.pipelineKeys.contains(where: { c.contains(AnyKey($0)) }) else {
        throw DecodingError.dataCorrupted(
          .init(codingPath: c.codingPath, debugDescription: "step at line \(line) has no action"))
      }
      action = .pipeline(try Pipeline(from: c))
      return
    }
    let key = try c.onlyKey(of: Self.actionKeys, in: "step")
    switch key {
    case "set": action = .assign(try c.value(key))
    case "unset": action = .unset(try c.value(key))
    case "sleep": action = .sleep(try c.value(key))
    case "mkdir": action = .makeDirectory(try c.value(key))
    case "remove": action = .remove(try c.value(key))
    case "chmod":
      let m = try c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey(key))
      let text: String = try m.value("mode")
      guard let mode = FileModeChange(text) else {
        throw DecodingError.dataCorrupted(
          .init(codingPath: m.codingPath, debugDescription: "'\(text)' is not a chmod mode"))
      }
      action = .changeMode(mode: mode, paths: try m.value("paths"))
    case "umask": action = .umask(try OctalMode.decode(try c.value(key), codingPath: c.codingPath))
    case "touch": action = .touch(try c.value(key))
    case "mktemp": action = .makeTemporary(try c.value(key))
    case "test": action = .test(try c.value(key))
    case "exit": action = .exit(try c.value(key))
    case "load-env": action = .loadEnvironmentFile(try c.value(key))
    case "set-options": action = .setOptions(try c.value(key))
    case "and": action = .and(try c.value(key))
    case "or": action = .or(try c.value(key))
    case "list": action = .list(try c.value(key))
    case "not": action = .not(try c.value(key))
    case "group": action = .group(try c.value(key))
    case "subshell": action = .subshell(try c.value(key))
    case "if": action = .ifElse(try c.value(key))
    case "for": action = .forEach(try c.value(key))
    case "while": action = .whileLoop(try c.value(key))
    case "case": action = .caseOf(try c.value(key))
    case "break": action = .breakLoop(try c.value(key))
    case "continue": action = .continueLoop(try c.value(key))
    case "return": action = .returnFromFunction(try c.optional(key))
    case "function": action = .function(try c.value(key))
    case "call": action = .call(try c.value(key))
    case "on-exit": action = .onExit(try c.value(key))
    case "on-error": action = .onError(try c.value(key))
    case "background": action = .background(try c.value(key), job: try c.optional("job"))
    case "wait": action = .wait(try c.optional(key))
    case "kill": action = .kill(try c.value(key))
    case "status": action = .status(try c.value(key))
    case "timeout":
      let t = try c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey(key))
      action = .timeout(
        seconds: try t.value("seconds"), try t.value("do"),
        expiredStatus: try t.optional("expired-status") ?? 124)
    case "read": action = .read(try c.value(key))
    case "mapfile": action = .mapfile(try c.value(key))
    case "redirect": action = .redirected(try c.value(key))
    case "set-array": action = .assignArray(try c.value(key))
    case "set-element": action = .assignElement(try c.value(key))
    case "unset-element": action = .unsetElement(try c.value(key))
    case "shift":
      // A literal count is written as a number, one known at run time as a template.
      if let count = try? c.value(key) as Int {
        action = .shift(Template(literal: String(count)))
      } else {
        action = .shift(try c.value(key))
      }
    case "set-positional": action = .setPositional(try c.value(key))
    case "arithmetic": action = .arithmetic(ArithmeticCommand([try c.value(key)]))
    case "let": action = .arithmetic(ArithmeticCommand(try c.value(key), isLet: true))
    case "for-arithmetic": action = .arithmeticFor(try c.value(key))
    case "lookup": action = .commandLookup(try c.value(key))
    case "getopts": action = .getopts(try c.value(key))
    case "time": action = .timed(try c.value(key))
    case "signal": action = .signal(try c.value(key))
    case "on-signal": action = .onSignal(try c.value(key))
    case "print-traps": action = .printTraps(try c.value(key))
    case "late-command": action = .lateCommand(try c.value(key))
    case "wait-jobs": action = .waitJobs(try c.value(key))
    default: action = .changeDirectory(try c.value(key))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: AnyKey.self)
    try c.put(line, "line")
    switch action {
    case .pipeline(let pipeline): try pipeline.encode(into: &c)
    case .assign(let assignment): try c.put(assignment, "set")
    case .unset(let names): try c.put(names, "unset")
    case .sleep(.literal(let seconds)): try c.put(seconds: seconds, "sleep")
    case .sleep(let seconds): try c.put(seconds, "sleep")
    case .makeDirectory(let paths): try c.put(paths, "mkdir")
    case .remove(let removal): try c.put(removal, "remove")
    case .changeMode(let mode, let paths):
      var m = c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("chmod"))
      try m.put(mode.text, "mode")
      try m.put(paths, "paths")
    case .umask(let mask): try c.put(OctalMode.encode(mask), "umask")
    case .touch(let paths): try c.put(paths, "touch")
    case .makeTemporary(let temporary): try c.put(temporary, "mktemp")
    case .test(let condition): try c.put(condition, "test")
    case .exit(let exit): try c.put(exit, "exit")
    case .loadEnvironmentFile(let path): try c.put(path, "load-env")
    case .setOptions(let options): try c.put(options, "set-options")
    case .and(let steps): try c.put(steps, "and")
    case .or(let steps): try c.put(steps, "or")
    case .list(let list): try c.put(list, "list")
    case .not(let step): try c.put(step, "not")
    case .group(let steps): try c.put(steps, "group")
    case .subshell(let steps): try c.put(steps, "subshell")
    case .ifElse(let step): try c.put(step, "if")
    case .forEach(let step): try c.put(step, "for")
    case .whileLoop(let step): try c.put(step, "while")
    case .caseOf(let step): try c.put(step, "case")
    case .breakLoop(let n): try c.put(n, "break")
    case .continueLoop(let n): try c.put(n, "continue")
    case .returnFromFunction(let status):
      if let status {
        try c.put(status, "return")
      } else {
        try c.encodeNil(forKey: AnyKey("return"))
      }
    case .function(let definition): try c.put(definition, "function")
    case .call(let call): try c.put(call, "call")
    case .onExit(let steps): try c.put(steps, "on-exit")
    case .onError(let steps): try c.put(steps, "on-error")
    case .onSignal(let trap): try c.put(trap, "on-signal")
    case .printTraps(let signals): try c.put(signals, "print-traps")
    case .lateCommand(let words): try c.put(words, "late-command")
    case .background(let step, let job):
      try c.put(step, "background")
      try c.put(ifPresent: job, "job")
    case .wait(let pid):
      if let pid { try c.put(pid, "wait") } else { try c.encodeNil(forKey: AnyKey("wait")) }
    case .kill(let pid): try c.put(pid, "kill")
    case .status(let status): try c.put(status, "status")
    case .timeout(let seconds, let step, let expiredStatus):
      var t = c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("timeout"))
      try t.put(seconds: seconds, "seconds")
      try t.put(step, "do")
      if expiredStatus != 124 { try t.put(expiredStatus, "expired-status") }
    case .changeDirectory(let path): try c.put(path, "cd")
    case .read(let read): try c.put(read, "read")
    case .mapfile(let step): try c.put(step, "mapfile")
    case .redirected(let redirected): try c.put(redirected, "redirect")
    case .assignArray(let assignment): try c.put(assignment, "set-array")
    case .assignElement(let assignment): try c.put(assignment, "set-element")
    case .unsetElement(let element): try c.put(element, "unset-element")
    case .shift(let count):
      if count.parts.count == 1, case .literal(let text) = count.parts[0], let number = Int(text),
        String(number) == text
      {
        try c.put(number, "shift")
      } else {
        try c.put(count, "shift")
      }
    case .setPositional(let words): try c.put(words, "set-positional")
    case .arithmetic(let command):
      if command.isLet || command.expressions.count != 1 {
        try c.put(command.expressions, "let")
      } else {
        try c.put(command.expressions[0], "arithmetic")
      }
    case .arithmeticFor(let step): try c.put(step, "for-arithmetic")
    case .commandLookup(let lookup): try c.put(lookup, "lookup")
    case .getopts(let getopts): try c.put(getopts, "getopts")
    case .timed(let timed): try c.put(timed, "time")
    case .signal(let kill): try c.put(kill, "signal")
    case .waitJobs(let wait): try c.put(wait, "wait-jobs")
    }
    try c.put(ifPresent: trace, "trace")
  }
}

extension Pipeline {
  init(from c: KeyedDecodingContainer<AnyKey>) throws {
    if let request: Request = try c.optional("request") {
      source = .request(request)
    } else if let text: Template = try c.optional("text") {
      source = .text(text)
    } else if let file: Template = try c.optional("file") {
      source = .file(file)
    } else if let call: PrintfCall = try c.optional("printf") {
      source = .printf(call)
    } else if let steps: [Step] = try c.optional("shell") {
      source = .shell(steps)
    } else if try c.flag("stdin") {
      source = .stdin
    } else if let call: EchoCall = try c.optional("echo") {
      source = .echo(call)
    } else if let call: CurlCall = try c.optional("curl") {
      source = .curl(call)
    } else if let date: DateInvocation = try c.optional("date") {
      source = .date(date)
    } else if let seq: SeqInvocation = try c.optional("seq") {
      source = .sequence(seq)
    } else if let call: PathPartCall = try c.optional("path-part") {
      source = .pathPart(call)
    } else if let call: RandomCall = try c.optional("random") {
      source = .random(call)
    } else if let call: RealpathCall = try c.optional("realpath") {
      source = .realpath(call)
    } else if let call: PrintenvCall = try c.optional("printenv") {
      source = .printenv(call)
    } else if let mode: String = try c.optional("pwd") {
      guard mode == "logical" || mode == "physical" else {
        throw DecodingError.dataCorrupted(
          .init(codingPath: c.codingPath, debugDescription: "pwd is 'logical' or 'physical'"))
      }
      source = .workingDirectory(physical: mode == "physical")
    } else if let call: FileCommandCall = try c.optional("file-command") {
      source = .fileCommand(call)
    } else {
      source = .empty
    }
    filters = try c.optional("filters") ?? []
    sink = try Sink(from: c)
    errors = try c.optional("errors")
  }

  func encode(into c: inout KeyedEncodingContainer<AnyKey>) throws {
    try source.encodeKey(into: &c)
    if !filters.isEmpty { try c.put(filters, "filters") }
    try sink.encode(into: &c)
    try c.put(ifPresent: errors, "errors")
  }
}

extension Source {
  /// The source's own key (`request`, `text`, `file`, `printf`, `stdin`, `shell`, `echo`, `curl`; none for
  /// no input).
  func encodeKey(into c: inout KeyedEncodingContainer<AnyKey>) throws {
    switch self {
    case .request(let request): try c.put(request, "request")
    case .text(let text): try c.put(text, "text")
    case .file(let path): try c.put(path, "file")
    case .printf(let call): try c.put(call, "printf")
    case .empty: break
    case .stdin: try c.put(true, "stdin")
    case .shell(let steps): try c.put(steps, "shell")
    case .echo(let call): try c.put(call, "echo")
    case .curl(let call): try c.put(call, "curl")
    case .date(let date): try c.put(date, "date")
    case .sequence(let seq): try c.put(seq, "seq")
    case .pathPart(let call): try c.put(call, "path-part")
    case .random(let call): try c.put(call, "random")
    case .realpath(let call): try c.put(call, "realpath")
    case .printenv(let call): try c.put(call, "printenv")
    case .workingDirectory(let physical): try c.put(physical ? "physical" : "logical", "pwd")
    case .fileCommand(let call): try c.put(call, "file-command")
    }
  }
}

extension Sink {
  init(from c: KeyedDecodingContainer<AnyKey>) throws {
    if let name: String = try c.optional("capture") {
      self = .capture(name)
    } else if c.contains(AnyKey("write")) {
      let w = try c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("write"))
      let mode: String? = try w.optional("mode")
      self = .file(
        try w.value("path"), append: try w.flag("append"),
        mode: try mode.map { try OctalMode.decode($0, codingPath: w.codingPath) })
    } else {
      switch try c.optional("output", as: String.self) ?? "stdout" {
      case "stdout": self = .stdout
      case "stderr": self = .stderr
      case "discard": self = .discard
      case let other:
        throw DecodingError.dataCorrupted(
          .init(codingPath: c.codingPath, debugDescription: "unknown output '\(other)'"))
      }
    }
  }

  func encode(into c: inout KeyedEncodingContainer<AnyKey>) throws {
    switch self {
    case .stdout: try c.put("stdout", "output")
    case .stderr: try c.put("stderr", "output")
    case .discard: try c.put("discard", "output")
    case .capture(let name): try c.put(name, "capture")
    case .file(let path, let append, let mode):
      var w = c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("write"))
      try w.put(path, "path")
      try w.flag(append, "append")
      try w.put(ifPresent: mode.map(OctalMode.encode), "mode")
    }
  }
}

extension ErrorSink: Codable {
  public init(from decoder: any Decoder) throws {
    if let c = try? decoder.container(keyedBy: AnyKey.self) {
      self = .file(try c.value("write"), append: try c.flag("append"))
      return
    }
    switch try decoder.singleValueContainer().decode(String.self) {
    case "discard": self = .discard
    case "stdout": self = .stdout
    case let other:
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "unknown errors sink '\(other)'"))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .discard:
      var c = encoder.singleValueContainer()
      try c.encode("discard")
    case .stdout:
      var c = encoder.singleValueContainer()
      try c.encode("stdout")
    case .file(let path, let append):
      var c = encoder.container(keyedBy: AnyKey.self)
      try c.put(path, "write")
      try c.flag(append, "append")
    }
  }
}

extension Sink: Codable {
  public init(from decoder: any Decoder) throws {
    self = try Sink(from: try decoder.container(keyedBy: AnyKey.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: AnyKey.self)
    try encode(into: &c)
  }
}

extension Pipeline: Codable {
  public init(from decoder: any Decoder) throws {
    self = try Pipeline(from: try decoder.container(keyedBy: AnyKey.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: AnyKey.self)
    try encode(into: &c)
  }
}

extension Source: Codable {
  public init(from decoder: any Decoder) throws {
    self = try Pipeline(from: try decoder.container(keyedBy: AnyKey.self)).source
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: AnyKey.self)
    try Pipeline(source: self, sink: .stdout).encode(into: &c)
  }
}

/// `list: [step, "&&", step, "||", step]`: operands and operators alternate, in bash's order.
extension AndOrList: Codable {
  public init(from decoder: any Decoder) throws {
    var c = try decoder.unkeyedContainer()
    first = try c.decode(Step.self)
    rest = []
    while !c.isAtEnd {
      let op = try c.decode(ListOperator.self)
      guard !c.isAtEnd else {
        throw DecodingError.dataCorrupted(
          .init(
            codingPath: c.codingPath,
            debugDescription: "list: '\(op.rawValue)' must be followed by a step"))
      }
      rest.append(Link(op, try c.decode(Step.self)))
    }
    guard !rest.isEmpty else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: c.codingPath, debugDescription: "list takes two or more steps"))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.unkeyedContainer()
    try c.encode(first)
    for link in rest {
      try c.encode(link.op)
      try c.encode(link.step)
    }
  }
}

/// `redirect: {from: SOURCE, do: [steps], output|capture|write: SINK, errors: …}`.
extension Redirected: Codable {
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: AnyKey.self)
    input = try c.optional("from")
    body = try c.value("do")
    let hasSink = ["output", "capture", "write"].contains { c.contains(AnyKey($0)) }
    output = hasSink ? try Sink(from: c) : nil
    errors = try c.optional("errors")
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: AnyKey.self)
    if let input {
      // Only the source's own key (`file`, `text`): the encoding of a source as a pipeline
      // would add the default sink.
      var from = c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("from"))
      try input.encodeKey(into: &from)
    }
    try c.put(body, "do")
    try output?.encode(into: &c)
    try c.put(ifPresent: errors, "errors")
  }
}
