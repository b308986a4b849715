import SpecModel

/// `basename` and `dirname` as GNU coreutils 9 compute them (gnulib's `last_component`,
/// `base_name` and `dir_len`): text only, `/` the only separator.
enum PathPartSource {
  /// `names` and `suffix` expanded.
  static func run(_ call: PathPartCall, names: [String], suffix: String?) -> FilterResult {
    var output: [UInt8] = []
    for name in names {
      let bytes = Array(name.utf8)
      let result =
        call.part == .base ? base(bytes, suffix: suffix.map { Array($0.utf8) }) : directory(bytes)
      output += result
      output.append(call.zero ? 0 : UInt8(ascii: "\n"))
    }
    return FilterResult(output: output)
  }

  private static let slash = UInt8(ascii: "/")

  /// Where the last component starts (the end when the name is only slashes).
  static func lastComponent(_ name: [UInt8]) -> Int {
    var base = 0
    while base < name.count, name[base] == slash { base += 1 }
    var sawSlash = false
    var index = base
    while index < name.count {
      if name[index] == slash {
        sawSlash = true
      } else if sawSlash {
        base = index
        sawSlash = false
      }
      index += 1
    }
    return base
  }

  /// The length without trailing slashes (keeping one for a name of slashes only).
  static func baseLength(_ name: ArraySlice<UInt8>) -> Int {
    var length = name.count
    while length > 1, name[name.startIndex + length - 1] == slash { length -= 1 }
    return length
  }

  static func base(_ name: [UInt8], suffix: [UInt8]?) -> [UInt8] {
    let start = lastComponent(name)
    if start == name.count { return Array(name.prefix(baseLength(name[...]))) }
    var result = Array(name[start..<(start + baseLength(name[start...]))])
    if let suffix, result.first != slash, suffix.count < result.count,
      result.suffix(suffix.count).elementsEqual(suffix)
    {
      result.removeLast(suffix.count)
    }
    return result
  }

  static func directory(_ name: [UInt8]) -> [UInt8] {
    let prefix = name.first == slash ? 1 : 0
    var length = lastComponent(name)
    while prefix < length, name[length - 1] == slash { length -= 1 }
    if length == 0 { return [UInt8(ascii: ".")] }
    return Array(name[0..<length])
  }
}
