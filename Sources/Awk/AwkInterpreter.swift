/// `next` and `exit` unwind through statements and function calls.
enum AwkSignal: Error {
  case next
  case exit
}

/// How a statement ended.
enum AwkFlow {
  case normal
  case breakLoop
  case continueLoop
  case returned(AwkValue)
}

/// Runs an `AwkInvocation`: the program's state (variables, the record, open files) and its
/// statements. Expressions, fields, input, output and builtins are in extensions.
final class AwkInterpreter {
  let invocation: AwkInvocation
  var program: AwkProgram { invocation.program }
  let environment: AwkEnvironment

  var globals: [String: AwkCell] = [:]
  var frames: [[AwkCell]] = []
  let regexes = AwkRegexCache()

  // The record and its fields ($1… at index 0…).
  var record: [UInt8] = []
  var fields: [AwkValue] = []
  var fieldsSplit = true
  /// `FS` when the record was read (a new `FS` applies from the next record).
  var recordSeparatorFS: [UInt8] = [0x20]

  // Input.
  var mainStream: AwkInputStream?
  var stdinStream: AwkInputStream
  var nextOperand = 1
  var sawFileOperand = false
  var mainInputDone = false
  var inputFiles: [String: AwkInputStream] = [:]

  // Output.
  var stdout: [UInt8] = []
  var stderr: [UInt8] = []
  var outputFiles: [String: AwkOutputFile] = [:]
  var outputFileOrder: [String] = []

  var exitStatus: Int32 = 0
  var inEnd = false
  var rangeActive: [Bool]
  var randomState: UInt64 = 0
  var seed: Double = 0
  var steps = 0
  static let maxCallDepth = 200

  init(invocation: AwkInvocation, environment: AwkEnvironment) {
    self.invocation = invocation
    self.environment = environment
    stdinStream = AwkInputStream(environment.stdin)
    rangeActive = Array(repeating: false, count: invocation.program.rules.count)
    setupVariables()
  }

  private func setupVariables() {
    let defaults: [String: AwkValue] = [
      "FS": AwkValue(" "), "OFS": AwkValue(" "), "ORS": AwkValue("\n"), "RS": AwkValue("\n"),
      "SUBSEP": .string([0x1C]), "CONVFMT": AwkValue("%.6g"), "OFMT": AwkValue("%.6g"),
      "NR": .number(0), "NF": .number(0), "FNR": .number(0), "RSTART": .number(0),
      "RLENGTH": .number(-1), "FILENAME": .uninitialized,
    ]
    for (name, value) in defaults { globals[name] = AwkCell(value) }
    let environ = AwkArray()
    for (name, value) in environment.variables {
      environ[Array(name.utf8)] = .strnum(Array(value.utf8))
    }
    globals["ENVIRON"] = AwkCell(array: environ)
    let argv = AwkArray()
    argv[Array("0".utf8)] = AwkValue("awk")
    for (index, operand) in invocation.operands.enumerated() {
      argv[Array(String(index + 1).utf8)] = .strnum(Array(operand.utf8))
    }
    globals["ARGV"] = AwkCell(array: argv)
    globals["ARGC"] = AwkCell(.number(Double(invocation.operands.count + 1)))
    if let fs = invocation.fieldSeparator { globals["FS"] = AwkCell(.string(fs.bytes)) }
    for assignment in invocation.assignments {
      cell(assignment.name).value = .strnum(assignment.value.bytes)
    }
    recordSeparatorFS = text(global("FS"))
    randomState = 0
  }

  func run() -> AwkResult {
    do {
      do {
        for action in program.begin { try executeAction(action) }
        if !program.rules.isEmpty || !program.end.isEmpty {
          while let next = try readMainRecord() {
            setRecord(next)
            try checkSeparator(recordSeparatorFS)
            try runRules()
          }
        }
      } catch AwkSignal.exit {}
      inEnd = true
      do {
        for action in program.end { try executeAction(action) }
      } catch AwkSignal.exit {}
      try closeAllOutput()
    } catch let error as AwkRuntimeError {
      try? closeAllOutput()
      stderr += Array(
        "awk: \(error.plain ? "" : "run time error: ")\(error.message)\n".utf8)
      exitStatus = 2
    } catch {
      stderr += Array("awk: \(error)\n".utf8)
      exitStatus = 2
    }
    let read = stdinStream.position
    return AwkResult(
      stdout: stdout, stderr: stderr, status: exitStatus,
      stdinConsumed: read < stdinStream.bytes.count ? read : nil)
  }

  private func executeAction(_ action: [AwkStatement]) throws {
    do {
      _ = try execute(action)
    } catch AwkSignal.next {
      throw AwkRuntimeError("improper use of next")
    }
  }

  private func runRules() throws {
    do {
      for (index, rule) in program.rules.enumerated() where try matches(rule, index) {
        if let action = rule.action {
          _ = try execute(action)
        } else {
          try printRecord()
        }
      }
    } catch AwkSignal.next {}
  }

  private func matches(_ rule: AwkRule, _ index: Int) throws -> Bool {
    switch rule.pattern {
    case .always: return true
    case .expression(let expression): return try condition(expression)
    case .range(let start, let end):
      if !rangeActive[index] {
        guard try condition(start) else { return false }
        rangeActive[index] = !(try condition(end))
        return true
      }
      if try condition(end) { rangeActive[index] = false }
      return true
    }
  }

  func tick() throws {
    steps &+= 1
    if steps & 0x3FF == 0, environment.shouldStop() {
      throw AwkRuntimeError("stopped: time limit reached")
    }
  }

  // MARK: - Statements

  func execute(_ statements: [AwkStatement]) throws -> AwkFlow {
    for statement in statements {
      let flow = try execute(statement)
      if case .normal = flow { continue }
      return flow
    }
    return .normal
  }

  func execute(_ statement: AwkStatement) throws -> AwkFlow {
    try tick()
    switch statement {
    case .expression(let expression):
      _ = try evaluate(expression)
    case .print(let arguments, let redirection):
      try print(arguments, redirection)
    case .printf(let arguments, let redirection):
      try printf(arguments, redirection)
    case .block(let statements):
      return try execute(statements)
    case .ifElse(let test, let then, let otherwise):
      if try condition(test) { return try execute(then) }
      if let otherwise { return try execute(otherwise) }
    case .whileLoop(let test, let body):
      while try condition(test) {
        let flow = try execute(body)
        if case .breakLoop = flow { break }
        if case .returned = flow { return flow }
      }
    case .doWhile(let body, let test):
      repeat {
        let flow = try execute(body)
        if case .breakLoop = flow { break }
        if case .returned = flow { return flow }
      } while try condition(test)
    case .forLoop(let initial, let test, let step, let body):
      if let initial { _ = try execute(initial) }
      while try test.map(condition) ?? true {
        let flow = try execute(body)
        if case .breakLoop = flow { break }
        if case .returned = flow { return flow }
        if let step { _ = try execute(step) }
      }
    case .forIn(let variable, let arrayName, let body):
      let array = try self.array(arrayName)
      for key in array.keys where array[key] != nil {
        try assign(variable, .strnum(key))
        let flow = try execute(body)
        if case .breakLoop = flow { break }
        if case .returned = flow { return flow }
      }
    case .delete(let arrayName, let subscripts):
      let array = try self.array(arrayName)
      if let subscripts {
        array[try subscriptKey(subscripts)] = nil
      } else {
        array.removeAll()
      }
    case .next:
      throw AwkSignal.next
    case .exit(let expression):
      if let expression {
        let status = AwkPrintf.clampToInt64(try evaluate(expression).number)
        exitStatus = Int32(truncatingIfNeeded: status & 0xFF)
      }
      throw AwkSignal.exit
    case .returnValue(let expression):
      return .returned(try expression.map(evaluate) ?? .uninitialized)
    case .breakLoop:
      return .breakLoop
    case .continueLoop:
      return .continueLoop
    }
    return .normal
  }

  func condition(_ expression: AwkExpression) throws -> Bool {
    if case .regex(let source) = expression {
      return try regexes.regex(source.bytes).matches(record)
    }
    return try evaluate(expression).truth
  }
}
