import Foundation
import Shell
import SpecModel
import Testing

@testable import SpecCompiler
@testable import SpecYAML

/// Inputs that used to overflow the stack: flat lists of any length compile (lists, `[ … ]` and
/// `[[ … ]]` chains are flat all the way to the YAML and the Swift renderer), and nesting deeper
/// than the bound is a positioned error. Everything runs on a thread with a 512 KiB stack, the
/// smallest a secondary thread gets, so that recursion on a list's length would crash here.
/// The generated inputs are minimised forms of those found by probes.
@Suite(.serialized) struct LargeInputTests {
  static let file = "large.md"

  /// A document with one scenario holding `code`, which starts at line 14.
  static func document(_ code: String) -> String {
    "# Large\n\n## Common environment\n\n```bash\nexport A=1\n```\n\n### S01 Large\n\n"
      + "Probe.\n\n```bash\n\(code)\n```\n"
  }

  /// 8,000 links are enough: recursion on a list's length takes at least one frame of well over
  /// 64 bytes per link, so 8,000 of them overflow the 512 KiB stack.
  static let flatInputs: [(String, String)] = [
    ("8,000-stage pipeline", "echo x" + String(repeating: " | cat", count: 8_000)),
    ("8,000-term && list", Array(repeating: "true", count: 8_000).joined(separator: " && ")),
    (
      "8,000-term mixed list",
      Array(repeating: "true && false", count: 4_000).joined(separator: " || ")
    ),
    // One 1 MB line (found by tools/fuzz): joining a word's literals used to be quadratic.
    ("100,000-word command", "echo x" + String(repeating: " -H 'X: y'", count: 100_000)),
    ("6,000 ! in [", "[ " + String(repeating: "! ", count: 6_000) + "x ]"),
    ("6,000 ! in [[", "[[ " + String(repeating: "! ", count: 6_001) + "x ]]"),
    (
      "6,000-term [[ && ]]",
      "[[ " + Array(repeating: "a", count: 6_000).joined(separator: " && ") + " ]]"
    ),
    (
      "6,000-term [[ || && ]]",
      "[[ " + Array(repeating: "a && b", count: 3_000).joined(separator: " || ") + " ]]"
    ),
    (
      "6,000-term -a chain",
      "[ " + Array(repeating: "a", count: 6_000).joined(separator: " -a ") + " ]"
    ),
    (
      "6,000-term -o/-a chain",
      "[ " + Array(repeating: "a -a b", count: 3_000).joined(separator: " -o ") + " ]"
    ),
  ]

  @Test(arguments: flatInputs.map(\.0))
  func flatListsCompileAndRoundTrip(_ name: String) async throws {
    let code = try #require(Self.flatInputs.first { $0.0 == name }).1
    let failure = try await onSmallStack { () throws -> String? in
      let output = DocumentCompiler.compile(markdown: Self.document(code), file: Self.file)
      guard let compiled = output.compiled else {
        return output.diagnostics.map(\.description).joined(separator: "\n")
      }
      let files = try SpecYAML.files(for: compiled)
      let scenarioFile = try #require(files.first { $0.path == "S01.yaml" })
      let decoded = try SpecYAML.decode(Scenario.self, from: scenarioFile.contents)
      guard decoded == compiled.scenarios[0] else { return "the YAML does not round-trip" }
      _ = try SwiftSuiteGenerator.render(
        yaml: files,
        locations: RenderLocations(
          specsDirectory: URL(fileURLWithPath: "/p/specs/large"),
          generatedRoot: URL(fileURLWithPath: "/p/generated")))
      return nil
    }
    #expect(failure == nil)
  }

  /// The IR of long chains is flat: one `and`/`or`/`list` step or condition with every operand.
  @Test func chainsLowerToFlatLists() throws {
    let (andSteps, _) = Lowered.steps(
      Array(repeating: "true", count: 1_000).joined(separator: " && "))
    guard case .and(let operands) = try #require(andSteps.first).action else {
      Issue.record("expected and")
      return
    }
    #expect(operands.count == 1_000)
    let (mixed, _) = Lowered.steps("true && true || true && true")
    guard case .list(let list) = try #require(mixed.first).action else {
      Issue.record("expected list")
      return
    }
    #expect(list.rest.map(\.op) == [.and, .or, .and])
    let (test, _) = Lowered.steps(
      "[ " + Array(repeating: "a -a b", count: 3).joined(separator: " -o ") + " ]")
    let pair = Condition.and([.nonEmpty("a"), .nonEmpty("b")])
    #expect(test.first?.action == .test(.or([pair, pair, pair])))
    let (bangs, _) = Lowered.steps("[ ! ! ! a ]\n[[ ! ! a ]]")
    #expect(bangs.map(\.action) == [.test(.not(.nonEmpty("a"))), .test(.nonEmpty("a"))])
  }

  /// Opener, innermost command and closer of each kind of real nesting.
  static let deepInputs: [(String, String, String, String)] = [
    ("{", "{ ", "true; ", "}; "),
    ("(", "( ", "true", " )"),
    ("$(", "echo $(", "echo x", " )"),
    ("if", "if true; then ", "true; ", "fi; "),
    ("for", "for i in 1; do ", "true; ", "done; "),
    ("while", "while false; do ", "true; ", "done; "),
    ("[[ (", "[[ ( ", "a", " ) ]]"),
  ]

  /// Nesting up to the bound compiles and round-trips; deeper is a positioned error.
  @Test(arguments: deepInputs.map(\.0))
  func nestingIsBounded(_ name: String) async throws {
    let (_, open, inner, close) = try #require(Self.deepInputs.first { $0.0 == name })
    @Sendable func code(_ depth: Int) -> String {
      if name == "[[ (" {
        return "[[ " + String(repeating: "( ", count: depth) + inner
          + String(repeating: " )", count: depth) + " ]]"
      }
      return String(repeating: open, count: depth) + inner + String(repeating: close, count: depth)
    }
    let depth = BashParser.maximumNesting - (name == "[[ (" ? 1 : 0)
    // Each level of real nesting costs stack in every stage (parser, lowering, YAML encoder and
    // decoder), several KiB per level in a debug build: nesting to the bound is checked on the
    // 8 MiB stack of a main thread.
    let result = try await onSmallStack(bytes: 8 << 20) { () throws -> (String?, [String]) in
      let output = DocumentCompiler.compile(markdown: Self.document(code(depth)), file: Self.file)
      var failure: String? = output.diagnostics.first?.description
      if let compiled = output.compiled {
        let files = try SpecYAML.files(for: compiled)
        let scenarioFile = try #require(files.first { $0.path == "S01.yaml" })
        if try SpecYAML.decode(Scenario.self, from: scenarioFile.contents) != compiled.scenarios[0]
        {
          failure = "the YAML does not round-trip"
        }
      }
      let deeper = DocumentCompiler.compile(
        markdown: Self.document(code(depth + 5)), file: Self.file)
      return (failure, deeper.diagnostics.map(\.description))
    }
    #expect(result.0 == nil)
    #expect(result.1.count == 1)
    let message = try #require(result.1.first)
    #expect(message.hasPrefix("large.md:14:"))
    #expect(message.contains("deeper than \(BashParser.maximumNesting)"))
  }

  @Test func parenthesesInBracketTestsAreBounded() throws {
    func code(_ depth: Int) -> String {
      "[ " + String(repeating: "\\( ", count: depth) + "a" + String(repeating: " \\)", count: depth)
        + " ]"
    }
    #expect(Lowered.steps(code(BashParser.maximumNesting)).1 == [])
    #expect(
      Lowered.steps(code(1_000)).1 == [
        "doc.md:10:603: error: parentheses in test expression nest deeper than 200 (in S01)"
      ])
  }
}

/// Runs `body` on a thread whose stack is `bytes` (512 KiB: the smallest stack a secondary
/// thread gets) and awaits it without holding a thread of Swift's cooperative pool (other
/// tests' scenarios run there, under time limits).
func onSmallStack<T: Sendable>(
  bytes: Int = 512 * 1024, _ body: @escaping @Sendable () throws -> T
) async throws -> T {
  try await withCheckedThrowingContinuation { continuation in
    let thread = Thread { continuation.resume(with: Result { try body() }) }
    thread.stackSize = bytes
    thread.start()
  }
}
