/// The sequence containers of `YAMLNodeEncoder`.
struct YAMLUnkeyedContainer: UnkeyedEncodingContainer {
  let node: YAMLNode
  let codingPath: [any CodingKey]

  var count: Int { node.items.count }

  private func next() throws -> YAMLNode {
    guard node.kind == .sequence else { throw YAMLNodeEncoder.Unsupported() }
    let item = YAMLNode()
    node.append(item)
    return item
  }

  mutating func encodeNil() throws {
    let item = try next()
    item.kind = .plain
    item.text = "null"
  }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try YAMLNodeEncoder.encode(value, into: next(), codingPath: codingPath)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let item = YAMLNode()
    node.append(item)
    return YAMLNodeEncoder(node: item, codingPath: codingPath).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let item = YAMLNode()
    node.append(item)
    return YAMLNodeEncoder(node: item, codingPath: codingPath).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    let item = YAMLNode()
    node.append(item)
    return YAMLNodeEncoder(node: item, codingPath: codingPath)
  }
}
