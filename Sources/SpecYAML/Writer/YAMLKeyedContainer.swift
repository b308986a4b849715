/// The mapping containers of `YAMLNodeEncoder`.
struct YAMLKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: YAMLNode
  let codingPath: [any CodingKey]

  private func child(_ key: Key) throws -> YAMLNode {
    guard node.kind == .mapping else { throw YAMLNodeEncoder.Unsupported() }
    let child = YAMLNode()
    node.set(key.stringValue, child)
    return child
  }

  mutating func encodeNil(forKey key: Key) throws {
    let child = try child(key)
    child.kind = .plain
    child.text = "null"
  }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try YAMLNodeEncoder.encode(value, into: child(key), codingPath: codingPath + [key])
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let child = YAMLNode()
    node.set(key.stringValue, child)
    return YAMLNodeEncoder(node: child, codingPath: codingPath + [key])
      .container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let child = YAMLNode()
    node.set(key.stringValue, child)
    return YAMLNodeEncoder(node: child, codingPath: codingPath + [key]).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    let child = YAMLNode()
    node.set("super", child)
    return YAMLNodeEncoder(node: child, codingPath: codingPath)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    let child = YAMLNode()
    node.set(key.stringValue, child)
    return YAMLNodeEncoder(node: child, codingPath: codingPath + [key])
  }
}
