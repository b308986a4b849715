import Foundation
import Yams

/// An `Encoder` that builds a `YAMLNode` tree the way Yams' `YAMLEncoder` builds its `Node`
/// tree: the same mappings, sequences and scalar values, without resolving tags with regular
/// expressions or going through libyaml's events.
///
/// Values Yams boxes in a way this encoder does not reproduce (dates, URLs, data, `Float`, …)
/// throw `YAMLNodeEncoder.Unsupported`, so the caller can use Yams instead.
final class YAMLNodeEncoder: Encoder {
  struct Unsupported: Error {}

  let node: YAMLNode
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  init(node: YAMLNode, codingPath: [any CodingKey]) {
    self.node = node
    self.codingPath = codingPath
  }

  static func tree<T: Encodable>(_ value: T) throws -> YAMLNode {
    let root = YAMLNode()
    try encode(value, into: root, codingPath: [])
    return root
  }

  /// `value` into `node`, as `Yams._Encoder.encode(_:)` does it.
  static func encode<T: Encodable>(_ value: T, into node: YAMLNode, codingPath: [any CodingKey])
    throws
  {
    switch value {
    case let string as String:
      node.kind = .string
      node.text = string
    case let bool as Bool:
      node.kind = .plain
      node.text = bool ? "true" : "false"
    case let int as Int:
      node.kind = .plain
      node.text = String(int)
    case let double as Double:
      guard let text = double.box().scalar?.string else { throw Unsupported() }
      node.kind = .plain
      node.text = text
    case _ where boxedByYams.contains(ObjectIdentifier(T.self)):
      throw Unsupported()
    default:
      try value.encode(to: YAMLNodeEncoder(node: node, codingPath: codingPath))
    }
  }

  /// The types Yams boxes as `YAMLEncodable` scalars (Yams' `Representer.swift`), apart from
  /// those handled above. Told by identity: a cast to `any YAMLEncodable` looks the
  /// conformance up in the runtime, which scans every conformance record of the process the
  /// first time for each type (a large part of a compile's CPU time). An optional reaches
  /// here unwrapped (`Optional.encode(to:)` encodes its value through a single-value
  /// container), as the cast unwrapped it.
  private static let boxedByYams: Set<ObjectIdentifier> = [
    ObjectIdentifier(Data.self), ObjectIdentifier(Decimal.self), ObjectIdentifier(Int8.self),
    ObjectIdentifier(Int16.self), ObjectIdentifier(Int32.self), ObjectIdentifier(Int64.self),
    ObjectIdentifier(UInt.self), ObjectIdentifier(UInt8.self), ObjectIdentifier(UInt16.self),
    ObjectIdentifier(UInt32.self), ObjectIdentifier(UInt64.self), ObjectIdentifier(URL.self),
    ObjectIdentifier(UUID.self), ObjectIdentifier(Date.self), ObjectIdentifier(Float.self),
  ]

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if node.kind == .unset { node.kind = .mapping }
    return KeyedEncodingContainer(YAMLKeyedContainer<Key>(node: node, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if node.kind == .unset { node.kind = .sequence }
    return YAMLUnkeyedContainer(node: node, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    YAMLSingleValueContainer(node: node, codingPath: codingPath)
  }
}
