/// Finds the `Stateful note:` lists of a document.
enum StatefulNotes {
  /// The items of every list that directly follows a paragraph reading `Stateful note:` or
  /// `Stateful notes:` (case-insensitive, inline markup ignored), at any nesting level.
  static func collect(_ blocks: [MarkdownBlock]) -> [String] {
    var notes: [String] = []
    collect(blocks, into: &notes)
    return notes
  }

  private static func collect(_ blocks: [MarkdownBlock], into notes: inout [String]) {
    for (index, block) in blocks.enumerated() {
      switch block.kind {
      case .paragraph(let paragraph):
        guard index + 1 < blocks.count, let list = blocks[index + 1].list,
          paragraph.lines.count == 1, isNoteLead(paragraph.lines[0].text)
        else { continue }
        notes.append(contentsOf: list.items.map(\.text))
      case .list(let list):
        for item in list.items { collect(item.blocks, into: &notes) }
      case .blockQuote(let children):
        collect(children, into: &notes)
      case .heading, .fencedCode, .thematicBreak:
        continue
      }
    }
  }

  private static func isNoteLead(_ text: String) -> Bool {
    guard text.utf8.count <= 40 else { return false }  // cheap check before `plainText`
    let plain = MarkdownInline.plainText(text).lowercased()
    return plain == "stateful note:" || plain == "stateful notes:"
  }
}
