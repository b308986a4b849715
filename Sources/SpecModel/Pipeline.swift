/// A shell pipeline seen as data flow: bytes come from one source, pass through filters in
/// order and end in one sink. Its status is bash's with `pipefail`: the last non-zero status of
/// its parts.
public struct Pipeline: Equatable, Hashable, Sendable {
  public var source: Source
  public var filters: [Filter]
  public var sink: Sink
  /// Where standard error of the pipeline's commands goes when it was redirected
  /// (`2>/dev/null`, `2>&1`); `nil` leaves it on the scenario's standard error.
  public var errors: ErrorSink?

  public init(
    source: Source, filters: [Filter] = [], sink: Sink = .stdout, errors: ErrorSink? = nil
  ) {
    self.source = source
    self.filters = filters
    self.sink = sink
    self.errors = errors
  }
}

/// Where a pipeline's bytes come from.
public enum Source: Equatable, Hashable, Sendable {
  /// A `curl` transfer: its standard output (body, plus headers with `-i`/`-D -`, plus `-w`).
  case request(Request)
  /// Text the shell prints itself (`echo`, `printf`, a here-document), exactly, newlines included.
  case text(Template)
  /// The content of a file the shell opens: `< FILE`, `$(< FILE)`. A file that cannot be
  /// opened is bash's redirection error, and the command it was for does not run. (A command
  /// that opens a file itself, `cat FILE`, `jq . FILE`, `grep P FILE`, carries it as a file
  /// operand of its own filter.)
  case file(Template)
  /// `printf FORMAT ARGUMENT…` whose text is only known at run time: arguments are words
  /// (`"$@"` is one word per positional parameter) and the format is reused for each group of
  /// arguments, as bash's `printf` does.
  case printf(PrintfCall)
  /// No input at all (`jq -n`, a lone command).
  case empty
  /// The shell's own standard input (a filter first in a function body or in a pipeline stage
  /// reads what the stage was given; empty when the shell has none).
  case stdin
  /// Shell code whose standard output feeds the pipeline (`helper | jq …`,
  /// `for …; done | sort`): it runs in a subshell, reading the shell's standard input.
  case shell([Step])
  /// `echo WORD…` with a word that expands to several words at run time (`"$@"`, `"${a[@]}"`).
  case echo(EchoCall)
  /// `curl` with words only known at run time, or with several transfers: its argument vector.
  case curl(CurlCall)
  /// `date …`: the run's time (or the `-d` time) printed on one line.
  case date(DateInvocation)
  /// `seq …`: numbers, one per line (or joined by a separator).
  case sequence(SeqInvocation)
  /// `basename …`, `dirname …`: parts of names, one per line.
  case pathPart(PathPartCall)
  /// `uuidgen`, `openssl rand -hex N`/`-base64 N`: random text.
  case random(RandomCall)
  /// `realpath …`: names resolved against the file system, one per line.
  case realpath(RealpathCall)
  /// `printenv NAME…`: exported variables' values.
  case printenv(PrintenvCall)
  /// `pwd`: the shell's working directory as `cd` left it (logical), or with symbolic links
  /// resolved (`pwd -P`), on one line.
  case workingDirectory(physical: Bool)
  /// `cp`, `mv`, `ln`, `rmdir`, `readlink`, `mktemp`, `ls`, `stat`, `du`, `truncate`: a file
  /// command's argument vector, read and run at run time as coreutils does.
  case fileCommand(FileCommandCall)
}

/// One stage that reads the previous stage's bytes and writes new ones.
public enum Filter: Equatable, Hashable, Sendable {
  case jq(JQInvocation)
  /// `sed -n 'A,Bp'`, `sed -n 'Np'`, `head -n N`, `tail -n N` on standard input (with a file
  /// operand they are the filters `sed-script`, `head`, `tail`, which name the command).
  case lines(LineRange)
  /// `head -c N`, `dd bs=… skip=… count=… [if=FILE]`: a range of bytes.
  case bytes(ByteRange)
  /// `grep`.
  case grep(GrepInvocation)
  /// `sed 's/pattern/replacement/flags'` (basic or extended regular expression).
  case substitute(SedSubstitution)
  /// `sed -n '/re/p'`, `sed '/re/d'` and their `!` forms: the lines a sed address selects,
  /// written as sed writes them. (These short sed forms read standard input; a sed command
  /// line with file operands is `sed-script`.)
  case select(SedSelection)
  /// `wc -c` / `-l` / `-w` / `-m` / `-L` of the input: the count, alone on its line.
  case count(CountUnit)
  /// `wc` printing several counts or reading file operands: aligned columns as GNU wc.
  case wordCount(WordCountInvocation)
  /// `sha256sum`, `sha1sum`, `md5sum`: a digest line per input.
  case checksum(ChecksumInvocation)
  /// `cat` with options or several files.
  case cat(CatInvocation)
  /// `tr -d SET` (delete) or `tr SET1 SET2` (translate).
  case translate(Translation)
  /// `cat`, `tee FILE…`: passes bytes through (a `tee` also writes them to each file, in
  /// order).
  case tee(files: [Template], append: Bool)
  /// `base64 [-w COLS]`, `base64 -d`: encoded lines are `wrap` characters long (76 by
  /// default as GNU base64; 0 writes one line without a final newline). `file`: its file
  /// operand, which base64 opens itself (with its messages) instead of reading its input.
  case base64(decode: Bool, wrap: Int = 76, file: Template? = nil)
  /// `sort`: the lines in order, each ending with a newline.
  case sort(SortInvocation)
  /// `uniq`: runs of equal adjacent lines written once.
  case uniq(UniqInvocation)
  /// `cut`: the selected bytes or fields of each line.
  case cut(CutInvocation)
  /// Any other `sed` command line (several expressions, branches, hold space…), run by the
  /// Sed interpreter.
  case sed(SedInvocation)
  /// `awk`: a program run over the input (or its file operands), as mawk runs it.
  case awk(AwkCall)
  /// `head -n COUNT`/`-c COUNT` with a count read at run time, or with file operands (see
  /// `HeadTailCount`).
  case head(HeadTailCount)
  /// `tail -n COUNT`/`-c COUNT` with a count read at run time, or with file operands (see
  /// `HeadTailCount`).
  case tail(HeadTailCount)
  /// Shell code as a stage (`… | helper`, `… | while read -r L; do …; done`): it runs in a
  /// subshell with the previous stage's bytes as standard input; its standard output is the
  /// stage's output and its status counts for `pipefail`.
  case shell([Step])
  /// `od`: the input (or its file operands) dumped in octal, hexadecimal, decimal or as
  /// characters.
  case od(OdInvocation)
  /// `xxd`: a hex dump of the input (or its file operand), or `-r` the bytes of one.
  case xxd(XxdInvocation)
  /// `xargs`: the input's items run a command (`echo` by default), in batches.
  case xargs(XargsInvocation)
  /// `paste`, `rev`, `tac`, `comm`, `cmp`, `expr`, `nl`, `fold`: a GNU text utility run on its
  /// input, its file operands or its arguments.
  case text(TextUtilityCall)
}

/// Which bytes of the input pass.
public struct ByteRange: Codable, Equatable, Hashable, Sendable {
  /// Bytes skipped first.
  public var skip: Int
  /// Bytes kept after that (through the end when absent).
  public var count: Int?
  /// `dd if=FILE`: dd opens the file itself (with dd's messages) instead of reading its input.
  /// (`head -c N FILE` is the filter `head`, which carries its files.)
  public var inputFile: Template?

  public init(skip: Int = 0, count: Int? = nil, inputFile: Template? = nil) {
    self.skip = skip
    self.count = count
    self.inputFile = inputFile
  }

  enum CodingKeys: String, CodingKey {
    case skip, count
    case inputFile = "dd-input"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    skip = try c.decodeIfPresent(Int.self, forKey: .skip) ?? 0
    count = try c.decodeIfPresent(Int.self, forKey: .count)
    inputFile = try c.decodeIfPresent(Template.self, forKey: .inputFile)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    if skip != 0 { try c.encode(skip, forKey: .skip) }
    try c.encodeIfPresent(count, forKey: .count)
    try c.encodeIfPresent(inputFile, forKey: .inputFile)
  }
}

/// Which lines of the input pass, 1-based and inclusive.
public struct LineRange: Codable, Equatable, Hashable, Sendable {
  /// First line kept (1 when absent).
  public var from: Int?
  /// Last line kept (through the end when absent).
  public var to: Int?
  /// Keep only the last N lines (`tail -n N`).
  public var last: Int?
  /// The command reads its whole input (`sed -n 'A,Bp'`), where `head -n N` and `sed Nq` stop
  /// after line `to`: in a pipe, only the latter make the writer before them fail
  /// (`StagePipe`).
  public var readsToEnd: Bool

  public init(from: Int? = nil, to: Int? = nil, last: Int? = nil, readsToEnd: Bool = false) {
    self.from = from
    self.to = to
    self.last = last
    self.readsToEnd = readsToEnd
  }

  enum CodingKeys: String, CodingKey {
    case from, to, last
    case readsToEnd = "reads-to-end"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    from = try c.decodeIfPresent(Int.self, forKey: .from)
    to = try c.decodeIfPresent(Int.self, forKey: .to)
    last = try c.decodeIfPresent(Int.self, forKey: .last)
    readsToEnd = try c.flag(.readsToEnd)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeIfPresent(from, forKey: .from)
    try c.encodeIfPresent(to, forKey: .to)
    try c.encodeIfPresent(last, forKey: .last)
    try c.flag(readsToEnd, .readsToEnd)
  }
}

public struct GrepInvocation: Codable, Equatable, Hashable, Sendable {
  public var pattern: Template
  public var syntax: Syntax = .basic
  public var ignoreCase: Bool = false
  public var invert: Bool = false
  /// `-q`: print nothing; the status alone says whether a line matched.
  public var quiet: Bool = false
  /// `-c`: print the number of matching lines.
  public var count: Bool = false
  /// `-o`: print only the matched parts.
  public var onlyMatching: Bool = false
  /// `-x`: the pattern must match the whole line.
  public var wholeLine: Bool = false
  /// `-w`: the pattern must match whole words.
  public var wholeWord: Bool = false
  /// `-m N`.
  public var maxCount: Int?
  /// `-A N` (or `-C N`): lines printed after each selected line; `nil` when not given.
  public var afterContext: Int?
  /// `-B N` (or `-C N`): lines printed before each selected line; `nil` when not given.
  public var beforeContext: Int?
  /// `-n`: each output line starts with its line number.
  public var lineNumbers: Bool = false
  /// `-H` (true) or `-h` (false): whether each output line starts with its file's name; by
  /// default only with several files.
  public var withFilename: Bool?
  /// File operands, searched in order instead of standard input (`-` is standard input).
  public var files: [Template] = []
  /// `-s`: no message about a file that cannot be read (the status is still 2).
  public var noMessages: Bool = false

  public enum Syntax: String, Codable, Equatable, Hashable, Sendable {
    case basic, extended, fixed, perl
  }

  public init(pattern: Template) {
    self.pattern = pattern
  }

  enum CodingKeys: String, CodingKey {
    case pattern, syntax
    case ignoreCase = "ignore-case"
    case invert, quiet, count
    case
      onlyMatching = "only-matching"
    case wholeLine = "whole-line"
    case wholeWord = "whole-word"
    case
      maxCount = "max-count"
    case afterContext = "after-context"
    case beforeContext = "before-context"
    case lineNumbers = "line-number"
    case withFilename = "with-filename"
    case noMessages = "no-messages"
    case files
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    pattern = try c.decode(Template.self, forKey: .pattern)
    syntax = try c.decodeIfPresent(Syntax.self, forKey: .syntax) ?? .basic
    ignoreCase = try c.flag(.ignoreCase)
    invert = try c.flag(.invert)
    quiet = try c.flag(.quiet)
    count = try c.flag(.count)
    onlyMatching = try c.flag(.onlyMatching)
    wholeLine = try c.flag(.wholeLine)
    wholeWord = try c.flag(.wholeWord)
    maxCount = try c.decodeIfPresent(Int.self, forKey: .maxCount)
    afterContext = try c.decodeIfPresent(Int.self, forKey: .afterContext)
    beforeContext = try c.decodeIfPresent(Int.self, forKey: .beforeContext)
    lineNumbers = try c.flag(.lineNumbers)
    withFilename = try c.decodeIfPresent(Bool.self, forKey: .withFilename)
    noMessages = try c.flag(.noMessages)
    files = try c.decodeIfPresent([Template].self, forKey: .files) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(pattern, forKey: .pattern)
    if syntax != .basic { try c.encode(syntax, forKey: .syntax) }
    try c.flag(ignoreCase, .ignoreCase)
    try c.flag(invert, .invert)
    try c.flag(quiet, .quiet)
    try c.flag(count, .count)
    try c.flag(onlyMatching, .onlyMatching)
    try c.flag(wholeLine, .wholeLine)
    try c.flag(wholeWord, .wholeWord)
    try c.encodeIfPresent(maxCount, forKey: .maxCount)
    try c.encodeIfPresent(afterContext, forKey: .afterContext)
    try c.encodeIfPresent(beforeContext, forKey: .beforeContext)
    try c.flag(lineNumbers, .lineNumbers)
    try c.encodeIfPresent(withFilename, forKey: .withFilename)
    try c.flag(noMessages, .noMessages)
    if !files.isEmpty { try c.encode(files, forKey: .files) }
  }
}

public struct SedSubstitution: Codable, Equatable, Hashable, Sendable {
  public var pattern: String
  public var replacement: String
  /// The `g` flag: every match (from the `occurrence`th on when both are given).
  public var global: Bool
  /// The `N` flag: only the Nth match (1 when absent).
  public var occurrence: Int?
  public var extended: Bool
  public var ignoreCase: Bool
  /// `-n`: lines are not printed automatically.
  public var quiet: Bool
  /// The `p` flag: a line where a substitution happened is printed (again, without `-n`).
  public var print: Bool

  public init(
    pattern: String, replacement: String, global: Bool = false, occurrence: Int? = nil,
    extended: Bool = false, ignoreCase: Bool = false, quiet: Bool = false, print: Bool = false
  ) {
    self.pattern = pattern
    self.replacement = replacement
    self.global = global
    self.occurrence = occurrence
    self.extended = extended
    self.ignoreCase = ignoreCase
    self.quiet = quiet
    self.print = print
  }

  enum CodingKeys: String, CodingKey {
    case pattern, replacement, global, occurrence, extended
    case ignoreCase = "ignore-case"
    case quiet, print
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    pattern = try c.decode(String.self, forKey: .pattern)
    replacement = try c.decode(String.self, forKey: .replacement)
    global = try c.flag(.global)
    occurrence = try c.decodeIfPresent(Int.self, forKey: .occurrence)
    extended = try c.flag(.extended)
    ignoreCase = try c.flag(.ignoreCase)
    quiet = try c.flag(.quiet)
    print = try c.flag(.print)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(pattern, forKey: .pattern)
    try c.encode(replacement, forKey: .replacement)
    try c.flag(global, .global)
    try c.encodeIfPresent(occurrence, forKey: .occurrence)
    try c.flag(extended, .extended)
    try c.flag(ignoreCase, .ignoreCase)
    try c.flag(quiet, .quiet)
    try c.flag(print, .print)
  }
}

/// What `wc` counts: `-c`, `-l`, `-w`, `-m` (characters), `-L` (the widest line's display width).
public enum CountUnit: String, Codable, Equatable, Hashable, Sendable {
  case bytes, lines, words, characters
  case maxLineLength = "max-line-length"
}

public struct Translation: Codable, Equatable, Hashable, Sendable {
  /// Characters matched (after expanding ranges such as `a-z` and escapes such as `\n`).
  public var set1: String
  /// Replacement characters; `nil` deletes the characters of `set1`.
  public var set2: String?
  /// `-s`: squeeze repeats.
  public var squeeze: Bool
  /// `-c`/`-C`: SET1 stands for every byte it does not list, in ascending order.
  public var complement: Bool = false
  /// `-d` with SET2 (`tr -ds SET1 SET2`): SET1 is deleted and SET2 is only squeezed.
  public var deleteThenSqueeze: Bool = false

  public init(
    set1: String, set2: String? = nil, squeeze: Bool = false, complement: Bool = false,
    deleteThenSqueeze: Bool = false
  ) {
    self.set1 = set1
    self.set2 = set2
    self.squeeze = squeeze
    self.complement = complement
    self.deleteThenSqueeze = deleteThenSqueeze
  }

  enum CodingKeys: String, CodingKey {
    case set1, set2, squeeze, complement
    case deleteThenSqueeze = "delete-then-squeeze"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    set1 = try c.decode(String.self, forKey: .set1)
    set2 = try c.decodeIfPresent(String.self, forKey: .set2)
    squeeze = try c.flag(.squeeze)
    complement = try c.flag(.complement)
    deleteThenSqueeze = try c.flag(.deleteThenSqueeze)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(set1, forKey: .set1)
    try c.encodeIfPresent(set2, forKey: .set2)
    try c.flag(squeeze, .squeeze)
    try c.flag(complement, .complement)
    try c.flag(deleteThenSqueeze, .deleteThenSqueeze)
  }
}

/// Where a pipeline's output ends.
public enum Sink: Equatable, Hashable, Sendable {
  /// Printed on the scenario's standard output.
  case stdout
  /// Printed on the scenario's standard error (`>&2`).
  case stderr
  /// Stored in a variable (`NAME=$(…)`), trailing newlines removed as bash does.
  case capture(String)
  /// Written to a file (`> FILE`, `>> FILE`), with `mode` (octal, e.g. 0o600) when the
  /// scenario restricts it (`umask 077`, `chmod 600`).
  case file(Template, append: Bool, mode: Int?)
  /// Thrown away (`> /dev/null`, `grep -q`).
  case discard
}

/// Where a pipeline's standard error goes when redirected.
public enum ErrorSink: Equatable, Hashable, Sendable {
  /// `2>/dev/null`.
  case discard
  /// `2>&1`: merged into the pipeline's output.
  case stdout
  /// `2> FILE`, `2>> FILE`.
  case file(Template, append: Bool)
}
