import Shell
import SpecModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The result of `[ … ]` / `[[ … ]]`: true, false, or bash's status 2 with an error message.
enum TestOutcome: Equatable, Sendable {
  case value(Bool)
  /// Status 2; `message` follows bash's `bash: line N: ` prefix.
  case error(String)

  var status: Int32 {
    switch self {
    case .value(let holds): return holds ? 0 : 1
    case .error: return 2
    }
  }
}

/// `test`/`[`/`[[` conditions. Integer comparisons report errors as `[` does
/// (`[: abc: integer expression expected`, status 2).
extension ShellState {
  mutating func test(_ condition: Condition) throws(ExpansionError) -> TestOutcome {
    switch condition {
    case .nonEmpty(let word):
      return .value(!(try expand(word)).isEmpty)
    case .not(let inner):
      let outcome = try test(inner)
      guard case .value(let holds) = outcome else { return outcome }
      return .value(!holds)
    case .and(let operands):
      // Left to right, stopping at the first operand that is false or an error.
      var outcome = TestOutcome.value(true)
      for operand in operands {
        outcome = try test(operand)
        guard case .value(true) = outcome else { return outcome }
      }
      return outcome
    case .or(let operands):
      // Left to right, stopping at the first operand that is true or an error.
      var outcome = TestOutcome.value(false)
      for operand in operands {
        outcome = try test(operand)
        guard case .value(false) = outcome else { return outcome }
      }
      return outcome
    case .unary(let op, let word):
      return try unary(op, try expand(word))
    case .binary(let op, let left, let right):
      let l = try expand(left)
      if op == .globMatch { return .value(try pattern(right).matches(l)) }
      let r = try expand(right)
      if op == .regexMatch { return regexMatch(l, r) }
      return binary(op, l, r)
    case .substituted(_, let inner):
      // The interpreter runs the capture steps first (`substitutedTest`).
      return try test(inner)
    }
  }

  private func unary(_ op: UnaryTest, _ operand: String) throws(ExpansionError) -> TestOutcome {
    switch op {
    case .emptyString: return .value(operand.isEmpty)
    case .nonEmptyString: return .value(!operand.isEmpty)
    default: break
    }
    guard !operand.isEmpty else { return .value(false) }
    let path = absolutePath(operand)
    switch op {
    case .exists: return .value(FileSystem.info(path) != nil)
    case .regularFile: return .value(FileSystem.info(path)?.kind == .regular)
    case .directory: return .value(FileSystem.info(path)?.kind == .directory)
    case .symbolicLink:
      return .value(FileSystem.info(path, followLinks: false)?.kind == .symbolicLink)
    case .nonEmptyFile: return .value((FileSystem.info(path)?.size ?? 0) > 0)
    case .readable: return .value(FileSystem.isAccessible(path, FileSystem.readable))
    case .writable: return .value(FileSystem.isAccessible(path, FileSystem.writable))
    case .executable: return .value(FileSystem.isAccessible(path, FileSystem.executable))
    case .emptyString, .nonEmptyString: return .value(false)
    }
  }

  private func binary(_ op: BinaryTest, _ l: String, _ r: String) -> TestOutcome {
    switch op {
    // Bytes, not Swift's canonical equivalence: `é` precomposed and decomposed differ in bash.
    case .stringEqual: return .value(l.utf8.elementsEqual(r.utf8))
    case .stringNotEqual: return .value(!l.utf8.elementsEqual(r.utf8))
    case .stringLess: return .value(Self.scalarsLess(l, r))
    case .stringGreater: return .value(Self.scalarsLess(r, l))
    case .globMatch: return .value(BashPattern(glob: r).matches(l))
    case .regexMatch: return .value(false)  // evaluated in `test`, which sets BASH_REMATCH
    case .newerThan, .olderThan:
      let a = FileSystem.info(absolutePath(l))?.modificationTime
      let b = FileSystem.info(absolutePath(r))?.modificationTime
      let newer: Bool
      let older: Bool
      switch (a, b) {
      case (let a?, let b?):
        newer = (a.tv_sec, a.tv_nsec) > (b.tv_sec, b.tv_nsec)
        older = (a.tv_sec, a.tv_nsec) < (b.tv_sec, b.tv_nsec)
      case (.some, nil):
        newer = true
        older = false
      case (nil, .some):
        newer = false
        older = true
      case (nil, nil):
        newer = false
        older = false
      }
      return .value(op == .newerThan ? newer : older)
    case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
      guard let a = Self.integer(l) else { return .error("[: \(l): integer expression expected") }
      guard let b = Self.integer(r) else { return .error("[: \(r): integer expression expected") }
      switch op {
      case .equal: return .value(a == b)
      case .notEqual: return .value(a != b)
      case .less: return .value(a < b)
      case .lessOrEqual: return .value(a <= b)
      case .greater: return .value(a > b)
      default: return .value(a >= b)
      }
    }
  }

  /// An integer as `test` reads it: optional blanks around an optionally signed decimal number.
  static func integer(_ text: String) -> Int64? {
    let trimmed = text.drop { $0 == " " || $0 == "\t" }.reversed().drop {
      $0 == " " || $0 == "\t"
    }
    let body = String(trimmed.reversed())
    guard !body.isEmpty else { return nil }
    var digits = Substring(body)
    if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int64(body.first == "+" ? String(body.dropFirst()) : body)
  }

  private static func scalarsLess(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
  }

  /// `[[ STRING =~ REGEX ]]`: POSIX extended regular expressions; an invalid one is status 2.
  /// `BASH_REMATCH` gets the match and each group (empty when a group took no part), and no
  /// element when nothing matches.
  mutating func regexMatch(_ text: String, _ expression: String) -> TestOutcome {
    var regex = regex_t()
    guard regcomp(&regex, expression, REG_EXTENDED) == 0 else { return .error("") }
    defer { regfree(&regex) }
    var matches = [regmatch_t](repeating: regmatch_t(), count: Int(regex.re_nsub) + 1)
    let count = matches.count
    let found = text.withCString { regexec(&regex, $0, count, &matches, 0) } == 0
    var groups: [Int: String] = [:]
    if found {
      let bytes = Array(text.utf8)
      for (index, match) in matches.enumerated() {
        let range = match.rm_so < 0 ? 0..<0 : Int(match.rm_so)..<Int(match.rm_eo)
        groups[index] = String(decoding: bytes[range], as: UTF8.self)
      }
    }
    setElements("BASH_REMATCH", groups)
    return .value(found)
  }
}
