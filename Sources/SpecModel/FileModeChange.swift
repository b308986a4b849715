/// What `chmod MODE` does to a file's mode bits: an octal mode sets them, a symbolic one changes
/// them clause by clause as GNU chmod does (`u+x`, `go-w`, `a=r,u+w`, `+X`, `g=u-w`, `+t`).
/// Kept as the text written; `SymbolicMode` holds what it means.
public enum FileModeChange: Equatable, Hashable, Sendable {
  case octal(Int)
  case symbolic(SymbolicMode)

  /// `MODE` as GNU chmod reads it: octal digits, or a symbolic mode; nil when it is neither.
  public init?(_ text: String) {
    if !text.isEmpty, text.allSatisfy({ ("0"..."7").contains($0) }), let mode = Int(text, radix: 8),
      mode <= 0o7777
    {
      self = .octal(mode)
    } else if let symbolic = SymbolicMode(text) {
      self = .symbolic(symbolic)
    } else {
      return nil
    }
  }

  /// The mode as written in the YAML: three or more octal digits, or the symbolic text.
  public var text: String {
    switch self {
    case .octal(let mode):
      let digits = String(mode, radix: 8)
      return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    case .symbolic(let mode): return mode.text
    }
  }
}

/// A symbolic `chmod` mode: comma-separated clauses `[ugoa…][+-=][rwxXst…|u|g|o]…`, or an octal
/// number after the operator (`+755`). The grammar and meaning of gnulib's `modechange.c`.
public struct SymbolicMode: Equatable, Hashable, Sendable {
  public var text: String
  public var changes: [Change]

  /// One operator of a clause and what it applies.
  public struct Change: Equatable, Hashable, Sendable {
    public enum Kind: Equatable, Hashable, Sendable {
      /// `value` as given.
      case ordinary
      /// `u`, `g` or `o` after the operator: that class's current bits, given to the others.
      case copyExisting
      /// `X`: execute only where some execute bit is set already, or on a directory.
      case executeIfAnyExecute
    }
    public var op: Character
    public var kind: Kind
    /// The bits the clause's classes (`ugoa`) cover; 0 when none is named (then the umask
    /// decides).
    public var affected: Int
    public var value: Int
    public var mentioned: Int
  }

  static let allBits = 0o7777

  public init?(_ text: String) {
    let characters = Array(text)
    var index = 0
    var changes: [Change] = []
    func peek() -> Character? { index < characters.count ? characters[index] : nil }
    repeat {
      var affected = 0
      classes: while let c = peek() {
        switch c {
        case "u": affected |= 0o4700
        case "g": affected |= 0o2070
        case "o": affected |= 0o1007
        case "a": affected |= Self.allBits
        default: break classes
        }
        index += 1
      }
      // At least one operator per clause.
      guard let first = peek(), "+-=".contains(first) else { return nil }
      while let op = peek(), "+-=".contains(op) {
        index += 1
        var value = 0
        var mentioned = 0
        var kind = Change.Kind.copyExisting
        var clauseAffected = affected
        switch peek() {
        case let c? where ("0"..."7").contains(c):
          var octal = 0
          while let d = peek(), ("0"..."7").contains(d) {
            octal = octal * 8 + Int(String(d))!
            guard octal <= Self.allBits else { return nil }
            index += 1
          }
          guard affected == 0, peek() == nil || peek() == "," else { return nil }
          clauseAffected = Self.allBits
          mentioned = Self.allBits
          value = octal
          kind = .ordinary
        case let c? where "ugo".contains(c):
          // The class's bits: `u` 0700, `g` 0070, `o` 0007.
          value = c == "u" ? 0o700 : c == "g" ? 0o070 : 0o007
          index += 1
        default:
          kind = .ordinary
          permissions: while let c = peek() {
            switch c {
            case "r": value |= 0o444
            case "w": value |= 0o222
            case "x": value |= 0o111
            case "X": kind = .executeIfAnyExecute
            case "s": value |= 0o6000
            case "t": value |= 0o1000
            default: break permissions
            }
            index += 1
          }
        }
        changes.append(
          Change(
            op: op, kind: kind, affected: clauseAffected, value: value,
            mentioned: mentioned != 0
              ? mentioned : clauseAffected != 0 ? clauseAffected & value : value))
      }
      guard peek() == nil || peek() == "," else { return nil }
      index += 1
    } while index <= characters.count
    guard !changes.isEmpty, text.last != "," else { return nil }
    self.text = text
    self.changes = changes
  }

  /// The mode bits after the changes (gnulib's `mode_adjust`), for a file whose bits are
  /// `mode`; `umask` limits clauses that name no class.
  public func applied(to mode: Int, isDirectory: Bool, umask: Int) -> Int {
    var result = mode & Self.allBits
    for change in changes {
      let omitted = (isDirectory ? 0o6000 : 0) & ~change.mentioned
      var value = change.value
      switch change.kind {
      case .ordinary: break
      case .copyExisting:
        value &= result
        value |=
          (value & 0o444 != 0 ? 0o444 : 0) | (value & 0o222 != 0 ? 0o222 : 0)
          | (value & 0o111 != 0 ? 0o111 : 0)
      case .executeIfAnyExecute:
        if result & 0o111 != 0 || isDirectory { value |= 0o111 }
      }
      value &= (change.affected != 0 ? change.affected : ~umask) & ~omitted
      switch change.op {
      case "=":
        let preserved = (change.affected != 0 ? ~change.affected : umask) | omitted
        result = (result & preserved) | value
      case "+": result |= value
      default: result &= ~value
      }
    }
    return result
  }
}
