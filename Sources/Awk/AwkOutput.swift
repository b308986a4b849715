/// A file `print > file` writes: kept in memory until closed or the program ends.
final class AwkOutputFile {
  let append: Bool
  var bytes: [UInt8] = []
  init(append: Bool) { self.append = append }
}

/// `print`, `printf` and their redirections.
extension AwkInterpreter {
  func print(_ arguments: [AwkExpression], _ redirection: AwkRedirection?) throws {
    var line: [UInt8] = []
    if arguments.isEmpty {
      line = record
    } else {
      let separator = text(global("OFS"))
      for (index, argument) in arguments.enumerated() {
        if index > 0 { line += separator }
        line += outputText(try evaluate(argument))
      }
    }
    line += text(global("ORS"))
    try write(line, redirection)
  }

  func printRecord() throws {
    try write(record + text(global("ORS")), nil)
  }

  func printf(_ arguments: [AwkExpression], _ redirection: AwkRedirection?) throws {
    let values = try arguments.map { try evaluate($0) }
    let output = try AwkPrintf.format(text(values[0]), Array(values.dropFirst())) { text($0) }
    try write(output, redirection)
  }

  private func write(_ bytes: [UInt8], _ redirection: AwkRedirection?) throws {
    guard let redirection else {
      stdout += bytes
      return
    }
    let name = String(decoding: text(try evaluate(redirection.target)), as: UTF8.self)
    switch name {
    case "/dev/stdout", "-": stdout += bytes
    case "/dev/stderr": stderr += bytes
    default:
      if let file = outputFiles[name] {
        file.bytes += bytes
      } else {
        let file = AwkOutputFile(append: redirection.append)
        file.bytes = bytes
        outputFiles[name] = file
        outputFileOrder.append(name)
      }
    }
  }

  /// `close(name)`: an output file is written out, an input file forgotten. 0, or -1 when
  /// nothing of that name is open.
  func close(_ name: String) throws -> Double {
    var closed = false
    if let file = outputFiles.removeValue(forKey: name) {
      outputFileOrder.removeAll { $0 == name }
      try flush(name, file)
      closed = true
    }
    if inputFiles.removeValue(forKey: name) != nil { closed = true }
    return closed ? 0 : -1
  }

  private func flush(_ name: String, _ file: AwkOutputFile) throws {
    do {
      try environment.writeFile(name, file.bytes, file.append)
    } catch {
      throw AwkRuntimeError("cannot open \"\(name)\" for output")
    }
  }

  func closeAllOutput() throws {
    let names = outputFileOrder
    outputFileOrder = []
    for name in names {
      if let file = outputFiles.removeValue(forKey: name) { try flush(name, file) }
    }
  }
}
