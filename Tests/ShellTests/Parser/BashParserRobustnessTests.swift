// BashParser on whole documents and on damaged input: every corpus block parses (and quickly),
// and random or truncated text yields a result or a syntax error, never a crash or a hang.

import Foundation
import Shell
import Testing

@Suite struct BashParserRobustnessTests {
  @Test(
    "every corpus block parses",
    .enabled(
      if: BashCorpus.isAvailable,
      "the corpus folder ../shared/corpus (next to the package root) is absent"))
  func corpusParses() {
    let blocks = BashCorpus.blocks
    var failures: [String] = []
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      for block in blocks {
        if case .failure(let error) = BashParser.parse(block.code) {
          failures.append("\(block.testDescription) (+\(error.position.line - 1) lines): \(error)")
        }
      }
    }
    let bytes = blocks.reduce(0) { $0 + $1.code.utf8.count }
    print("BashParser: \(blocks.count) corpus blocks, \(bytes) bytes, parsed in \(elapsed)")
    #expect(failures.isEmpty, "blocks that do not parse:\n\(failures.joined(separator: "\n"))")
  }

  @Test(
    "truncated corpus blocks do not crash the parser",
    .enabled(
      if: BashCorpus.isAvailable,
      "the corpus folder ../shared/corpus (next to the package root) is absent"))
  func truncatedCorpus() {
    for block in BashCorpus.blocks {
      let scalars = Array(block.code.unicodeScalars)
      for cut in stride(from: 0, to: scalars.count, by: max(1, scalars.count / 12)) {
        var prefix = String.UnicodeScalarView()
        prefix.append(contentsOf: scalars[..<cut])
        checkResult(of: String(prefix))
      }
    }
  }

  @Test func randomTextDoesNotCrashTheParser() {
    let pieces = [
      "a", "b1", " ", "  ", "\t", "\n", "$", "{", "}", "(", ")", "[", "]", "'", "\"", "`", "\\",
      ";", ";;", "&", "&&", "|", "||", "<", ">", "<<", "<<-", "<<<", "#", "=", "+=", "-", ":",
      "!", "*", "?", "@", "%", "/", "^", ",", "EOF", "if", "then", "elif", "else", "fi", "for",
      "in", "do", "done", "while", "until", "case", "esac", "function", "export", "local", "[[",
      "]]", "((", "))", "$(", "${", "$((", "x=", "\u{e9}",
    ]
    var generator = SplitMix64(seed: 0x5EED)
    for _ in 0..<3000 {
      let count = Int(generator.next() % 40)
      var text = ""
      for _ in 0..<count {
        text += pieces[Int(generator.next() % UInt64(pieces.count))]
      }
      checkResult(of: text)
    }
  }

  /// Parses `text`; an error must point inside the text (or just after it).
  private func checkResult(of text: String) {
    guard case .failure(let error) = BashParser.parse(text) else { return }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = error.position.line
    #expect(line >= 1 && line <= lines.count, "\(error) in \(text.debugDescription)")
    if line >= 1, line <= lines.count {
      let column = error.position.column
      #expect(
        column >= 1 && column <= lines[line - 1].unicodeScalars.count + 1,
        "\(error) in \(text.debugDescription)")
    }
    #expect(!error.message.isEmpty)
  }
}

/// A small deterministic random number generator.
private struct SplitMix64: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
