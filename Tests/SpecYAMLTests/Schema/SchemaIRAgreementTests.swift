import Foundation
import SpecModel
import Testing
import Yams

@testable import SpecYAML

/// The schemas against what the IR's encoder writes, without a JSON Schema validator: every key
/// of the YAML of `SchemaSample` (every step, source, filter, sink, body, condition and loop item,
/// each option set) is declared by the schemas, and every string written under a key whose
/// declarations are a closed set (`enum`, `const`) is one of them.
@Suite struct SchemaIRAgreementTests {
  /// (key, value) of every mapping entry of the sample's YAML files.
  static func entries() throws -> [(key: String, value: Any)] {
    var entries: [(key: String, value: Any)] = []
    func walk(_ node: Any) {
      if let mapping = node as? [AnyHashable: Any] {
        for (key, value) in mapping {
          entries.append((key.base as? String ?? "\(key.base)", value))
          walk(value)
        }
      } else if let sequence = node as? [Any] {
        for value in sequence { walk(value) }
      }
    }
    for file in try SpecYAML.files(for: SchemaSample.compiled) where file.path.hasSuffix(".yaml") {
      walk(try #require(try Yams.load(yaml: file.contents)))
    }
    return entries
  }

  @Test func everyKeyTheEncoderWritesIsDeclared() throws {
    let declared = try SchemaTree().declaredKeys
    let written = Set(try Self.entries().map(\.key))
    #expect(written.count > 150)
    let undeclared = written.subtracting(declared.keys).sorted()
    #expect(undeclared.isEmpty, "keys the encoder writes but no schema declares: \(undeclared)")
  }

  @Test func everyEnumeratedValueTheEncoderWritesIsListed() throws {
    let tree = try SchemaTree()
    let declared = tree.declaredKeys
    var checked = 0
    for (key, value) in try Self.entries() {
      guard let string = value as? String, let declarations = declared[key],
        !declarations.isEmpty
      else { continue }
      var allowed: Set<String> = []
      var closed = true
      for declaration in declarations {
        guard let strings = tree.closedStrings(declaration) else {
          closed = false
          break
        }
        allowed.formUnion(strings)
      }
      guard closed else { continue }
      checked += 1
      #expect(allowed.contains(string), "'\(key): \(string)' is in no enum the schemas declare")
    }
    // `reason`, `style`, `algorithm`, `numbering`, `syntax`, `unit`, `op`, `kind`, …
    #expect(checked > 40)
  }

  /// A new string case of an IR enum that the schema lacks fails here: the check is not vacuous.
  @Test func anUnlistedValueIsCaught() throws {
    let tree = try SchemaTree()
    let declarations = try #require(tree.declaredKeys["reason"])
    let allowed = declarations.compactMap { tree.closedStrings($0) }.reduce(Set(), { $0.union($1) })
    #expect(allowed.isSuperset(of: ["declared", "file", "resource", "collection", "gateway"]))
    #expect(!allowed.contains("guessed"))
  }
}
