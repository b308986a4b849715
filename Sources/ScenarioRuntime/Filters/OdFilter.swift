import SpecModel

/// `od` as GNU coreutils 9 writes a dump: each line of `width` input bytes starts with its
/// offset, then one row per format, fields right-aligned so that the formats' columns line up
/// (`od.c`'s `pad_width`); a line equal to the one before is `*` (unless `-v`); the offset of
/// the end closes the dump.
enum OdFilter {
  static func run(_ od: OdInvocation, files: [String], input: [UInt8], workingDirectory: String)
    -> FilterResult
  {
    var bytes: [UInt8] = []
    var stderr: [UInt8] = []
    var status: Int32 = 0
    // od dumps nothing at all when none of its files opens.
    var opened = files.isEmpty
    if files.isEmpty {
      bytes = input
    } else {
      var operands = FileOperands(input: input, workingDirectory: workingDirectory)
      for name in files {
        switch operands.read(name) {
        case .success(let content):
          bytes += content
          opened = true
        case .failure(let error):
          stderr += Array("od: \(Quoting.ifNeeded(name)): \(error.message)\n".utf8)
          status = 1
        }
      }
    }
    guard opened else { return FilterResult(output: [], status: status, stderr: stderr) }
    guard od.skip <= bytes.count else {
      stderr += Array("od: cannot skip past end of combined input\n".utf8)
      return FilterResult(output: [], status: 1, stderr: stderr)
    }
    var data = bytes[od.skip...]
    if let limit = od.limit, limit < data.count { data = data.prefix(limit) }
    return FilterResult(output: dump(od, data), status: status, stderr: stderr)
  }

  /// The dump of `data`, whose first byte is at offset `od.skip`.
  static func dump(_ od: OdInvocation, _ data: ArraySlice<UInt8>) -> [UInt8] {
    let layout = od.formats.map { format in
      (format: format, fields: od.width / format.size, fieldWidth: fieldWidth(format))
    }
    let blockWidth = layout.map { ($0.fieldWidth + 1) * $0.fields }.max() ?? 0
    var output = ""
    var previous: ArraySlice<UInt8>?
    var suppressing = false
    var offset = data.startIndex
    while offset < data.endIndex {
      let block = data[offset..<min(offset + od.width, data.endIndex)]
      defer { offset += od.width }
      if !od.verbose, block.count == od.width, let previous, previous.elementsEqual(block) {
        if !suppressing { output += "*\n" }
        suppressing = true
        continue
      }
      suppressing = false
      previous = block
      // A short last block is read as if zeros followed it.
      let padded = Array(block) + [UInt8](repeating: 0, count: od.width - block.count)
      for (row, item) in layout.enumerated() {
        output +=
          row == 0
          ? address(od.addressRadix, offset)
          : String(repeating: " ", count: addressWidth(od.addressRadix))
        let pad = blockWidth - item.fieldWidth * item.fields
        let blank = (od.width - block.count) / item.format.size
        var padRemaining = pad
        var field = item.fields
        var position = 0
        while field > blank {
          let nextPad = pad * (field - 1) / item.fields
          let width = padRemaining - nextPad + item.fieldWidth
          let text = value(item.format, Array(padded[position..<position + item.format.size]))
          output += String(repeating: " ", count: max(0, width - text.count)) + text
          padRemaining = nextPad
          position += item.format.size
          field -= 1
        }
        output += "\n"
      }
    }
    if od.addressRadix != .none { output += address(od.addressRadix, data.endIndex) + "\n" }
    return Array(output.utf8)
  }

  private static func addressWidth(_ radix: OdInvocation.AddressRadix) -> Int {
    switch radix {
    case .octal, .decimal: 7
    case .hex: 6
    case .none: 0
    }
  }

  private static func address(_ radix: OdInvocation.AddressRadix, _ offset: Int) -> String {
    let digits: String
    switch radix {
    case .octal: digits = String(offset, radix: 8)
    case .decimal: digits = String(offset)
    case .hex: digits = String(offset, radix: 16)
    case .none: return ""
    }
    return zeroPadded(digits, addressWidth(radix))
  }

  private static func zeroPadded(_ digits: String, _ width: Int) -> String {
    String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// od's `field_width`: the widest value of the format.
  private static func fieldWidth(_ format: OdInvocation.Format) -> Int {
    let index = [1: 0, 2: 1, 4: 2, 8: 3][format.size] ?? 0
    switch format.kind {
    case .octal: return [3, 6, 11, 22][index]
    case .signed: return [4, 6, 11, 20][index]
    case .unsigned: return [3, 5, 10, 20][index]
    case .hex: return [2, 4, 8, 16][index]
    case .character, .named: return 3
    }
  }

  /// One value as od prints it, before alignment: octal and hexadecimal zero-padded to the
  /// field width, decimals not.
  private static func value(_ format: OdInvocation.Format, _ bytes: [UInt8]) -> String {
    var unsigned: UInt64 = 0
    for (index, byte) in bytes.enumerated() { unsigned |= UInt64(byte) << (8 * UInt64(index)) }
    switch format.kind {
    case .octal: return zeroPadded(String(unsigned, radix: 8), fieldWidth(format))
    case .hex: return zeroPadded(String(unsigned, radix: 16), fieldWidth(format))
    case .unsigned: return String(unsigned)
    case .signed:
      let shift = UInt64(64 - 8 * format.size)
      return String(Int64(bitPattern: unsigned << shift) >> Int64(shift))
    case .character: return character(bytes[0])
    case .named: return named(bytes[0])
    }
  }

  /// `-t c`: C escapes, printable ASCII as itself, anything else in three octal digits.
  private static func character(_ byte: UInt8) -> String {
    switch byte {
    case 0: "\\0"
    case 7: "\\a"
    case 8: "\\b"
    case 12: "\\f"
    case 10: "\\n"
    case 13: "\\r"
    case 9: "\\t"
    case 11: "\\v"
    case 0x20...0x7E: String(UnicodeScalar(byte))
    default: zeroPadded(String(byte, radix: 8), 3)
    }
  }

  private static let controlNames = [
    "nul", "soh", "stx", "etx", "eot", "enq", "ack", "bel", "bs", "ht", "nl", "vt", "ff", "cr",
    "so", "si", "dle", "dc1", "dc2", "dc3", "dc4", "nak", "syn", "etb", "can", "em", "sub", "esc",
    "fs", "gs", "rs", "us", "sp",
  ]

  /// `-t a`: the byte without its high bit, by name when it is not a visible character.
  private static func named(_ byte: UInt8) -> String {
    let masked = byte & 0x7F
    if masked == 0x7F { return "del" }
    if masked <= 0x20 { return controlNames[Int(masked)] }
    return String(UnicodeScalar(masked))
  }
}
