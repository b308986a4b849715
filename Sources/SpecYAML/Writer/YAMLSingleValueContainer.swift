/// The single-value container of `YAMLNodeEncoder`.
struct YAMLSingleValueContainer: SingleValueEncodingContainer {
  let node: YAMLNode
  let codingPath: [any CodingKey]

  mutating func encodeNil() throws {
    guard node.kind == .unset else { throw YAMLNodeEncoder.Unsupported() }
    node.kind = .plain
    node.text = "null"
  }

  mutating func encode<T: Encodable>(_ value: T) throws {
    guard node.kind == .unset else { throw YAMLNodeEncoder.Unsupported() }
    try YAMLNodeEncoder.encode(value, into: node, codingPath: codingPath)
  }
}
