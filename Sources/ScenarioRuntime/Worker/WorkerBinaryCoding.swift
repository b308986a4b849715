/// The values of worker frames (`WorkerFraming`) in binary: integers little-endian, byte
/// strings and strings as a length and their bytes, an optional as a presence byte and its
/// value. No escaping and no text conversion: output bytes travel as they are.
struct WorkerBinaryWriter {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 64) {
    bytes.reserveCapacity(capacity)
  }

  mutating func byte(_ value: UInt8) {
    bytes.append(value)
  }

  mutating func bool(_ value: Bool) {
    bytes.append(value ? 1 : 0)
  }

  mutating func uint64(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func int64(_ value: Int64) {
    uint64(UInt64(bitPattern: value))
  }

  mutating func double(_ value: Double) {
    uint64(value.bitPattern)
  }

  mutating func data(_ value: some Collection<UInt8>) {
    uint64(UInt64(value.count))
    bytes.append(contentsOf: value)
  }

  mutating func string(_ value: String) {
    data(value.utf8)
  }

  mutating func strings(_ values: [String]) {
    uint64(UInt64(values.count))
    for value in values { string(value) }
  }

  mutating func optional<Value>(_ value: Value?, _ write: (inout Self, Value) -> Void) {
    guard let value else { return bool(false) }
    bool(true)
    write(&self, value)
  }
}

/// Reads what `WorkerBinaryWriter` wrote; throws `WorkerFramingError.malformed` on bytes that
/// end early or say more than they hold.
struct WorkerBinaryReader {
  private let bytes: ArraySlice<UInt8>
  private var index: Int

  init(_ bytes: ArraySlice<UInt8>) {
    self.bytes = bytes
    index = bytes.startIndex
  }

  var isAtEnd: Bool { index == bytes.endIndex }

  mutating func byte() throws -> UInt8 {
    guard index < bytes.endIndex else { throw WorkerFramingError.malformed }
    defer { index += 1 }
    return bytes[index]
  }

  mutating func bool() throws -> Bool {
    switch try byte() {
    case 0: return false
    case 1: return true
    default: throw WorkerFramingError.malformed
    }
  }

  mutating func uint64() throws -> UInt64 {
    guard bytes.endIndex - index >= 8 else { throw WorkerFramingError.malformed }
    var value: UInt64 = 0
    for offset in 0..<8 { value |= UInt64(bytes[index + offset]) << (8 * UInt64(offset)) }
    index += 8
    return value
  }

  mutating func int64() throws -> Int64 {
    Int64(bitPattern: try uint64())
  }

  mutating func double() throws -> Double {
    Double(bitPattern: try uint64())
  }

  /// A length-prefixed byte string, as a slice of the frame (no copy).
  mutating func data() throws -> ArraySlice<UInt8> {
    let count = try uint64()
    guard count <= UInt64(bytes.endIndex - index) else { throw WorkerFramingError.malformed }
    let end = index + Int(count)
    defer { index = end }
    return bytes[index..<end]
  }

  mutating func string() throws -> String {
    String(decoding: try data(), as: UTF8.self)
  }

  mutating func strings() throws -> [String] {
    let count = try uint64()
    // Each string takes at least its 8-byte length.
    guard count <= UInt64(bytes.endIndex - index) / 8 else { throw WorkerFramingError.malformed }
    return try (0..<Int(count)).map { _ in try string() }
  }

  mutating func optional<Value>(_ read: (inout Self) throws -> Value) throws -> Value? {
    try bool() ? try read(&self) : nil
  }
}

enum WorkerFramingError: Error, Equatable {
  /// Bytes that are not a frame of the expected kind.
  case malformed
}
