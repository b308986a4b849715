/// `base64 [-w COLS]` (lines of `wrap` characters, 76 by default, the last one ended by a
/// newline; with `-w 0` one line and no newline) and `base64 -d` (newlines
/// ignored; anything else outside the alphabet, or a truncated group, is `invalid input` after
/// the bytes decoded so far, as GNU coreutils does).
enum Base64Filter {
  static func run(decode: Bool, wrap: Int = 76, input: [UInt8]) -> FilterResult {
    decode ? self.decode(input) : FilterResult(output: encode(input, wrap: wrap))
  }

  private static let alphabet = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  /// GNU's `wrap_write`: a newline before a character that would pass column `wrap`, and one
  /// after the last line when it is not empty; none at all when `wrap` is 0.
  static func encode(_ input: [UInt8], wrap: Int = 76) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(input.count / 3 * 4 + input.count / 57 + 8)
    var column = 0
    func emit(_ byte: UInt8) {
      if wrap > 0 && column == wrap {
        output.append(UInt8(ascii: "\n"))
        column = 0
      }
      output.append(byte)
      column += 1
    }
    var index = 0
    while index < input.count {
      let remaining = input.count - index
      let b0 = input[index]
      let b1 = remaining > 1 ? input[index + 1] : 0
      let b2 = remaining > 2 ? input[index + 2] : 0
      emit(alphabet[Int(b0 >> 2)])
      emit(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
      emit(remaining > 1 ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
      emit(remaining > 2 ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
      index += 3
    }
    if wrap > 0 && !output.isEmpty { output.append(UInt8(ascii: "\n")) }
    return output
  }

  private static let values: [Int8] = {
    var table = [Int8](repeating: -1, count: 256)
    for (index, byte) in alphabet.enumerated() { table[Int(byte)] = Int8(index) }
    return table
  }()

  /// gnulib's `base64_decode_ctx`: groups of four characters (newlines skipped), each decoded
  /// as far as it is valid.
  static func decode(_ input: [UInt8]) -> FilterResult {
    let characters = input.filter { $0 != UInt8(ascii: "\n") }
    var output: [UInt8] = []
    output.reserveCapacity(characters.count / 4 * 3)
    var index = 0
    while index < characters.count {
      let group = characters[index..<min(index + 4, characters.count)]
      index += 4
      if !decodeGroup(Array(group), into: &output) {
        return FilterResult(
          output: output, status: 1, stderr: Array("base64: invalid input\n".utf8))
      }
    }
    return FilterResult(output: output)
  }

  /// gnulib's `decode_4`: appends what `group` decodes to, false when it is not a complete
  /// valid group.
  private static func decodeGroup(_ group: [UInt8], into output: inout [UInt8]) -> Bool {
    func value(_ position: Int) -> UInt8? {
      let v = values[Int(group[position])]
      return v < 0 ? nil : UInt8(v)
    }
    guard group.count >= 2, let v0 = value(0), let v1 = value(1) else { return false }
    output.append(v0 << 2 | v1 >> 4)
    guard group.count >= 3 else { return false }
    if group[2] == UInt8(ascii: "=") {
      return group.count == 4 && group[3] == UInt8(ascii: "=")
    }
    guard let v2 = value(2) else { return false }
    output.append((v1 & 0x0F) << 4 | v2 >> 2)
    guard group.count == 4 else { return false }
    if group[3] == UInt8(ascii: "=") { return true }
    guard let v3 = value(3) else { return false }
    output.append((v2 & 0x03) << 6 | v3)
    return true
  }
}
