/// A parsed sed script: commands in order, `{…}` blocks flattened to jumps, labels resolved.
public struct SedProgram: Sendable {
  public var commands: [Command]
  /// `#n` on the script's first line: as `-n`.
  public var quietByComment: Bool
  /// Files `w` and `s///w` write, in the order they are named (GNU sed truncates them when it
  /// reads the script).
  public var outputFiles: [String]

  /// One command with its addresses.
  public struct Command: Sendable {
    public var address: AddressSpec?
    /// `!`: the command runs where the address does not match.
    public var negated = false
    public var action: Action
    /// Where the command starts, for messages.
    public var location: SedLocation
  }

  /// `ADDR` or `ADDR1,ADDR2`.
  public struct AddressSpec: Sendable {
    public var first: Address
    public var second: Address?
  }

  public enum Address: Sendable {
    case line(Int)
    /// `first~step`.
    case step(first: Int, step: Int)
    case last
    /// `/re/` (nil regex: the last regex used).
    case regex(SedRegex?)
    /// `addr1,+N` (second address only).
    case following(Int)
    /// `addr1,~N` (second address only): through the next line that is a multiple of N.
    case multiple(Int)
  }

  public enum Action: Sendable {
    /// `{`: jumps past its block (to the index) when the address does not match.
    case block(end: Int)
    /// `}` (no operation).
    case blockEnd
    /// `b`, `t`, `T`: the command index to go to (`commands.count`: end of script).
    case branch(BranchKind, target: Int)
    case label(String)
    /// `a`, `i`, `c` and their text (ending with a newline unless empty).
    case append([UInt8])
    case insert([UInt8])
    case change([UInt8])
    case substitute(Substitution)
    case transliterate([[UInt8]: [UInt8]])
    /// `q`/`Q` with the exit status.
    case quit(status: Int32, print: Bool)
    /// `l` with its line length (nil: the `-l` option's).
    case list(Int?)
    /// `r FILE`: queued to the end of the cycle.
    case readFile(String)
    /// `w FILE`.
    case writeFile(String)
    /// Commands without arguments: `= d D g G h H n N p P x z F`.
    case simple(UInt8)
  }

  public enum BranchKind: Sendable {
    case always, ifSubstituted, unlessSubstituted
  }

  /// `s/regex/replacement/flags`.
  public struct Substitution: Sendable {
    /// nil: the last regex used.
    public var regex: SedRegex?
    public var replacement: SedReplacement
    public var global = false
    /// The match replaced (1-based), and with `global` every one after it.
    public var occurrence = 1
    public var print = false
    public var writeFile: String?
  }
}
