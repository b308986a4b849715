import Glibc

/// Expressions, variables and arrays.
extension AwkInterpreter {
  // MARK: - Conversions

  /// A value as a string (numbers through `CONVFMT`).
  func text(_ value: AwkValue) -> [UInt8] {
    switch value {
    case .uninitialized: return []
    case .string(let bytes), .strnum(let bytes): return bytes
    case .number(let number): return AwkNumber.text(number, format: text(global("CONVFMT")))
    }
  }

  /// A value as `print` writes it (numbers through `OFMT`).
  func outputText(_ value: AwkValue) -> [UInt8] {
    if case .number(let number) = value {
      return AwkNumber.text(number, format: text(global("OFMT")))
    }
    return text(value)
  }

  func compare(_ left: AwkValue, _ right: AwkValue) -> Int {
    if left.isNumeric && right.isNumeric {
      let (a, b) = (left.number, right.number)
      return a < b ? -1 : a > b ? 1 : a == b ? 0 : 1
    }
    let (a, b) = (text(left), text(right))
    return a.lexicographicallyPrecedes(b) ? -1 : a == b ? 0 : 1
  }

  // MARK: - Variables

  func global(_ name: String) -> AwkValue {
    if name == "NF" { return .number(Double(fieldCount())) }
    return globals[name]?.value ?? .uninitialized
  }

  func cell(_ name: String) -> AwkCell {
    if let cell = globals[name] { return cell }
    let cell = AwkCell()
    globals[name] = cell
    return cell
  }

  func array(_ name: AwkArrayName) throws -> AwkArray {
    switch name {
    case .global(let global): return try array(of: cell(global), name: global)
    case .local(let index): return try array(of: frames[frames.count - 1][index], name: "parameter")
    }
  }

  /// The array a variable holds, made on first use (with the caller's variable it was passed
  /// for, when unset).
  func array(of cell: AwkCell, name: String) throws -> AwkArray {
    if let array = cell.array { return array }
    guard cell.value == .uninitialized else {
      throw AwkRuntimeError("can't use scalar \(name) as array")
    }
    if let owner = cell.pendingOwner, owner.array == nil, owner.value == .uninitialized {
      let array = try self.array(of: owner, name: name)
      cell.array = array
      return array
    }
    let array = AwkArray()
    cell.array = array
    return array
  }

  func scalar(_ cell: AwkCell, _ name: String) throws -> AwkValue {
    guard cell.array == nil else {
      throw AwkRuntimeError("can't use array \(name) in scalar context")
    }
    return cell.value
  }

  func subscriptKey(_ subscripts: [AwkExpression]) throws -> [UInt8] {
    if subscripts.count == 1 { return text(try evaluate(subscripts[0])) }
    let separator = text(global("SUBSEP"))
    var key: [UInt8] = []
    for (index, expression) in subscripts.enumerated() {
      if index > 0 { key += separator }
      key += text(try evaluate(expression))
    }
    return key
  }

  func value(of lvalue: AwkLValue) throws -> AwkValue {
    switch lvalue {
    case .variable(let name):
      if name == "NF" { return .number(Double(fieldCount())) }
      guard let cell = globals[name] else { return .uninitialized }
      return try scalar(cell, name)
    case .local(let index):
      return try scalar(frames[frames.count - 1][index], "parameter")
    case .field(let index):
      return field(try fieldIndex(index))
    case .element(let name, let subscripts):
      let array = try self.array(name)
      let key = try subscriptKey(subscripts)
      if let value = array[key] { return value }
      array[key] = .uninitialized
      return .uninitialized
    }
  }

  func fieldIndex(_ expression: AwkExpression) throws -> Int {
    let number = try evaluate(expression).number
    guard number >= 0, number < 1e7 else {
      throw AwkRuntimeError(
        "negative field index $\(AwkNumber.integerText(number.rounded(.towardZero)) ?? "\(number)")"
      )
    }
    return Int(number)
  }

  func assign(_ lvalue: AwkLValue, _ value: AwkValue) throws {
    switch lvalue {
    case .variable(let name):
      if name == "NF" {
        try setFieldCount(value.number)
        return
      }
      let cell = self.cell(name)
      guard cell.array == nil else { throw AwkRuntimeError("can't assign to array \(name)") }
      cell.value = value
    case .local(let index):
      let cell = frames[frames.count - 1][index]
      guard cell.array == nil else { throw AwkRuntimeError("can't assign to array parameter") }
      cell.value = value
    case .field(let index):
      try setField(try fieldIndex(index), value)
    case .element(let name, let subscripts):
      let array = try self.array(name)
      array[try subscriptKey(subscripts)] = value
    }
  }

  /// Evaluates the subscript or field index once for `x op= e` and `x++`.
  func resolved(_ lvalue: AwkLValue) throws -> AwkLValue {
    switch lvalue {
    case .field(let index): return .field(.number(Double(try fieldIndex(index))))
    case .element(let name, let subscripts):
      return .element(name, [.string(AwkBytes(try subscriptKey(subscripts)))])
    default: return lvalue
    }
  }

  // MARK: - Expressions

  func evaluate(_ expression: AwkExpression) throws -> AwkValue {
    switch expression {
    case .number(let value): return .number(value)
    case .string(let bytes): return .string(bytes.bytes)
    case .regex(let source):
      return .number(try regexes.regex(source.bytes).matches(record) ? 1 : 0)
    case .lvalue(let lvalue): return try value(of: lvalue)
    case .assign(let target, let op, let expression):
      let value: AwkValue
      if let op {
        let target = try resolved(target)
        let right = try evaluate(expression)
        value = .number(try arithmetic(op, try self.value(of: target).number, right.number))
        try assign(target, value)
      } else {
        value = try evaluate(expression)
        try assign(target, value)
      }
      return value
    case .conditional(let test, let then, let otherwise):
      return try evaluate(try condition(test) ? then : otherwise)
    case .or(let left, let right):
      return .number(try condition(left) || condition(right) ? 1 : 0)
    case .and(let left, let right):
      return .number(try condition(left) && condition(right) ? 1 : 0)
    case .member(let subscripts, let name):
      let key = try subscriptKey(subscripts)
      return .number(try array(name)[key] != nil ? 1 : 0)
    case .match(let subject, let pattern, let negated):
      let text = self.text(try evaluate(subject))
      let matched = try regex(pattern).matches(text)
      return .number(matched != negated ? 1 : 0)
    case .binary(let op, let left, let right):
      return try binary(op, left, right)
    case .unary(let op, let operand):
      let value = try evaluate(operand)
      switch op {
      case .minus: return .number(-value.number)
      case .plus: return .number(value.number)
      case .not: return .number(value.truth ? 0 : 1)
      }
    case .increment(let target, let delta, let prefix):
      let target = try resolved(target)
      let old = try value(of: target).number
      try assign(target, .number(old + delta))
      return .number(prefix ? old + delta : old)
    case .call(let name, let arguments):
      return try call(name, arguments)
    case .builtin(let builtin, let arguments):
      return try callBuiltin(builtin, arguments)
    case .getline(let target, let file):
      return try getline(target, file)
    case .grouping:
      throw AwkRuntimeError("syntax error: a parenthesized list outside print or in")
    }
  }

  /// The regex an operand of `~` stands for: a regex literal, or its value as a string.
  func regex(_ expression: AwkExpression) throws -> AwkRegex {
    if case .regex(let source) = expression { return try regexes.regex(source.bytes) }
    return try regexes.regex(text(try evaluate(expression)))
  }

  private func binary(_ op: AwkBinaryOperator, _ left: AwkExpression, _ right: AwkExpression)
    throws -> AwkValue
  {
    switch op {
    case .concatenate:
      let head = text(try evaluate(left))
      return .string(head + text(try evaluate(right)))
    case .less, .lessEqual, .equal, .notEqual, .greater, .greaterEqual:
      let order = compare(try evaluate(left), try evaluate(right))
      let result: Bool
      switch op {
      case .less: result = order < 0
      case .lessEqual: result = order <= 0
      case .equal: result = order == 0
      case .notEqual: result = order != 0
      case .greater: result = order > 0
      default: result = order >= 0
      }
      return .number(result ? 1 : 0)
    default:
      let a = try evaluate(left).number
      return .number(try arithmetic(op, a, try evaluate(right).number))
    }
  }

  func arithmetic(_ op: AwkBinaryOperator, _ a: Double, _ b: Double) throws -> Double {
    switch op {
    case .add: return a + b
    case .subtract: return a - b
    case .multiply: return a * b
    case .divide:
      guard b != 0 else { throw AwkRuntimeError("division by zero") }
      return a / b
    case .modulo:
      guard b != 0 else { throw AwkRuntimeError("division by zero in %") }
      return fmod(a, b)
    case .power: return pow(a, b)
    default: return 0
    }
  }

  // MARK: - Functions

  private func call(_ name: String, _ arguments: [AwkExpression]) throws -> AwkValue {
    guard let function = program.functions[name] else {
      throw AwkRuntimeError("function \(name) never defined")
    }
    guard arguments.count <= function.parameters.count else {
      throw AwkRuntimeError("too many arguments in call to \(name)")
    }
    guard frames.count < Self.maxCallDepth else {
      throw AwkRuntimeError("function call nesting too deep (\(Self.maxCallDepth))")
    }
    var frame: [AwkCell] = []
    for argument in arguments {
      frame.append(try argumentCell(argument))
    }
    while frame.count < function.parameters.count { frame.append(AwkCell()) }
    frames.append(frame)
    defer { frames.removeLast() }
    if case .returned(let value) = try execute(function.body) { return value }
    return .uninitialized
  }

  /// Arrays are passed by reference, scalars by value; an unset variable may become either.
  private func argumentCell(_ argument: AwkExpression) throws -> AwkCell {
    let source: AwkCell?
    switch argument {
    case .lvalue(.variable(let name)) where name != "NF": source = cell(name)
    case .lvalue(.local(let index)): source = frames[frames.count - 1][index]
    default: source = nil
    }
    guard let source else { return AwkCell(try evaluate(argument)) }
    if let array = source.array { return AwkCell(array: array) }
    let cell = AwkCell(source.value)
    if source.value == .uninitialized { cell.pendingOwner = source }
    return cell
  }
}
