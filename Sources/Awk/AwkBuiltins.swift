import Glibc

/// The builtin functions.
extension AwkInterpreter {
  func callBuiltin(_ builtin: AwkBuiltin, _ arguments: [AwkExpression]) throws -> AwkValue {
    func number(_ index: Int) throws -> Double { try evaluate(arguments[index]).number }
    func string(_ index: Int) throws -> [UInt8] { text(try evaluate(arguments[index])) }
    switch builtin {
    case .length:
      guard let argument = arguments.first else { return .number(Double(record.count)) }
      if let array = try arrayArgument(argument, create: false) {
        return .number(Double(array.count))
      }
      return .number(Double(try string(0).count))
    case .substr:
      let bytes = try string(0)
      return .string(substring(bytes, try number(1), arguments.count > 2 ? try number(2) : nil))
    case .index:
      let haystack = try string(0)
      let needle = try string(1)
      return .number(Double(position(of: needle, in: haystack)))
    case .split:
      return try split(arguments)
    case .sub, .gsub:
      return try substitute(arguments, global: builtin == .gsub)
    case .match:
      let subject = try string(0)
      let found = try regex(arguments[1]).firstMatch(in: subject)
      let start = found.map { Double($0.lowerBound + 1) } ?? 0
      cell("RSTART").value = .number(start)
      cell("RLENGTH").value = .number(found.map { Double($0.count) } ?? -1)
      return .number(start)
    case .sprintf:
      let values = try arguments.map { try evaluate($0) }
      return .string(try AwkPrintf.format(text(values[0]), Array(values.dropFirst())) { text($0) })
    case .sin: return .number(sin(try number(0)))
    case .cos: return .number(cos(try number(0)))
    case .atan2: return .number(atan2(try number(0), try number(1)))
    case .exp: return .number(exp(try number(0)))
    case .log: return .number(log(try number(0)))
    case .sqrt: return .number(sqrt(try number(0)))
    case .int: return .number(try number(0).rounded(.towardZero))
    case .rand: return .number(nextRandom())
    case .srand:
      let previous = seed
      seed = arguments.isEmpty ? 0 : try number(0)
      randomState = UInt64(truncatingIfNeeded: Int64(AwkPrintf.clampToInt64(seed)))
      return .number(previous)
    case .tolower, .toupper:
      let upper = builtin == .toupper
      return .string(
        try string(0).map { byte in
          if upper, byte >= 0x61, byte <= 0x7A { return byte - 32 }
          if !upper, byte >= 0x41, byte <= 0x5A { return byte + 32 }
          return byte
        })
    case .close:
      return .number(try close(String(decoding: try string(0), as: UTF8.self)))
    case .fflush:
      return .number(0)
    }
  }

  /// The array an argument names, if it is one (`length(a)`, `split(s, a)`).
  func arrayArgument(_ argument: AwkExpression, create: Bool) throws -> AwkArray? {
    let cell: AwkCell
    let name: String
    switch argument {
    case .lvalue(.variable(let global)):
      cell = self.cell(global)
      name = global
    case .lvalue(.local(let index)):
      cell = frames[frames.count - 1][index]
      name = "parameter"
    default: return nil
    }
    if let array = cell.array { return array }
    return create ? try array(of: cell, name: name) : nil
  }

  /// `substr`: positions are truncated, a start before 1 counts from 1 (as gawk does).
  func substring(_ bytes: [UInt8], _ start: Double, _ length: Double?) -> [UInt8] {
    guard !start.isNaN else { return [] }
    let first = max(1, start.rounded(.towardZero))
    var end = Double(bytes.count + 1)
    if let length {
      guard !length.isNaN else { return [] }
      end = min(end, first + length.rounded(.towardZero))
    }
    guard first < end, first <= Double(bytes.count) else { return [] }
    return Array(bytes[(Int(first) - 1)..<(Int(end) - 1)])
  }

  func position(of needle: [UInt8], in haystack: [UInt8]) -> Int {
    if needle.isEmpty { return 1 }
    guard needle.count <= haystack.count else { return 0 }
    for start in 0...(haystack.count - needle.count)
    where haystack[start..<(start + needle.count)].elementsEqual(needle) {
      return start + 1
    }
    return 0
  }

  private func split(_ arguments: [AwkExpression]) throws -> AwkValue {
    let bytes = text(try evaluate(arguments[0]))
    guard let array = try arrayArgument(arguments[1], create: true) else {
      throw AwkRuntimeError("split: second argument is not an array")
    }
    let pieces: [[UInt8]]
    if arguments.count > 2, case .regex(let source) = arguments[2] {
      pieces = try splitByRegex(bytes, source.bytes)
    } else {
      let separator = arguments.count > 2 ? text(try evaluate(arguments[2])) : text(global("FS"))
      try checkSeparator(separator)
      pieces = splitFields(bytes, separator: separator)
    }
    array.removeAll()
    for (index, piece) in pieces.enumerated() {
      array[Array(String(index + 1).utf8)] = .strnum(piece)
    }
    return .number(Double(pieces.count))
  }

  private func substitute(_ arguments: [AwkExpression], global: Bool) throws -> AwkValue {
    let regex = try self.regex(arguments[0])
    let replacement = text(try evaluate(arguments[1]))
    var target = AwkLValue.field(.number(0))
    if arguments.count > 2, case .lvalue(let lvalue) = arguments[2] {
      target = try resolved(lvalue)
    }
    let subject = text(try value(of: target))
    var output: [UInt8] = []
    var position = 0
    var count = 0
    var lastMatchEnd = -1
    while position <= subject.count, let match = regex.firstMatch(in: subject, from: position) {
      if match.isEmpty && match.lowerBound == lastMatchEnd {
        // No empty match right after a match.
        output += subject[position..<match.lowerBound]
        if match.lowerBound < subject.count { output.append(subject[match.lowerBound]) }
        position = match.lowerBound + 1
        continue
      }
      output += subject[position..<match.lowerBound]
      output += expand(replacement, matched: subject[match])
      count += 1
      lastMatchEnd = match.upperBound
      if match.isEmpty {
        if match.lowerBound < subject.count { output.append(subject[match.lowerBound]) }
        position = match.lowerBound + 1
      } else {
        position = match.upperBound
      }
      if !global { break }
    }
    guard count > 0 else { return .number(0) }
    if position < subject.count { output += subject[position...] }
    try assign(target, .string(output))
    return .number(Double(count))
  }

  /// The replacement text: `&` is the match, `\&` a literal `&`, `\\` a backslash.
  private func expand(_ replacement: [UInt8], matched: ArraySlice<UInt8>) -> [UInt8] {
    var output: [UInt8] = []
    var index = 0
    while index < replacement.count {
      let byte = replacement[index]
      index += 1
      if byte == 0x5C, index < replacement.count,
        replacement[index] == UInt8(ascii: "&") || replacement[index] == 0x5C
      {
        output.append(replacement[index])
        index += 1
      } else if byte == UInt8(ascii: "&") {
        output += matched
      } else {
        output.append(byte)
      }
    }
    return output
  }

  /// A 48-bit linear congruential generator (drand48's constants), seeded by `srand`.
  func nextRandom() -> Double {
    randomState = (randomState &* 0x5_DEEC_E66D &+ 0xB) & 0xFFFF_FFFF_FFFF
    return Double(randomState) / Double(1 << 48)
  }
}
