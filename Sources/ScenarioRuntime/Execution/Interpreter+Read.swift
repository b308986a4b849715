import SpecModel

/// The `read` builtin.
extension Interpreter {
  /// Reads up to the delimiter (a newline by default), handles backslashes unless `-r`, splits
  /// the text on the separators and assigns the fields. Status 1 at end of input (the partial
  /// text still assigned), as bash.
  func read(_ step: ReadStep) throws(ShellSignal) -> Int32 {
    let separators =
      try step.ifs.map { template throws(ShellSignal) in try expand(template) }
      ?? state.value(of: "IFS") ?? " \t\n"
    let delimiter = step.delimiter.map { $0.utf8.first ?? 0 } ?? 0x0A
    var text: [UInt8] = []
    // Bytes that came from a backslash escape: never separators, never trimmed.
    var escaped: Set<Int> = []
    var found = false
    let input = stdin ?? StandardInput([])
    while true {
      let (chunk, foundDelimiter) = input.read(upTo: delimiter)
      found = foundDelimiter
      if step.raw {
        text += chunk
        break
      }
      var index = 0
      var continued = false
      while index < chunk.count {
        if chunk[index] == 0x5C {
          if index + 1 < chunk.count {
            escaped.insert(text.count)
            text.append(chunk[index + 1])
            index += 2
            continue
          }
          // A backslash before the delimiter: a newline delimiter continues the line.
          if foundDelimiter && delimiter == 0x0A {
            continued = true
          } else if foundDelimiter {
            escaped.insert(text.count)
            text.append(delimiter)
            continued = true
          }
          index += 1
          continue
        }
        text.append(chunk[index])
        index += 1
      }
      if !continued { break }
    }
    if let array = step.array {
      let values = Self.fields(text, escaped: escaped, separators: separators, count: .max)
      state.setElements(
        array, Dictionary(uniqueKeysWithValues: values.enumerated().map { ($0.offset, $0.element) })
      )
      return found ? 0 : 1
    }
    let names = step.names.isEmpty ? ["REPLY"] : step.names
    let values: [String]
    if step.names.isEmpty {
      values = [String(decoding: text, as: UTF8.self)]
    } else {
      values = Self.fields(text, escaped: escaped, separators: separators, count: names.count)
    }
    for (index, name) in names.enumerated() {
      setVariable(name, index < values.count ? values[index] : "")
    }
    return found ? 0 : 1
  }

  /// `mapfile`/`readarray`: every line (up to each delimiter) of standard input into an array.
  func mapfile(_ step: MapfileStep) -> Int32 {
    let delimiter = step.delimiter.map { $0.utf8.first ?? 0 } ?? 0x0A
    let input = stdin ?? StandardInput([])
    var array: [Int: String] = [:]
    while true {
      let (chunk, found) = input.read(upTo: delimiter)
      if chunk.isEmpty && !found { break }
      let element = found && !step.trim ? chunk + [delimiter] : chunk
      array[array.count] = String(decoding: element, as: UTF8.self)
      if !found { break }
    }
    state.setElements(step.name, array)
    return 0
  }

  /// bash's field splitting for `read`: leading and trailing separator whitespace trimmed,
  /// each non-whitespace separator (with whitespace around it) ends one field, and the last
  /// name gets the rest of the line (`count` `.max`: every field, for `read -a`).
  static func fields(_ text: [UInt8], escaped: Set<Int>, separators: String, count: Int)
    -> [String]
  {
    let separatorBytes = Set(separators.utf8)
    let whitespace = separatorBytes.filter { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }
    func isSeparator(_ i: Int) -> Bool { !escaped.contains(i) && separatorBytes.contains(text[i]) }
    func isWhite(_ i: Int) -> Bool { !escaped.contains(i) && whitespace.contains(text[i]) }
    var start = 0
    var end = text.count
    while start < end && isWhite(start) { start += 1 }
    while end > start && isWhite(end - 1) { end -= 1 }
    var fields: [String] = []
    var index = start
    while fields.count < count - 1 && index < end {
      var fieldEnd = index
      while fieldEnd < end && !isSeparator(fieldEnd) { fieldEnd += 1 }
      fields.append(String(decoding: text[index..<fieldEnd], as: UTF8.self))
      index = fieldEnd
      // One separator: whitespace, then at most one non-whitespace separator, then whitespace.
      while index < end && isWhite(index) { index += 1 }
      if index < end && isSeparator(index) && !isWhite(index) {
        index += 1
        while index < end && isWhite(index) { index += 1 }
      }
    }
    // `read -a` (no last name): every field.
    if count == .max { return fields }
    // The last name: when one word is left (its separator included), that word; otherwise the
    // rest of the line, inner separators kept.
    var wordEnd = index
    while wordEnd < end && !isSeparator(wordEnd) { wordEnd += 1 }
    var after = wordEnd
    while after < end && isWhite(after) { after += 1 }
    if after < end && isSeparator(after) && !isWhite(after) {
      after += 1
      while after < end && isWhite(after) { after += 1 }
    }
    let last = after >= end ? text[min(index, end)..<wordEnd] : text[index..<end]
    fields.append(String(decoding: last, as: UTF8.self))
    return fields
  }
}
