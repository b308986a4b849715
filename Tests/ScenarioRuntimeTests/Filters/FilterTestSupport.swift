import Foundation
import ScenarioRuntime
import SpecModel

@testable import SpecCompiler

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

/// The filter the compiler makes of `grep ARGUMENTS` (flags, then the pattern).
func grepInvocation(_ arguments: [String]) -> GrepInvocation {
  var invocation = GrepInvocation(pattern: "")
  var pattern: String?
  var words = arguments[...]
  while let word = words.popFirst() {
    if pattern == nil, word.hasPrefix("-"), word.count > 1 {
      for flag in word.dropFirst() {
        switch flag {
        case "E": invocation.syntax = .extended
        case "F": invocation.syntax = .fixed
        case "P": invocation.syntax = .perl
        case "i": invocation.ignoreCase = true
        case "v": invocation.invert = true
        case "c": invocation.count = true
        case "o": invocation.onlyMatching = true
        case "x": invocation.wholeLine = true
        case "w": invocation.wholeWord = true
        case "q": invocation.quiet = true
        case "m": invocation.maxCount = Int(words.popFirst()!)!
        default: fatalError("grep flag \(flag)")
        }
      }
    } else {
      pattern = word
    }
  }
  invocation.pattern = Template(literal: pattern!)
  return invocation
}

/// The filter the compiler makes of `sed OPTIONS SCRIPT` (`-n`, `-E`).
func sedFilter(_ options: [String], _ script: String) -> Filter {
  guard
    let filter = SedCommand.filter(
      script, quiet: options.contains("-n"), extended: options.contains("-E"))
  else { fatalError("the compiler does not lower sed \(options) '\(script)'") }
  return filter
}
