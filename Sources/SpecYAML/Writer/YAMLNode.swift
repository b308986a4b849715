/// One node of a YAML document as `YAMLNodeEncoder` builds it from `Encodable` values: a
/// scalar, a mapping (keys in the order they were first encoded) or a sequence.
final class YAMLNode {
  enum Kind {
    /// Nothing encoded yet.
    case unset
    /// A `String` value: quoted, plain or literal as Yams would write it.
    case string
    /// A number, boolean or null, written as it is.
    case plain
    case mapping
    case sequence
  }

  var kind = Kind.unset
  var text = ""
  private(set) var keys: [String] = []
  private(set) var values: [YAMLNode] = []

  var items: [YAMLNode] { values }

  /// The value of `key`, replacing an earlier one in its place, as Yams does.
  func set(_ key: String, _ value: YAMLNode) {
    if let index = keys.firstIndex(of: key) {
      values[index] = value
    } else {
      keys.append(key)
      values.append(value)
    }
  }

  func append(_ item: YAMLNode) {
    values.append(item)
  }
}
