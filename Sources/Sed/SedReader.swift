/// One piece of a script: an `-e` expression (or the script operand) or a `-f` file's text.
public struct SedScriptPiece: Equatable, Sendable {
  public var origin: SedLocation.Origin
  public var text: [UInt8]

  public init(origin: SedLocation.Origin, text: [UInt8]) {
    self.origin = origin
    self.text = text
  }
}

/// Reads the pieces of a script byte by byte, as GNU sed's `inchar`/`savchar`: each piece ends
/// (nil) on its own; the parser moves to the next one where a command may start, and the text
/// of `a\` may continue into it.
struct SedReader {
  let pieces: [SedScriptPiece]
  private(set) var piece = 0
  private(set) var offset = 0
  private(set) var line = 1

  init(_ pieces: [SedScriptPiece]) { self.pieces = pieces }

  var isFinished: Bool { piece >= pieces.count }

  mutating func next() -> UInt8? {
    guard piece < pieces.count, offset < pieces[piece].text.count else { return nil }
    let byte = pieces[piece].text[offset]
    offset += 1
    if byte == 0x0A { line += 1 }
    return byte
  }

  /// Puts back the byte `next()` returned last.
  mutating func back() {
    offset -= 1
    if pieces[piece].text[offset] == 0x0A { line -= 1 }
  }

  func peek() -> UInt8? {
    guard piece < pieces.count, offset < pieces[piece].text.count else { return nil }
    return pieces[piece].text[offset]
  }

  /// Moves to the next piece; false when there is none.
  mutating func advancePiece() -> Bool {
    piece += 1
    offset = 0
    line = 1
    return piece < pieces.count
  }

  /// The next byte that is not a space or tab (GNU `in_nonblank`).
  mutating func nextNonblank() -> UInt8? {
    while let byte = next() {
      if byte != 0x20 && byte != 0x09 { return byte }
    }
    return nil
  }

  mutating func skipBlanks() {
    while let byte = peek(), byte == 0x20 || byte == 0x09 { _ = next() }
  }

  /// A decimal number starting with `first` (already read).
  mutating func integer(startingWith first: UInt8) -> Int {
    var value = Int(first - 0x30)
    while let byte = next() {
      guard byte >= 0x30 && byte <= 0x39 else {
        back()
        break
      }
      value = min(value * 10 + Int(byte - 0x30), Int(Int32.max))
    }
    return value
  }

  var location: SedLocation {
    let origin = piece < pieces.count ? pieces[piece].origin : pieces.last?.origin ?? .expression(1)
    return SedLocation(origin: origin, character: offset, line: line)
  }

  func error(_ message: String) -> SedError {
    SedError(.script, message, at: location)
  }
}

extension UInt8 {
  var isSedSpace: Bool {
    self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0B || self == 0x0C || self == 0x0D
  }
  var isDigit: Bool { self >= 0x30 && self <= 0x39 }
}
