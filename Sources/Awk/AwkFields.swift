/// The record and its fields: lazy splitting by `FS`, `$n` and `NF` assignment rebuilding `$0`
/// with `OFS`.
extension AwkInterpreter {
  /// A new `$0`: from input (split later with the `FS` of now) or assigned.
  func setRecord(_ bytes: [UInt8]) {
    record = bytes
    fieldsSplit = false
    recordSeparatorFS = text(global("FS"))
  }

  /// A separator that is a regular expression must compile (splitting itself does not throw).
  func checkSeparator(_ separator: [UInt8]) throws {
    if separator.count > 1 || separator == [0x5C] { _ = try regexes.regex(separator) }
  }

  func splitIfNeeded() {
    guard !fieldsSplit else { return }
    fieldsSplit = true
    let paragraphMode = text(global("RS")).isEmpty
    fields = splitFields(record, separator: recordSeparatorFS, paragraphMode: paragraphMode)
      .map { .strnum($0) }
    globals["NF"]?.value = .number(Double(fields.count))
  }

  func fieldCount() -> Int {
    splitIfNeeded()
    return fields.count
  }

  func field(_ index: Int) -> AwkValue {
    if index == 0 { return .strnum(record) }
    splitIfNeeded()
    return index <= fields.count ? fields[index - 1] : .uninitialized
  }

  func setField(_ index: Int, _ value: AwkValue) throws {
    if index == 0 {
      setRecord(text(value))
      return
    }
    splitIfNeeded()
    while fields.count < index { fields.append(.uninitialized) }
    fields[index - 1] = value
    rebuildRecord()
  }

  func setFieldCount(_ number: Double) throws {
    guard number >= 0, number < 1e7 else { throw AwkRuntimeError("NF set to \(number)") }
    splitIfNeeded()
    let count = Int(number)
    if count < fields.count {
      fields.removeLast(fields.count - count)
    } else {
      while fields.count < count { fields.append(.uninitialized) }
    }
    rebuildRecord()
  }

  private func rebuildRecord() {
    let separator = text(global("OFS"))
    var bytes: [UInt8] = []
    for (index, value) in fields.enumerated() {
      if index > 0 { bytes += separator }
      bytes += text(value)
    }
    record = bytes
  }

  /// Splits `text` as awk splits records and `split()` strings: `" "` on runs of blanks and
  /// newlines (ignoring them at the ends), another single character literally, anything else
  /// as a regular expression. In paragraph mode a newline always separates.
  func splitFields(_ text: [UInt8], separator: [UInt8], paragraphMode: Bool = false)
    -> [[UInt8]]
  {
    if text.isEmpty { return [] }
    if separator == [0x20] {
      return text.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A })
        .map(Array.init)
    }
    if paragraphMode {
      return text.split(separator: 0x0A, omittingEmptySubsequences: false).flatMap {
        splitFields(Array($0), separator: separator)
      }
    }
    if separator.count == 1, separator[0] != 0x5C {
      return text.split(separator: separator[0], omittingEmptySubsequences: false)
        .map(Array.init)
    }
    return (try? splitByRegex(text, separator)) ?? [text]
  }

  /// Splits by a regular expression (a regex literal in `split` even when one character long);
  /// an empty match separates nothing.
  func splitByRegex(_ bytes: [UInt8], _ source: [UInt8]) throws -> [[UInt8]] {
    if bytes.isEmpty { return [] }
    let regex = try regexes.regex(source)
    var pieces: [[UInt8]] = []
    var start = 0
    var from = 0
    while from <= bytes.count, let match = regex.firstMatch(in: bytes, from: from) {
      if match.isEmpty {
        from = match.lowerBound + 1
        continue
      }
      pieces.append(Array(bytes[start..<match.lowerBound]))
      start = match.upperBound
      from = start
    }
    pieces.append(Array(bytes[start...]))
    return pieces
  }
}
