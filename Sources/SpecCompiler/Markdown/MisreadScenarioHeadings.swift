/// Warnings for lines that a reader takes for a scenario heading but that do not start a
/// scenario, so that a mistyped heading never silently shrinks the matrix. Used by
/// `OutlineCollector`, which knows where the block under such a line goes (`consequence`).
///
/// Outside code blocks, a line warns when its text looks like a scenario id
/// (`ScenarioLookalike`) and it is one of:
/// - a top-level heading of a level other than 3: `## S02 x`, `#### S02 x`, and setext
///   headings (`S02 x` underlined with `---`);
/// - a top-level level-3 heading that the scenario pattern rejects: `### s02 x`, `### S 02 x`,
///   `### S０２ x`, `### **S02** x`;
/// - a heading of any level inside a list item or a block quote: `- ### S02 x`, `> ### S02 x`;
/// - a prose line that starts with `#`s but is not a heading: `###S02 x` (no space),
///   `####### S02 x` (more than six), or an indented one.
///
/// Ordinary headings (`### Notes`, `## 2. Orders`, `#### Step 2`) and prose that merely
/// mentions ids (`Needs: S02`) never warn.
struct MisreadScenarioHeadings {
  let file: String
  let pattern: ScenarioIDPattern

  /// A top-level heading that did not start a scenario.
  func heading(
    _ heading: MarkdownHeading, at block: MarkdownBlock, container: String? = nil,
    consequence: String
  ) -> Diagnostic? {
    let firstLine = heading.text.split(separator: "\n", omittingEmptySubsequences: false)[0]
    guard let lookalike = pattern.lookalike(String(firstLine)) else { return nil }
    let written: String
    var reading: String
    if heading.isSetext {
      written = String(firstLine)
      let underline = heading.level == 1 ? "===" : "---"
      reading = "a level-\(heading.level) heading (underlined with \(underline))"
    } else {
      written = String(repeating: "#", count: heading.level) + " " + firstLine
      reading = "a level-\(heading.level) heading"
    }
    if let container {
      reading += " inside \(container)"
    } else if heading.level == 3 {
      let reasons = lookalike.flaws.map(\.explanation).joined(separator: ", ")
      reading = "not a scenario heading (\(reasons))"
    }
    return warning(written, reading, lookalike, consequence, block.line, block.column)
  }

  /// A prose line (top-level or nested) that starts with `#`s.
  func proseLine(_ line: MarkdownTextLine, container: String?, consequence: String)
    -> Diagnostic?
  {
    let hashes = line.text.prefix { $0 == "#" }.count
    guard hashes > 0 else { return nil }
    let afterHashes = line.text.dropFirst(hashes)
    let text = afterHashes.drop { $0 == " " || $0 == "\t" }
    guard let lookalike = pattern.lookalike(String(text)) else { return nil }
    var reading: String
    if hashes > 6 {
      reading = "not a heading (more than six #s)"
    } else if text.count == afterHashes.count {
      reading = "not a heading (no space after the #s)"
    } else {
      reading = "not a heading (indented, so read as prose)"
    }
    if let container { reading += " inside \(container)" }
    return warning(line.text, reading, lookalike, consequence, line.line, line.column)
  }

  /// Warnings for the headings and `#` lines nested in a list or block quote.
  func nested(_ block: MarkdownBlock, consequence: String) -> [Diagnostic] {
    switch block.kind {
    case .list(let list):
      return list.items.flatMap { item in
        item.blocks.flatMap { inside($0, container: "a list item", consequence: consequence) }
      }
    case .blockQuote(let blocks):
      return blocks.flatMap { inside($0, container: "a block quote", consequence: consequence) }
    case .paragraph(let paragraph):
      return paragraph.lines.compactMap {
        proseLine($0, container: nil, consequence: consequence)
      }
    case .heading, .fencedCode, .thematicBreak:
      return []
    }
  }

  private func inside(_ block: MarkdownBlock, container: String, consequence: String)
    -> [Diagnostic]
  {
    switch block.kind {
    case .heading(let heading):
      return [self.heading(heading, at: block, container: container, consequence: consequence)]
        .compactMap { $0 }
    case .paragraph(let paragraph):
      return paragraph.lines.compactMap {
        proseLine($0, container: container, consequence: consequence)
      }
    case .list, .blockQuote:
      return nested(block, consequence: consequence)
    case .fencedCode, .thematicBreak:
      return []
    }
  }

  private func warning(
    _ written: String, _ reading: String, _ lookalike: ScenarioLookalike, _ consequence: String,
    _ line: Int, _ column: Int
  ) -> Diagnostic {
    Diagnostic(
      MarkdownDiagnostic.misreadHeading(
        written: written, reading: reading, id: lookalike.id, consequence: consequence,
        suggestion: lookalike.suggestion),
      file: file, line: line, column: column)
  }

  /// `text` in single quotes on one line: control characters escaped, at most 80 characters.
  static func quoted(_ text: String) -> String {
    var out = ""
    var count = 0
    for character in text {
      if count == 80 {
        out += "…"
        break
      }
      count += 1
      if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .control }) {
        out.append(character)
      } else {
        out += character.unicodeScalars.map { "\\u{\(String($0.value, radix: 16))}" }.joined()
      }
    }
    return "'\(out)'"
  }
}
