import Foundation
import Testing

@testable import SpecCompiler

private let scenarioCounts = [79, 109, 117]

@Suite(.enabled(if: Corpus.isPresent, Corpus.absence))
struct OutlineCorpusTests {
  @Test(arguments: zip(Corpus.files, scenarioCounts))
  func outlinesCorpusFile(_ name: String, expectedScenarios: Int) throws {
    let source = try Corpus.text(name)
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)

    var diagnostics = Diagnostics()
    let document = MarkdownParser.parse(source, file: name, diagnostics: &diagnostics)
    let outline = OutlineBuilder.build(
      document, file: name, options: OutlineOptions(), diagnostics: &diagnostics)
    #expect(diagnostics.all.isEmpty, "\(diagnostics.all)")

    // Counted independently: lines `### S<digits> `.
    let headingCount = lines.count { line in
      guard line.hasPrefix("### S") else { return false }
      let rest = line.dropFirst(5)
      let digits = rest.prefix(while: \.isASCII).prefix(while: \.isNumber)
      return !digits.isEmpty && rest.dropFirst(digits.count).first == " "
    }
    #expect(headingCount == expectedScenarios)
    #expect(outline.scenarios.count == expectedScenarios)
    #expect(outline.titleLine == 1)
    #expect(!outline.title.isEmpty)

    for (index, scenario) in outline.scenarios.enumerated() {
      #expect(scenario.id == "S" + (index < 9 ? "0" : "") + "\(index + 1)")
      #expect(lines[scenario.headingLine - 1].hasPrefix("### \(scenario.id) \(scenario.title)"))
      #expect(scenario.headingColumn == 5)
      #expect(!scenario.title.isEmpty)
      #expect(!scenario.description.isEmpty, "\(scenario.id) has no description")
      #expect(scenario.section != nil)
      #expect(scenario.blocks.count == 1, "\(scenario.id) has \(scenario.blocks.count) blocks")
      for block in scenario.blocks {
        expectBlockMatchesSource(block, lines)
      }
    }

    #expect(outline.setups.map(\.title) == OutlineOptions().setupSections)
    for setup in outline.setups {
      #expect(setup.blocks.count == 1)
      #expect(lines[setup.headingLine - 1] == "## \(setup.title)")
      for block in setup.blocks { expectBlockMatchesSource(block, lines) }
    }
    #expect(!outline.statefulNotes.isEmpty)
  }

  /// The block's code is exactly the source lines between its fences.
  private func expectBlockMatchesSource(_ block: CodeBlock, _ lines: [Substring]) {
    #expect(block.language == "bash")
    #expect(block.firstLine == block.fenceLine + 1)
    #expect(block.column == 1)
    #expect(lines[block.fenceLine - 1] == "```bash")
    let codeLines = block.code.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    let closing = block.firstLine - 1 + codeLines.count
    #expect(lines[closing] == "```")
    #expect(Array(codeLines) == Array(lines[(block.firstLine - 1)..<closing]))
  }
}
