/// A bullet (`-`, `*`, `+`) or ordered (`1.`, `1)`) list. A change of bullet character or
/// delimiter starts a new list, as in CommonMark.
public struct MarkdownList: Sendable, Equatable {
  public enum Marker: Sendable, Equatable {
    case bullet(Character)
    case ordered(start: Int, delimiter: Character)
  }

  public var marker: Marker
  public var items: [MarkdownListItem]

  public init(marker: Marker, items: [MarkdownListItem]) {
    self.marker = marker
    self.items = items
  }

  /// The marker of item `index` as it would be written: `-`, `3.`.
  public func markerText(forItem index: Int) -> String {
    switch marker {
    case .bullet(let character):
      return String(character)
    case .ordered(let start, let delimiter):
      return "\(start + index)\(delimiter)"
    }
  }
}
