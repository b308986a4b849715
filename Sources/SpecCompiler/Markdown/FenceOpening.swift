/// A recognized opening code fence.
struct FenceOpening: Equatable {
  /// `` ` `` or `~`.
  var character: UInt8
  var length: Int
  /// Visual width of the indentation before the fence (0 to 3).
  var indentation: Int
  var info: String
  /// Byte offset of the first fence character.
  var offset: Int
}
