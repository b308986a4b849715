/// One line of markdown as the block parser sees it: a byte range of the UTF-8 source, possibly
/// with some container prefix (block-quote marker, list-item indentation) already consumed.
///
/// Columns are 1-based UTF-8 byte offsets in the physical line, as swiftc and swift-format
/// print them. Indentation widths are visual: a tab advances to the next multiple of 4, as in
/// CommonMark. When a container consumes only part of a tab, the rest of it is kept as
/// `pendingSpaces`, virtual spaces in front of `start`.
struct SourceLine: Equatable {
  /// The 1-based line number.
  var number: Int
  /// Byte offset of the first byte of the physical line (after a BOM on line 1).
  var lineStart: Int
  /// Byte offset of the first unconsumed byte.
  var start: Int
  /// Byte offset just past the last byte (line terminator excluded).
  var end: Int
  /// Visual column (0-based, tabs expanded) of the byte at `start`.
  var visual: Int
  /// Virtual spaces before `start`, left over from a partly consumed tab.
  var pendingSpaces: Int = 0

  /// The 1-based column of the byte at `start`.
  var column: Int { start - lineStart + 1 }
}
