import Foundation
import ScenarioRuntime
import SpecModel

/// A variable a template names is not set.
struct UnboundVariable: Error, Equatable {
  var name: String
}

/// Expands templates from `variables`, throwing for an unset one.
func expander(_ variables: [String: String] = [:]) -> (Template) throws -> String {
  { template in
    var text = ""
    for part in template.parts {
      switch part {
      case .literal(let literal): text += literal
      case .variable(let name):
        guard let value = variables[name] else { throw UnboundVariable(name: name) }
        text += value
      default: throw UnboundVariable(name: "\(part)")
      }
    }
    return text
  }
}

/// Runs `filter` over `input` (in `directory` for relative paths).
func runFilter(
  _ filter: Filter, _ input: [UInt8], variables: [String: String] = [:],
  directory: String = FileManager.default.temporaryDirectory.path
) throws -> FilterResult {
  try FilterRunner.run(
    filter, input: input, expand: expander(variables), workingDirectory: directory)
}

func runFilter(_ filter: Filter, _ input: String) throws -> FilterResult {
  try runFilter(filter, Array(input.utf8))
}

func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

/// A fresh empty directory, removed by the caller.
func temporaryDirectory() throws -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("filter-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
