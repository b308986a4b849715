/// A script or command line GNU sed refuses, with where it refuses it: GNU sed's messages
/// (`-e expression #1, char 3: unterminated `s' command`).
public struct SedError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Kind: String, Codable, Equatable, Sendable {
    /// The script is not sed (GNU sed exits with status 1).
    case script
    /// A bad command line: unknown option, no script (status 1, GNU prints its usage).
    case usage
    /// Valid sed this implementation does not run (`-i`, `e`, `R`, `W`).
    case unsupported
    /// A file the script names cannot be opened (`-f`, `w`; status 4).
    case file
    /// What GNU sed reports through `panic` while preparing the script: a branch to a label
    /// that does not exist (status 4).
    case panic
  }

  public var kind: Kind
  /// Where the error is: `-e expression #1, char 3`, `file x.sed line 2`, or nil.
  public var location: SedLocation?
  public var message: String

  public init(_ kind: Kind, _ message: String, at location: SedLocation? = nil) {
    self.kind = kind
    self.message = message
    self.location = location
  }

  /// The exit status GNU sed 4.9 ends with.
  public var status: Int32 {
    switch kind {
    case .script, .usage, .unsupported: return 1
    case .file, .panic: return 4
    }
  }

  /// The message without the `sed: ` prefix, as GNU sed words it.
  public var description: String {
    guard let location else { return message }
    return "\(location): \(message)"
  }
}

/// A place in the script: the byte offset in an `-e` expression (GNU counts bytes consumed)
/// or the line of a script file.
public struct SedLocation: Equatable, Sendable, CustomStringConvertible {
  public enum Origin: Equatable, Sendable {
    /// The Nth `-e` (or the script operand, number 1).
    case expression(Int)
    /// A `-f` file, by name.
    case file(String)
  }

  public var origin: Origin
  /// Bytes of the expression consumed when the error was found (0: after the whole script).
  public var character: Int
  /// 1-based line in the piece.
  public var line: Int

  public init(origin: Origin, character: Int, line: Int) {
    self.origin = origin
    self.character = character
    self.line = line
  }

  public var description: String {
    switch origin {
    case .expression(let number): return "-e expression #\(number), char \(character)"
    case .file(let name): return "file \(name) line \(line)"
    }
  }
}
