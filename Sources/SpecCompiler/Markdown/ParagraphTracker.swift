/// Follows the lines gathered into a container (list item, block quote) closely enough to tell
/// whether a paragraph is open at the end, which decides whether the next under-indented line is
/// a lazy continuation line. Nested containers are approximated: a line that starts one counts
/// as opening a paragraph when it has content.
struct ParagraphTracker {
  private var fence: FenceOpening?
  private(set) var isParagraphOpen = false

  mutating func feed(_ line: SourceLine, _ reader: LineReader) {
    if let open = fence {
      if reader.closesFence(line, open) { fence = nil }
      isParagraphOpen = false
      return
    }
    if reader.isBlank(line) {
      isParagraphOpen = false
      return
    }
    guard reader.blockStart(line) != nil else {
      return  // indented: continues an open paragraph, or is indented code
    }
    if isParagraphOpen && reader.setextLevel(line) != nil {
      isParagraphOpen = false
    } else if reader.isThematicBreak(line) || reader.atxHeading(line) != nil {
      isParagraphOpen = false
    } else if let opening = reader.fenceOpening(line) {
      fence = opening
      isParagraphOpen = false
    } else if let quoted = reader.blockQuoteContent(line) {
      isParagraphOpen = !reader.isBlank(quoted)
    } else if let marker = reader.listMarker(line) {
      isParagraphOpen = !marker.isEmpty
    } else {
      isParagraphOpen = true
    }
  }
}
