/// Programs that certainly compile, told without libjq.
///
/// libjq 1.6 binds its ~220 builtins to every instruction of a program on each compilation
/// (~15 ms per compilation, plus ~0.5 ms per typical program in a batch). A program that
/// parses (libjq's parse check says so in microseconds) can only fail to compile through a
/// name it uses: a function that is not defined with that arity, a variable that is not
/// bound, a label, a module. So a program that parses, defines and binds nothing itself, and
/// uses only builtins (by name and arity) and the variables jq's command line binds
/// (`--arg`/`--argjson` names, `$ARGS`, `$ENV`, `$__loc__`) compiles.
///
/// The scan is conservative: anything it does not follow (definitions, `as`, `reduce`,
/// `foreach`, `label`, modules, string interpolation, formats, qualified names) answers
/// "not certain", and libjq decides as before. Only call it for a program that parses.
enum JQCertainCompile {
  /// Whether `program` (which parses) certainly compiles with `names` bound as variables.
  static func compiles(_ program: String, names: Set<String>) -> Bool {
    var scanner = Scanner(Array(program.utf8))
    return scanner.run(names: names)
  }

  /// jq 1.6's `builtins` (name/arity), as its `builtins` builtin lists them.
  static let builtins: Set<String> = Set(
    """
    IN/1 IN/2 INDEX/1 INDEX/2 JOIN/2 JOIN/3 JOIN/4 acos/0 acosh/0 add/0 all/0 all/1 all/2 any/0
    any/1 any/2 arrays/0 ascii_downcase/0 ascii_upcase/0 asin/0 asinh/0 atan/0 atan2/2 atanh/0
    booleans/0 bsearch/1 builtins/0 capture/1 capture/2 cbrt/0 ceil/0 combinations/0
    combinations/1 contains/1 copysign/2 cos/0 cosh/0 debug/0 del/1 delpaths/1 drem/2 empty/0
    endswith/1 env/0 erf/0 erfc/0 error/0 error/1 exp/0 exp10/0 exp2/0 explode/0 expm1/0 fabs/0
    fdim/2 finites/0 first/0 first/1 flatten/0 flatten/1 floor/0 fma/3 fmax/2 fmin/2 fmod/2
    format/1 frexp/0 from_entries/0 fromdate/0 fromdateiso8601/0 fromjson/0 fromstream/1 gamma/0
    get_jq_origin/0 get_prog_origin/0 get_search_list/0 getpath/1 gmtime/0 group_by/1 gsub/2
    gsub/3 halt/0 halt_error/0 halt_error/1 has/1 hypot/2 implode/0 in/1 index/1 indices/1
    infinite/0 input/0 input_filename/0 input_line_number/0 inputs/0 inside/1 isempty/1
    isfinite/0 isinfinite/0 isnan/0 isnormal/0 iterables/0 j0/0 j1/0 jn/2 join/1 keys/0
    keys_unsorted/0 last/0 last/1 ldexp/2 leaf_paths/0 length/0 lgamma/0 lgamma_r/0 limit/2
    localtime/0 log/0 log10/0 log1p/0 log2/0 logb/0 ltrimstr/1 map/1 map_values/1 match/1
    match/2 max/0 max_by/1 min/0 min_by/1 mktime/0 modf/0 modulemeta/0 nan/0 nearbyint/0
    nextafter/2 nexttoward/2 normals/0 not/0 now/0 nth/1 nth/2 nulls/0 numbers/0 objects/0 path/1
    paths/0 paths/1 pow/2 pow10/0 range/1 range/2 range/3 recurse/0 recurse/1 recurse/2
    recurse_down/0 remainder/2 repeat/1 reverse/0 rindex/1 rint/0 round/0 rtrimstr/1 scalars/0
    scalars_or_empty/0 scalb/2 scalbln/2 scan/1 select/1 setpath/2 significand/0 sin/0 sinh/0
    sort/0 sort_by/1 split/1 split/2 splits/1 splits/2 sqrt/0 startswith/1 stderr/0
    strflocaltime/1 strftime/1 strings/0 strptime/1 sub/2 sub/3 tan/0 tanh/0 test/1 test/2
    tgamma/0 to_entries/0 todate/0 todateiso8601/0 tojson/0 tonumber/0 tostream/0 tostring/0
    transpose/0 trunc/0 truncate_stream/1 type/0 unique/0 unique_by/1 until/2 utf8bytelength/0
    values/0 walk/1 while/2 with_entries/1 y0/0 y1/0 yn/2
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// `$name` outside of `$__loc__`: a variable of jq's command line that is not a keyword.
  private static func isBoundVariable(_ name: String, names: Set<String>) -> Bool {
    guard !binding.contains(name), !plain.contains(name), !literals.contains(name) else {
      return false
    }
    return name == "ENV" || name == "ARGS" || names.contains(name)
  }

  /// Keywords that bind or load names: the scan does not follow them.
  private static let binding: Set<String> = [
    "as", "def", "reduce", "foreach", "label", "break", "import", "include", "module",
    "__loc__",
  ]
  /// Keywords that bind nothing; `true`, `false` and `null` are literals when not called.
  private static let plain: Set<String> = [
    "if", "then", "elif", "else", "end", "and", "or", "try", "catch",
  ]
  private static let literals: Set<String> = ["true", "false", "null"]

  /// An open bracket; for the parenthesis of a call, the called name and its arguments so far.
  private struct Container {
    var bracket: UInt8
    var call: String? = nil
    var arity = 1
  }

  /// jq's lexer over the program's bytes, far enough to see every name it uses.
  private struct Scanner {
    let bytes: [UInt8]
    var index = 0
    var containers: [Container] = []
    /// The last token, for telling an object key (`{a, b: 1}`) from a call.
    var previous: UInt8 = UInt8(ascii: "(")

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func run(names: Set<String>) -> Bool {
      while true {
        skipBlanks()
        guard index < bytes.count else { return containers.isEmpty }
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""):
          guard skipString() else { return false }
        case UInt8(ascii: "."):
          index += 1
          if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
          } else if index < bytes.count, Self.isDigit(bytes[index]) {
            skipNumberTail()
          } else if index < bytes.count, Self.isIdentifierStart(bytes[index]) {
            guard skipIdentifier() != nil else { return false }  // a field name
          }
        case UInt8(ascii: "$"):
          index += 1
          skipBlanks()
          guard let name = skipIdentifier() else { return false }
          guard name == "__loc__" || JQCertainCompile.isBoundVariable(name, names: names) else {
            return false
          }
        case UInt8(ascii: "{"), UInt8(ascii: "("), UInt8(ascii: "["):
          containers.append(Container(bracket: byte))
          index += 1
        case UInt8(ascii: "}"), UInt8(ascii: ")"), UInt8(ascii: "]"):
          guard let closed = containers.popLast() else { return false }
          if let call = closed.call, !JQCertainCompile.builtins.contains("\(call)/\(closed.arity)")
          {
            return false
          }
          index += 1
        case UInt8(ascii: ";"):
          guard !containers.isEmpty, containers[containers.count - 1].call != nil else {
            return false
          }
          containers[containers.count - 1].arity += 1
          index += 1
        case UInt8(ascii: "@"):
          return false
        default:
          if Self.isDigit(byte) {
            index += 1
            skipNumberTail()
          } else if Self.isIdentifierStart(byte) {
            guard let name = skipIdentifier(), identifierCompiles(name) else { return false }
            previous = UInt8(ascii: "a")
            continue
          } else {
            index += 1
          }
        }
        previous = byte
      }
    }

    /// Whether the identifier just read (not after `.` or `$`) compiles: a keyword that binds
    /// nothing, an object key, a literal, a builtin without arguments, or a call whose
    /// parenthesis opens here (its arity is checked where it closes).
    mutating func identifierCompiles(_ name: String) -> Bool {
      if JQCertainCompile.binding.contains(name) { return false }
      if JQCertainCompile.plain.contains(name) { return true }
      let key =
        containers.last?.bracket == UInt8(ascii: "{")
        && (previous == UInt8(ascii: "{") || previous == UInt8(ascii: ","))
      if key { return true }
      skipBlanks()
      if index < bytes.count, bytes[index] == UInt8(ascii: "(") {
        containers.append(Container(bracket: UInt8(ascii: "("), call: name))
        index += 1
        return true
      }
      return JQCertainCompile.literals.contains(name)
        || JQCertainCompile.builtins.contains("\(name)/0")
    }

    /// Whitespace and `#` comments.
    mutating func skipBlanks() {
      while index < bytes.count {
        switch bytes[index] {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
          index += 1
        case UInt8(ascii: "#"):
          while index < bytes.count, bytes[index] != UInt8(ascii: "\n"),
            bytes[index] != UInt8(ascii: "\r")
          {
            index += 1
          }
        default:
          return
        }
      }
    }

    /// A string literal from its opening quote; `false` for an interpolation (`\(`), whose
    /// expression the scan does not follow, or an unterminated string.
    mutating func skipString() -> Bool {
      index += 1
      while index < bytes.count {
        switch bytes[index] {
        case UInt8(ascii: "\""):
          index += 1
          return true
        case UInt8(ascii: "\\"):
          guard index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: "(") else {
            return false
          }
          index += 2
        default:
          index += 1
        }
      }
      return false
    }

    /// `[a-zA-Z_][a-zA-Z_0-9]*`; `nil` when a `::` follows (a module's name).
    mutating func skipIdentifier() -> String? {
      let start = index
      guard index < bytes.count, Self.isIdentifierStart(bytes[index]) else { return nil }
      while index < bytes.count, Self.isIdentifierStart(bytes[index]) || Self.isDigit(bytes[index])
      {
        index += 1
      }
      if index < bytes.count, bytes[index] == UInt8(ascii: ":"), index + 1 < bytes.count,
        bytes[index + 1] == UInt8(ascii: ":")
      {
        return nil
      }
      return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// The rest of a number, as jq's lexer reads it: digits, one `.` and digits, an exponent.
    mutating func skipNumberTail() {
      while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
      if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
        index += 1
        while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
      }
      guard index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") else { return }
      var digits = index + 1
      if digits < bytes.count,
        bytes[digits] == UInt8(ascii: "+") || bytes[digits] == UInt8(ascii: "-")
      {
        digits += 1
      }
      guard digits < bytes.count, Self.isDigit(bytes[digits]) else { return }
      index = digits
      while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
    }

    static func isDigit(_ byte: UInt8) -> Bool {
      byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func isIdentifierStart(_ byte: UInt8) -> Bool {
      (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "_")
    }
  }
}
