/// Bytes read record by record.
final class AwkInputStream {
  let bytes: [UInt8]
  var position = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// The next record by `RS`: one character, `""` (paragraphs separated by blank lines), or a
  /// regular expression (longer `RS`, as gawk and mawk do).
  func nextRecord(separator: [UInt8], regex: (([UInt8]) throws -> AwkRegex)) rethrows
    -> [UInt8]?
  {
    if separator.isEmpty { return nextParagraph() }
    guard position < bytes.count else { return nil }
    if separator.count == 1 {
      let end = bytes[position...].firstIndex(of: separator[0]) ?? bytes.count
      let record = Array(bytes[position..<end])
      position = min(end + 1, bytes.count)
      if end == bytes.count { position = bytes.count }
      return record
    }
    let matcher = try regex(separator)
    var from = position
    while let match = matcher.firstMatch(in: bytes, from: from) {
      if match.isEmpty {
        from = match.lowerBound + 1
        if from > bytes.count { break }
        continue
      }
      let record = Array(bytes[position..<match.lowerBound])
      position = match.upperBound
      return record
    }
    let record = Array(bytes[position...])
    position = bytes.count
    return record
  }

  private func nextParagraph() -> [UInt8]? {
    while position < bytes.count, bytes[position] == 0x0A { position += 1 }
    guard position < bytes.count else { return nil }
    var end = position
    while end < bytes.count {
      if bytes[end] == 0x0A, end + 1 < bytes.count, bytes[end + 1] == 0x0A { break }
      end += 1
    }
    var record = Array(bytes[position..<end])
    if record.last == 0x0A { record.removeLast() }
    position = end
    while position < bytes.count, bytes[position] == 0x0A { position += 1 }
    return record
  }
}

/// Main input (operands and standard input) and `getline`.
extension AwkInterpreter {
  func readRecord(from stream: AwkInputStream) throws -> [UInt8]? {
    try stream.nextRecord(separator: text(global("RS"))) { try regexes.regex($0) }
  }

  /// The next record of the main input, updating `NR`, `FNR` and `FILENAME`; operands are
  /// taken from `ARGV` as they are reached (`name=value` assigns).
  func readMainRecord() throws -> [UInt8]? {
    while !mainInputDone {
      try tick()
      if let stream = mainStream {
        if let record = try readRecord(from: stream) {
          increment("NR")
          increment("FNR")
          return record
        }
        mainStream = nil
        continue
      }
      let argc = Int(global("ARGC").number)
      guard nextOperand < argc else {
        if !sawFileOperand {
          sawFileOperand = true
          mainStream = stdinStream
          continue
        }
        mainInputDone = true
        return nil
      }
      let operand = text(
        try array(.global("ARGV"))[Array(String(nextOperand).utf8)] ?? .uninitialized)
      nextOperand += 1
      if operand.isEmpty { continue }
      if let assignment = AwkCommandLine.assignment(String(decoding: operand, as: UTF8.self)) {
        try assign(.variable(assignment.name), .strnum(assignment.value.bytes))
        continue
      }
      sawFileOperand = true
      cell("FILENAME").value = .string(operand)
      cell("FNR").value = .number(0)
      mainStream = try openInput(operand, forMain: true)
    }
    return nil
  }

  private func increment(_ name: String) {
    let cell = self.cell(name)
    cell.value = .number(cell.value.number + 1)
  }

  func openInput(_ name: [UInt8], forMain: Bool) throws -> AwkInputStream? {
    let path = String(decoding: name, as: UTF8.self)
    if path == "-" || path == "/dev/stdin" { return stdinStream }
    do {
      return AwkInputStream(try environment.readFile(path))
    } catch {
      guard forMain else { return nil }
      if case AwkFileError.readFailed(let reason) = error {
        throw AwkRuntimeError("read error (\(reason))", plain: true)
      }
      // mawk names the failure without "run time error".
      let reason =
        if case AwkFileError.failed(let reason) = error { reason } else {
          "No such file or directory"
        }
      throw AwkRuntimeError("cannot open \(path) (\(reason))", plain: true)
    }
  }

  /// `getline`, `getline var`, `getline < file`, `getline var < file`: 1, 0 at the end, -1
  /// when the file cannot be read.
  func getline(_ target: AwkLValue?, _ file: AwkExpression?) throws -> AwkValue {
    let record: [UInt8]
    if let file {
      let name = text(try evaluate(file))
      let key = String(decoding: name, as: UTF8.self)
      let stream: AwkInputStream
      if let open = inputFiles[key] {
        stream = open
      } else {
        guard let opened = try openInput(name, forMain: false) else { return .number(-1) }
        inputFiles[key] = opened
        stream = opened
      }
      guard let next = try readRecord(from: stream) else { return .number(0) }
      record = next
    } else {
      guard let next = try readMainRecord() else { return .number(0) }
      record = next
    }
    if let target {
      try assign(target, .strnum(record))
    } else {
      setRecord(record)
    }
    return .number(1)
  }
}
