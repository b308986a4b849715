/// A recognized list-item marker and where the item's content starts.
struct ListMarker: Equatable {
  /// The bullet character, or `nil` for an ordered marker.
  var bullet: UInt8?
  /// The number of an ordered marker.
  var number: Int
  /// `.` or `)` for an ordered marker.
  var delimiter: UInt8?
  /// Byte offset of the marker.
  var offset: Int
  /// Columns from the line's start to the item's content: continuation lines must be indented
  /// at least this much.
  var contentIndentation: Int
  /// The rest of the line after the marker and the spaces that follow it.
  var content: SourceLine
  /// True when nothing follows the marker on its line.
  var isEmpty: Bool

  /// Whether `other` continues the same list (same bullet, or same delimiter).
  func isSameKind(as other: ListMarker) -> Bool {
    bullet == other.bullet && delimiter == other.delimiter
  }

  /// CommonMark: a list item can interrupt a paragraph only if it has content and, when
  /// ordered, starts at 1.
  var canInterruptParagraph: Bool {
    !isEmpty && (bullet != nil || number == 1)
  }
}
