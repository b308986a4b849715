import Foundation
import SpecModel

@testable import SpecYAML

/// The schemas as JSON values, for checks of the IR against them that need no validator: which
/// keys the schemas declare, and which strings a key's declarations allow.
struct SchemaTree {
  /// Each schema file, by name, as `JSONSerialization` reads it.
  let files: [String: Any]

  init() throws {
    files = try Dictionary(
      uniqueKeysWithValues: SpecSchema.all.map {
        ($0.name, try JSONSerialization.jsonObject(with: Data($0.contents.utf8)))
      })
  }

  /// The value a JSON pointer (`/$defs/sink/properties/output`, or empty) names in `root`.
  static func resolve(pointer: String, in root: Any) -> Any? {
    if pointer.isEmpty { return root }
    guard pointer.hasPrefix("/") else { return nil }
    var node: Any? = root
    for token in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
      let key = token.replacingOccurrences(of: "~1", with: "/")
        .replacingOccurrences(of: "~0", with: "~")
      if let object = node as? [String: Any] {
        node = object[key]
      } else if let array = node as? [Any], let index = Int(key), array.indices.contains(index) {
        node = array[index]
      } else {
        return nil
      }
    }
    return node
  }

  /// A schema together with the file its local `$ref`s resolve in.
  struct Located {
    var file: String
    var schema: Any
  }

  /// What `"$ref"` in `located` names, or nil when it has none (or it points at nothing).
  func target(of located: Located) -> Located? {
    guard let object = located.schema as? [String: Any], let ref = object["$ref"] as? String,
      let hash = ref.firstIndex(of: "#")
    else { return nil }
    let file = ref[..<hash].isEmpty ? located.file : String(ref[..<hash])
    guard let root = files[file],
      let schema = Self.resolve(pointer: String(ref[ref.index(after: hash)...]), in: root)
    else { return nil }
    return Located(file: file, schema: schema)
  }

  /// Every key some `properties` (or a `propertyNames` enum) of the schemas declares, with the
  /// schemas declared for it (none for `propertyNames`).
  var declaredKeys: [String: [Located]] {
    var keys: [String: [Located]] = [:]
    func walk(_ node: Any, _ file: String) {
      if let object = node as? [String: Any] {
        for (key, value) in object["properties"] as? [String: Any] ?? [:] {
          keys[key, default: []].append(Located(file: file, schema: value))
        }
        let names = (object["propertyNames"] as? [String: Any])?["enum"] as? [String] ?? []
        for name in names where keys[name] == nil { keys[name] = [] }
        for value in object.values { walk(value, file) }
      } else if let array = node as? [Any] {
        for value in array { walk(value, file) }
      }
    }
    for (name, root) in files { walk(root, name) }
    return keys
  }

  /// The strings `located` accepts when they are a closed set (an `enum`, a `const`, or
  /// alternatives of those and non-string types); nil when it accepts other strings too.
  func closedStrings(_ located: Located, depth: Int = 0) -> Set<String>? {
    guard depth < 32, let object = located.schema as? [String: Any] else { return nil }
    if let values = object["enum"] as? [Any] { return Set(values.compactMap { $0 as? String }) }
    if object["const"] != nil { return Set([object["const"] as? String].compactMap { $0 }) }
    if let target = target(of: located) { return closedStrings(target, depth: depth + 1) }
    if let alternatives = (object["oneOf"] ?? object["anyOf"]) as? [Any] {
      var union: Set<String> = []
      for alternative in alternatives {
        let one = Located(file: located.file, schema: alternative)
        guard let strings = closedStrings(one, depth: depth + 1) else { return nil }
        union.formUnion(strings)
      }
      return union
    }
    if let type = object["type"] as? String, type != "string", object["pattern"] == nil {
      return []
    }
    return nil
  }
}
