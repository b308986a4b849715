/// The options a file command takes, read as GNU `getopt_long` reads them: clustered short
/// options (`-rf`), values attached or in the next argument (`-tDIR`, `-t DIR`,
/// `--target-directory=DIR`), unambiguous prefixes of long names (`--recur`), options anywhere
/// among the operands, `--` ending them and `-` an operand. Only the options the runtime
/// implements are listed: the compiler refuses the others where it sees them, and the runtime
/// answers one that appears only after expansion with getopt's message.
public struct FileCommandOptions: Sendable {
  public struct Option: Sendable {
    public enum Value: Sendable { case none, required, optional }
    /// The name the parsed option is reported under.
    public var key: String
    public var short: Character?
    public var long: String?
    public var value: Value

    public init(_ key: String, short: Character? = nil, long: String? = nil, value: Value = .none) {
      self.key = key
      self.short = short
      self.long = long
      self.value = value
    }
  }

  /// An option found, with its value.
  public struct Found: Sendable, Equatable {
    public var key: String
    public var value: String?
    /// The index of the argument it came from.
    public var index: Int
  }

  public struct Parsed: Sendable, Equatable {
    public var options: [Found] = []
    public var operands: [String] = []

    public init() {}

    public func has(_ key: String) -> Bool { options.contains { $0.key == key } }
    /// The value of the last occurrence of `key`.
    public func value(_ key: String) -> String? { options.last { $0.key == key }?.value }
  }

  /// What getopt says about an argument it cannot read, and at which argument.
  public struct Failure: Error, Sendable, Equatable {
    public var message: String
    public var index: Int
    /// The option as written (`-q`, `--foo`).
    public var option: String
    /// The option is known but its value is missing.
    public var missingValue = false
  }

  public var options: [Option]
  /// GNU's other short options and long names of the command, which the runtime does not
  /// implement: one of them is refused as such, not as an option GNU does not know.
  public var unimplemented: [String]

  public init(_ options: [Option], unimplemented: [String] = []) {
    self.options = options
    self.unimplemented = unimplemented
  }

  private func refused(_ option: String, at index: Int) -> Failure? {
    guard unimplemented.contains(option) else { return nil }
    return Failure(
      message: "option '\(option)' is not supported by this interpreter", index: index,
      option: option)
  }

  public func parse(_ arguments: [String]) -> Result<Parsed, Failure> {
    var parsed = Parsed()
    var index = 0
    var ended = false
    while index < arguments.count {
      let argument = arguments[index]
      let current = index
      index += 1
      if ended || argument == "-" || !argument.hasPrefix("-") {
        parsed.operands.append(argument)
        continue
      }
      if argument == "--" {
        ended = true
        continue
      }
      if argument.hasPrefix("--") {
        let body = argument.dropFirst(2)
        let name = body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let attached = body.contains("=") ? String(body[body.index(after: name.endIndex)...]) : nil
        let matches: [Option]
        if let exact = options.first(where: { $0.long == String(name) }) {
          matches = [exact]
        } else {
          matches = options.filter { $0.long?.hasPrefix(name) ?? false }
        }
        guard let option = matches.first else {
          if let refusal = refused("--" + name, at: current) { return .failure(refusal) }
          return .failure(
            Failure(message: "unrecognized option '\(argument)'", index: current, option: argument))
        }
        if Set(matches.map(\.key)).count > 1 {
          let names = matches.map { "'--\($0.long!)'" }.joined(separator: " ")
          return .failure(
            Failure(
              message: "option '--\(name)' is ambiguous; possibilities: \(names)", index: current,
              option: argument))
        }
        let long = "--" + option.long!
        switch option.value {
        case .none:
          if attached != nil {
            return .failure(
              Failure(
                message: "option '\(long)' doesn't allow an argument", index: current,
                option: argument))
          }
          parsed.options.append(Found(key: option.key, value: nil, index: current))
        case .optional:
          parsed.options.append(Found(key: option.key, value: attached, index: current))
        case .required:
          if let attached {
            parsed.options.append(Found(key: option.key, value: attached, index: current))
          } else if index < arguments.count {
            parsed.options.append(Found(key: option.key, value: arguments[index], index: current))
            index += 1
          } else {
            return .failure(
              Failure(
                message: "option '\(long)' requires an argument", index: current,
                option: argument, missingValue: true))
          }
        }
        continue
      }
      let letters = Array(argument.dropFirst())
      var position = 0
      while position < letters.count {
        let letter = letters[position]
        position += 1
        guard let option = options.first(where: { $0.short == letter }) else {
          if let refusal = refused("-\(letter)", at: current) { return .failure(refusal) }
          return .failure(
            Failure(message: "invalid option -- '\(letter)'", index: current, option: "-\(letter)"))
        }
        switch option.value {
        case .none:
          parsed.options.append(Found(key: option.key, value: nil, index: current))
        case .optional:
          let rest = position < letters.count ? String(letters[position...]) : nil
          parsed.options.append(Found(key: option.key, value: rest, index: current))
          position = letters.count
        case .required:
          if position < letters.count {
            parsed.options.append(
              Found(key: option.key, value: String(letters[position...]), index: current))
          } else if index < arguments.count {
            parsed.options.append(Found(key: option.key, value: arguments[index], index: current))
            index += 1
          } else {
            return .failure(
              Failure(
                message: "option requires an argument -- '\(letter)'", index: current,
                option: "-\(letter)", missingValue: true))
          }
          position = letters.count
        }
      }
    }
    return .success(parsed)
  }
}

extension FileCommandCall.Command {
  /// The options of the command the runtime implements.
  public var options: FileCommandOptions {
    typealias O = FileCommandOptions.Option
    let verbose = O("verbose", short: "v", long: "verbose")
    let target = O("target-directory", short: "t", long: "target-directory", value: .required)
    let noTarget = O("no-target-directory", short: "T", long: "no-target-directory")
    switch self {
    case .cp:
      return FileCommandOptions(
        [
          O("recursive", short: "r", long: "recursive"), O("recursive", short: "R"),
          O("archive", short: "a", long: "archive"), O("preserve", short: "p"),
          O("force", short: "f", long: "force"), O("no-clobber", short: "n", long: "no-clobber"),
          O("dereference", short: "L", long: "dereference"),
          O("no-dereference", short: "P", long: "no-dereference"), O("no-dereference", short: "d"),
          verbose, target, noTarget,
        ],
        unimplemented: Self.gnu(
          "bHilsuxZ",
          "attributes-only backup copy-contents interactive link parents preserve no-preserve reflink remove-destination sparse strip-trailing-slashes symbolic-link suffix update one-file-system context debug"
        ))
    case .mv:
      return FileCommandOptions(
        [
          O("force", short: "f", long: "force"), O("no-clobber", short: "n", long: "no-clobber"),
          verbose, target, noTarget,
        ],
        unimplemented: Self.gnu(
          "biSuZ",
          "backup interactive strip-trailing-slashes suffix update context debug no-copy exchange"))
    case .ln:
      return FileCommandOptions(
        [
          O("symbolic", short: "s", long: "symbolic"), O("force", short: "f", long: "force"),
          O("no-dereference", short: "n", long: "no-dereference"), verbose, target, noTarget,
        ],
        unimplemented: Self.gnu(
          "bdFiLPrS", "backup directory interactive logical physical relative suffix"))
    case .rmdir:
      return FileCommandOptions([
        O("parents", short: "p", long: "parents"),
        O("ignore-fail-on-non-empty", long: "ignore-fail-on-non-empty"), verbose,
      ])
    case .readlink:
      return FileCommandOptions([
        O("canonicalize", short: "f", long: "canonicalize"),
        O("canonicalize-existing", short: "e", long: "canonicalize-existing"),
        O("canonicalize-missing", short: "m", long: "canonicalize-missing"),
        O("no-newline", short: "n", long: "no-newline"), O("zero", short: "z", long: "zero"),
        O("quiet", short: "q", long: "quiet"), O("quiet", short: "s", long: "silent"), verbose,
      ])
    case .mktemp:
      return FileCommandOptions([
        O("directory", short: "d", long: "directory"), O("dry-run", short: "u", long: "dry-run"),
        O("quiet", short: "q", long: "quiet"), O("tmpdir", short: "p", value: .required),
        O("tmpdir", long: "tmpdir", value: .optional), O("t", short: "t"),
        O("suffix", long: "suffix", value: .required),
      ])
    case .ls:
      return FileCommandOptions(
        [
          O("one-per-line", short: "1"), O("all", short: "a", long: "all"),
          O("almost-all", short: "A", long: "almost-all"),
          O("directory", short: "d", long: "directory"), O("time", short: "t"),
          O("reverse", short: "r", long: "reverse"), O("size", short: "S"),
          O("unsorted", short: "U"),
        ],
        unimplemented: Self.gnu(
          "bBcCDfFgGhHiIklLmnNopqQRsTuvwxXZ",
          "author escape block-size ignore-backups color classify file-type format full-time group-directories-first no-group human-readable si dereference-command-line dereference-command-line-symlink-to-dir hide hyperlink indicator-style inode ignore kibibytes dereference literal hide-control-chars show-control-chars quote-name quoting-style recursive size sort time time-style tabsize width context zero"
        ))
    case .stat:
      return FileCommandOptions(
        [
          O("format", short: "c", long: "format", value: .required),
          O("printf", long: "printf", value: .required),
          O("dereference", short: "L", long: "dereference"),
        ], unimplemented: Self.gnu("fterZ", "file-system terse cached"))
    case .du:
      return FileCommandOptions(
        [
          O("bytes", short: "b", long: "bytes"), O("summarize", short: "s", long: "summarize"),
          O("kilobytes", short: "k"), O("human-readable", short: "h", long: "human-readable"),
          O("all", short: "a", long: "all"), O("total", short: "c", long: "total"),
          O("apparent-size", long: "apparent-size"),
          O("max-depth", short: "d", long: "max-depth", value: .required),
        ],
        unimplemented: Self.gnu(
          "0BDHlLmPStxX",
          "null block-size count-links dereference dereference-args no-dereference separate-dirs si threshold time time-style exclude-from exclude one-file-system inodes files0-from"
        ))
    case .truncate:
      return FileCommandOptions(
        [
          O("size", short: "s", long: "size", value: .required),
          O("no-create", short: "c", long: "no-create"),
          O("reference", short: "r", long: "reference", value: .required),
        ], unimplemented: Self.gnu("o", "io-blocks"))
    case .find:
      // find reads its own expression (`FindCommandLine`).
      return FileCommandOptions([])
    }
  }

  /// Short letters and space-separated long names as option texts (`-l`, `--format`).
  private static func gnu(_ letters: String, _ longs: String) -> [String] {
    letters.map { "-\($0)" } + longs.split(separator: " ").map { "--\($0)" }
  }

  /// The status of a usage error (`ls` uses 2 for serious trouble).
  public var usageStatus: Int32 { self == .ls ? 2 : 1 }
}
