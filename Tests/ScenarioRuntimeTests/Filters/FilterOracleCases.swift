import Foundation
import SpecModel
import Testing

/// One comparison: `filter` and `command` run over the same input.
struct FilterOracleCase: Sendable, CustomTestStringConvertible {
  var filter: Filter
  /// The real command; its first element is the executable's absolute path.
  var command: [String]
  var input: [UInt8]
  var inputName: String
  /// Whether standard error must match too (not for `dd`, whose statistics include timings).
  var comparesStderr = true

  var testDescription: String {
    let words = command.map { word in
      word.isEmpty || word.contains(where: { " \t\n'\"\\*[]$|()?{}<>&;".contains($0) })
        ? "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" : word
    }
    return words.joined(separator: " ") + " < " + inputName
  }
}

/// Inputs every command of a family is run on.
enum OracleInputs {
  static let lines: [(String, [UInt8])] = [
    ("empty", []),
    ("abc", Array("a\nb\nc\n".utf8)),
    ("no-final-newline", Array("first line\nsecond\nlast without newline".utf8)),
    ("newline-only", Array("\n".utf8)),
    ("blank-lines", Array("\n\nx\n\n".utf8)),
    (
      "http-200",
      Array(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nX-Request-Id: 4f2a\r\n\r\n{\"id\":\"abc\",\"ok\":true}"
          .utf8)
    ),
    (
      "http-400",
      Array(
        "HTTP/1.1 400 Bad Request\r\ncontent-type: text/plain\r\nupgrade:   WebSocket\r\n\r\nbad request\r\n"
          .utf8)
    ),
    (
      "sse",
      Array(
        "event: audit.created\ndata: {\"id\":1,\"type\":\"file\"}\n\nevent: audit.deleted\ndata: {\"id\":2}\n\n: keepalive\n\nevent: auditXlog\ndata: [DONE]\n\n"
          .utf8)
    ),
    ("utf8", Array("héllo wörld\nnaïve café\n日本語 テキスト\nemoji 😀 ok\nÉCOLE École\n".utf8)),
    (
      "json",
      Array(
        "{\"token\":\"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl\",\"items\":[{\"id\":\"a1\",\"n\":10},{\"id\":\"b2\",\"n\":200}],\"next\":null}\n"
          .utf8)
    ),
    (
      "spaces",
      Array("  leading and   multiple\tspaces \n\n\ttabbed line\nfoo_bar foo-bar foobar foo\n".utf8)
    ),
    ("base64ish", Array("dGVzdA==\nabc+/def=\nnot base64!\n0123456789\n".utf8)),
    (
      "invalid-utf8",
      [0x6F, 0x6B, 0x0A, 0xFF, 0x62, 0x61, 0x64, 0x0A, 0x66, 0x69, 0x6E, 0x65, 0xC3, 0x0A]
    ),
    (
      "metacharacters",
      Array(
        "a.b\na*b\naxb\n(x)\n[y]\n{z}\na|b\na+b\nback\\slash\n$dollar^caret\nab\naab\nabab\n".utf8)
    ),
    ("case", Array("Hello\nHELLO\nhello\nhElLo world\nsay hello!\n".utf8)),
  ]

  static let binary: (String, [UInt8]) = (
    "nul-byte", [0x61, 0x62, 0x0A, 0x63, 0x00, 0x62, 0x0A, 0x7A, 0x0A]
  )
}

enum OracleCases {
  static func cases(_ filter: Filter, _ command: [String], comparesStderr: Bool = true)
    -> [FilterOracleCase]
  {
    OracleInputs.lines.map {
      FilterOracleCase(
        filter: filter, command: command, input: $0.1, inputName: $0.0,
        comparesStderr: comparesStderr)
    }
  }

  // MARK: grep

  /// `grep ARGUMENTS`, and the filter the compiler makes of it.
  static func grepCase(_ arguments: String...) -> [FilterOracleCase] {
    let invocation = grepInvocation(arguments)
    return cases(.grep(invocation), ["/bin/grep"] + arguments)
  }

  private static let grepGroups: [[FilterOracleCase]] = [
    grepCase("^HTTP/.* 400 "),
    grepCase("-i", "^upgrade: *websocket"),
    grepCase("-qi", "^upgrade: *websocket"),
    grepCase("^event: audit\\."),
    grepCase("^event: audit."),
    grepCase("-oE", "[A-Za-z0-9+/=]+"),
    grepCase("-E", "^[A-Za-z0-9+/=]+$"),
    grepCase("-o", "\"id\":\"[^\"]*\""),
    grepCase("-o", "\"n\":[0-9]*"),
    grepCase("-oE", "[0-9]{1,3}"),
    grepCase("\\(ab\\)\\1"),
    grepCase("-E", "(ab)\\1"),
    grepCase("a\\|b"),
    grepCase("-E", "a|b"),
    grepCase("-c", "a|b"),
    grepCase("o\\+"),
    grepCase("-o", "l\\+"),
    grepCase("x\\?b"),
    grepCase("-c", "^$"),
    grepCase("^"),
    grepCase("$"),
    grepCase("-c", "."),
    grepCase("-o", "."),
    grepCase("[[:digit:]]\\+"),
    grepCase("-o", "[[:alpha:]]*"),
    grepCase("-c", "[[:space:]]"),
    grepCase("-o", "[[:punct:]]"),
    grepCase("-o", "[[:upper:]][[:lower:]]*"),
    grepCase("-c", "[^a-z]"),
    grepCase("[]a]"),
    grepCase("[a-]"),
    grepCase("[\\]"),
    grepCase("a.b"),
    grepCase("a*b"),
    grepCase("-x", "a*b"),
    grepCase("\\."),
    grepCase("\\*"),
    grepCase("\\$"),
    grepCase("^\\$"),
    grepCase("\\^"),
    grepCase("*b"),
    grepCase("a\\{2\\}"),
    grepCase("-E", "a{2}"),
    grepCase("-E", "x{2,}"),
    grepCase("-E", "a{1"),
    grepCase("back\\\\slash"),
    grepCase("é"),
    grepCase("-o", "..$"),
    grepCase("^.\\{3\\}$"),
    grepCase("-i", "hello"),
    grepCase("-w", "hello"),
    grepCase("-ow", "foo"),
    grepCase("-w", "foo_bar"),
    grepCase("-wc", "bar"),
    grepCase("-x", "Hello"),
    grepCase("-xi", "hello"),
    grepCase("\\bfoo\\b"),
    grepCase("-o", "\\<[a-z]"),
    grepCase("-o", "o\\>"),
    grepCase("-o", "\\w\\+"),
    grepCase("-o", "\\W"),
    grepCase("-c", "\\s"),
    grepCase("-o", "\\S\\+"),
    grepCase(""),
    grepCase("-c", ""),
    grepCase("-c", "a"),
    grepCase("-v", "a"),
    grepCase("-vc", "a"),
    grepCase("-c", "zzz"),
    grepCase("-m", "2", "a"),
    grepCase("-m", "1", "-c", "e"),
    grepCase("-m", "0", "a"),
    grepCase("-q", "a"),
    grepCase("-oi", "h"),
    grepCase("-F", "a.b"),
    grepCase("-Fx", "a*b"),
    grepCase("-Fw", "foo"),
    grepCase("-Fi", "HELLO"),
    grepCase("-P", "\\d+"),
    grepCase("-oP", "(?<=\"id\":)\\d"),
    grepCase("-oP", "\"id\":\"\\K[^\"]+"),
    grepCase("-oP", "\\w+"),
    grepCase("-oP", "(?<=: )\\S+"),
    grepCase("-oP", "[\\w-]+"),
    grepCase("-oP", "\\bfoo\\b"),
    grepCase("-oP", "(?P<x>l)(?P=x)"),
    grepCase("-wP", "foo"),
    grepCase("-xP", "a.b"),
    grepCase("-P", "a("),
    grepCase("-P", "a)"),
    grepCase("-c", "OK$"),
    grepCase("-c", "OK\r$"),
    grepCase("\r$"),
    grepCase("-o", "[^[:space:]]*$"),
    grepCase("-ov", "a"),
    grepCase("-qv", "a"),
    grepCase("-m", "2", "-v", "a"),
    grepCase("-m", "1", "-o", "a"),
    grepCase("-m", "2", "-c", "-v", "x"),
    grepCase("-x", "-F", ""),
    grepCase("-ix", "hello"),
    grepCase("-oi", "[[:upper:]]"),
    grepCase("-i", "École"),
    grepCase("-xE", "a|ab|Hello"),
    grepCase("-wE", "foo|foo_bar"),
    grepCase("-owE", "foo|foo_bar|bar"),
    grepCase("-oE", "(data|event): [a-z]+"),
    grepCase("-E", "^(data|event):"),
    grepCase("-oE", "GET|GETX|[a-z]+ed"),
    grepCase("-oE", "a|ab"),
    grepCase("-E", "(a)\\1"),
    grepCase("-E", ")"),
    grepCase("-E", "^*a"),
    grepCase("-E", "+b"),
    grepCase("-E", "a**"),
    grepCase("-E", "a+?"),
    grepCase("\\(a\\)\\|b"),
    grepCase("a\nz"),
    grepCase("-c", "x\n"),
    grepCase("\\("),
    grepCase("-E", "("),
    grepCase("\\)"),
    grepCase("["),
    grepCase("[a"),
    grepCase("a\\{1"),
    grepCase("a\\{2,1\\}"),
    grepCase("a\\{99999\\}"),
    grepCase("[[:foo:]]"),
    grepCase("[:alpha:]"),
    grepCase("a\\"),
    grepCase("\\1"),
    grepCase("[b-a]"),
  ]

  private static let binaryGrepGroups: [[FilterOracleCase]] = [
    grepCase("b"), grepCase("-c", "b"), grepCase("-o", "b"), grepCase("-v", "q"),
    grepCase("-q", "b"), grepCase("-c", "a.b"),
  ]

  static let grep: [FilterOracleCase] =
    grepGroups.flatMap { $0 }
    + binaryGrepGroups.map { cases in
      var binary = cases[0]
      binary.input = OracleInputs.binary.1
      binary.inputName = OracleInputs.binary.0
      return binary
    }

  // MARK: sed

  /// `sed [OPTIONS] SCRIPT`, and the filter the compiler makes of it.
  static func sedCase(_ script: String) -> [FilterOracleCase] { sedCase([], script) }

  static func sedCase(_ options: [String], _ script: String) -> [FilterOracleCase] {
    cases(sedFilter(options, script), ["/bin/sed"] + options + [script])
  }

  private static let sedGroups: [[FilterOracleCase]] = [
    sedCase("s/a/b/"),
    sedCase("s/a/b/g"),
    sedCase("s/x*/-/g"),
    sedCase("s/b*/<&>/g"),
    sedCase("s/\\(.\\)\\(.\\)/\\2\\1/"),
    sedCase("s/.*\"id\":\"\\([^\"]*\\)\".*/\\1/"),
    sedCase("s/.*\"token\":\"\\([^\"]*\\)\".*/\\1/"),
    sedCase(["-E"], "s/^(HTTP\\/[0-9.]+) ([0-9]+).*/\\2/"),
    sedCase(["-n", "-E"], "s/^HTTP\\/[0-9.]+ ([0-9]{3}) .*/\\1/p"),
    sedCase("s/\\r$//"),
    sedCase("s/[[:space:]]*$//"),
    sedCase("s/OK$/X/"),
    sedCase("s/[[:upper:]]/_/Ig"),
    sedCase("s/\\(a\\)\\(b\\)/\\0-\\2\\1/g"),
    sedCase(["-E"], "s/(data|event): (.*)/\\2=\\1/"),
    sedCase(["-E"], "s/(GET|GETX) /[\\1]/"),
    sedCase("s/[[:space:]]\\+/ /g"),
    sedCase("s/^/> /"),
    sedCase("s/$/;/"),
    sedCase("s/o/0/Ig"),
    sedCase(["-n"], "s/^data: //p"),
    sedCase(["-n"], "s/^event: \\(.*\\)/\\1/p"),
    sedCase("s/a/[&]/g"),
    sedCase("s/a/\\&/g"),
    sedCase("s/\\(l\\+\\)/<\\1>/g"),
    sedCase("s/\\w\\+/\\u&/g"),
    sedCase("s/.*/\\U&/"),
    sedCase("s/\\(.\\)\\(.*\\)/\\1\\L\\2/"),
    sedCase("s/\\([a-z]\\)\\([a-z]*\\)/\\U\\1\\E\\2/g"),
    sedCase("s/é/e/g"),
    sedCase("s/\\bfoo\\b/X/g"),
    sedCase("s/\\<./B/g"),
    sedCase("s/\\t/TAB/g"),
    sedCase("s/[\\t ]/_/g"),
    sedCase("s/a/\\n/g"),
    sedCase("s/a/\\t/"),
    sedCase("s/\\x41/Q/Ig"),
    sedCase(["-E"], "s/(a|b)+/<\\1>/g"),
    sedCase(["-E"], "s/a{2,}/A/"),
    sedCase(["-E"], "s/a**/Z/"),
    sedCase(["-E"], "s/)/X/"),
    sedCase(["-E"], "s/[0-9]+/N/g"),
    sedCase("s|/|_|g"),
    sedCase("s/\\//|/g"),
    sedCase("s/[^[:alnum:]]//g"),
    sedCase("s/\\(a\\)\\|b/[\\1]/g"),
    sedCase("s/./&&/g"),
    sedCase("s/\\(\\)/X/"),
    sedCase("s/\\(/x/"),
    sedCase("s/a\\{1/X/"),
    sedCase("s/a/\\2/"),
    sedCase(["-E"], "s/*a/X/"),
    sedCase("s/a**/X/"),
    // The `p` flag without `-n` prints a substituted line twice; `-n` without `p` prints none.
    sedCase("s/a/X/p"),
    sedCase("s/e/E/gp"),
    sedCase(["-n"], "s/a/X/"),
    sedCase(["-n"], "s/o/0/gp"),
    // The Nth match, and with `g` every one from the Nth.
    sedCase("s/a/X/2"),
    sedCase("s/[a-z]/_/3g"),
    sedCase("s/l/L/2I"),
    sedCase("s/x*/-/2"),
    // A delimiter inside a bracket expression, other delimiters, escaped delimiters.
    sedCase("s/[/]/_/g"),
    sedCase("s/[^/]*$//"),
    sedCase("s/[]/]/_/g"),
    sedCase("s/[[:punct:]/]/_/g"),
    sedCase("s|a[|]b|X|"),
    sedCase("s|a\\|b|X|"),
    sedCase(["-E"], "s|a\\|b|X|"),
    sedCase("s#[#]#X#g"),
    sedCase("s.a\\.b.X."),
    sedCase("s&a&[\\&]&g"),
    sedCase("s,\\,,;,g"),
    // Addresses: sed's regular expressions, and a last line without newline stays so.
    sedCase(["-n"], "/last/p"),
    sedCase(["-n"], "/^$/p"),
    sedCase(["-n"], "/e/!p"),
    sedCase(["-n"], "/HELLO/Ip"),
    sedCase(["-n"], "\\%a[/]%p"),
    sedCase(["-n"], "/a\\tb/p"),
    sedCase(["-n", "-E"], "/^(event|data): /p"),
    sedCase(["-n"], "/[[:space:]]$/p"),
    sedCase("/^$/d"),
    sedCase("/without/d"),
    sedCase("/o/!d"),
    sedCase(["-n"], "//p"),
    sedCase(["-n"], "/\\(/p"),
  ]

  static let sed: [FilterOracleCase] = sedGroups.flatMap { $0 }

  // MARK: lines and bytes

  private static let linesGroups: [[FilterOracleCase]] = [
    cases(.lines(LineRange(from: 1, to: 2)), ["/bin/sed", "-n", "1,2p"]),
    cases(.lines(LineRange(from: 2, to: 2)), ["/bin/sed", "-n", "2p"]),
    cases(.lines(LineRange(from: 2, to: 2)), ["/bin/sed", "-n", "2,1p"]),
    cases(.lines(LineRange(from: 3)), ["/bin/sed", "-n", "3,$p"]),
    cases(.lines(LineRange(from: 1, to: 1)), ["/bin/sed", "1q"]),
    cases(.lines(LineRange(from: 1, to: 1)), ["/usr/bin/head", "-n1"]),
    cases(.lines(LineRange(from: 1, to: 3)), ["/usr/bin/head", "-n", "3"]),
    cases(.lines(LineRange(from: 1, to: 10)), ["/usr/bin/head"]),
    cases(.lines(LineRange(last: 1)), ["/usr/bin/tail", "-n1"]),
    cases(.lines(LineRange(last: 2)), ["/usr/bin/tail", "-n", "2"]),
    cases(.lines(LineRange(last: 0)), ["/usr/bin/tail", "-n", "0"]),
    cases(.lines(LineRange(last: 10)), ["/usr/bin/tail"]),
    cases(.lines(LineRange(from: 2)), ["/usr/bin/tail", "-n", "+2"]),
    cases(.lines(LineRange(from: 1)), ["/usr/bin/tail", "-n", "+1"]),
  ]

  static let lines: [FilterOracleCase] = linesGroups.flatMap { $0 }

  private static let bytesGroups: [[FilterOracleCase]] = [
    cases(.bytes(ByteRange(count: 5)), ["/usr/bin/head", "-c", "5"]),
    cases(.bytes(ByteRange(count: 0)), ["/usr/bin/head", "-c", "0"]),
    cases(.bytes(ByteRange(count: 0)), ["/usr/bin/head", "-n", "0"]),
    cases(.bytes(ByteRange(count: 1000)), ["/usr/bin/head", "-c", "1000"]),
    cases(
      .bytes(ByteRange(skip: 3, count: 4)), ["/usr/bin/dd", "bs=1", "skip=3", "count=4"],
      comparesStderr: false),
    cases(.bytes(ByteRange(skip: 2)), ["/usr/bin/dd", "bs=2", "skip=1"], comparesStderr: false),
    cases(
      .bytes(ByteRange(skip: 0, count: 6)), ["/usr/bin/dd", "bs=3", "count=2"],
      comparesStderr: false),
    cases(
      .bytes(ByteRange(skip: 512, count: 512)), ["/usr/bin/dd", "skip=1", "count=1"],
      comparesStderr: false),
  ]

  static let bytes: [FilterOracleCase] = bytesGroups.flatMap { $0 }

  // MARK: wc, tr, base64

  private static let wordInputs: [[UInt8]] = [
    [0x61, 0x01, 0x62, 0x20, 0x01, 0x20, 0x63],
    Array("a\u{00A0}b c\u{2003}d\te\u{202F}x\u{2060}y\u{0085}z".utf8),
    [0xFF, 0x20, 0x61, 0xFF, 0x62, 0x0A, 0x00, 0x20, 0x00, 0x61],
    Array("\u{3000}全角\u{3000}スペース\u{200B}zero".utf8),
  ]

  private static let countGroups: [[FilterOracleCase]] = [
    cases(.count(.bytes), ["/usr/bin/wc", "-c"]),
    cases(.count(.lines), ["/usr/bin/wc", "-l"]),
    cases(.count(.words), ["/usr/bin/wc", "-w"]),
    wordInputs.enumerated().map { index, input in
      FilterOracleCase(
        filter: .count(.words), command: ["/usr/bin/wc", "-w"], input: input,
        inputName: "words-\(index)")
    },
  ]

  static let count: [FilterOracleCase] = countGroups.flatMap { $0 }

  private static let translateGroups: [[FilterOracleCase]] = [
    cases(.translate(Translation(set1: "\r")), ["/usr/bin/tr", "-d", "\\r"]),
    cases(.translate(Translation(set1: "\n")), ["/usr/bin/tr", "-d", "\\n"]),
    cases(.translate(Translation(set1: "\n", set2: " ")), ["/usr/bin/tr", "\\n", " "]),
    cases(
      .translate(
        Translation(set1: "abcdefghijklmnopqrstuvwxyz", set2: "ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
      ["/usr/bin/tr", "a-z", "A-Z"]),
    cases(
      .translate(Translation(set1: " ", set2: " ", squeeze: true)), ["/usr/bin/tr", "-s", " "]),
    cases(
      .translate(Translation(set1: " \t", set2: "_", squeeze: true)),
      ["/usr/bin/tr", "-s", " \\t", "_"]),
    cases(.translate(Translation(set1: "abc", set2: "x")), ["/usr/bin/tr", "abc", "x"]),
    cases(.translate(Translation(set1: "aa", set2: "xy")), ["/usr/bin/tr", "aa", "xy"]),
    cases(.translate(Translation(set1: "é", set2: "e")), ["/usr/bin/tr", "é", "e"]),
    cases(.translate(Translation(set1: "é")), ["/usr/bin/tr", "-d", "é"]),
    cases(
      .translate(Translation(set1: "0123456789")), ["/usr/bin/tr", "-d", "0-9"]),
    cases(.translate(Translation(set1: "a", set2: "")), ["/usr/bin/tr", "a", ""]),
    cases(.translate(Translation(set1: "l", squeeze: true)), ["/usr/bin/tr", "-ds", "l"]),
  ]

  static let translate: [FilterOracleCase] = translateGroups.flatMap { $0 }

  private static let encodeInputs: [[UInt8]] = [
    Array(repeating: UInt8(ascii: "x"), count: 57),
    Array(repeating: UInt8(ascii: "y"), count: 58),
    Array(repeating: UInt8(ascii: "z"), count: 200),
    (0...255).map { UInt8($0) },
  ]

  private static let decodeInputs: [String] = [
    "aGVsbG8=", "aGVsbG8=\n", "aGVs\nbG8=\n\n", "aGVsbG8=aGk=", "aGVsbG8", "aGVsbG8=@@",
    "aGVs bG8=", "aGVsbA==\r\n", "aG=", "a", "aGVsbG@x", "aG==aGk=", "eHh4eA==\n", "",
    "////", "+/+/\n",
  ]

  private static let base64Groups: [[FilterOracleCase]] = [
    cases(.base64(decode: false), ["/usr/bin/base64"]),
    cases(.base64(decode: true), ["/usr/bin/base64", "-d"]),
    cases(.base64(decode: false, wrap: 0), ["/usr/bin/base64", "-w0"]),
    cases(.base64(decode: false, wrap: 8), ["/usr/bin/base64", "--wrap=8"]),
    cases(.base64(decode: false, wrap: 4), ["/usr/bin/base64", "-w", "4"]),
    cases(.base64(decode: false, wrap: 1), ["/usr/bin/base64", "-w1"]),
    encodeInputs.enumerated().map { index, input in
      FilterOracleCase(
        filter: .base64(decode: false), command: ["/usr/bin/base64"], input: input,
        inputName: "encode-\(index)")
    },
    encodeInputs.enumerated().flatMap { index, input in
      [(0, "-w0"), (57, "-w57"), (100, "--wrap=100"), (76, "-w76")].map { wrap, option in
        FilterOracleCase(
          filter: .base64(decode: false, wrap: wrap), command: ["/usr/bin/base64", option],
          input: input, inputName: "encode-\(index)")
      }
    },
    decodeInputs.map { input in
      FilterOracleCase(
        filter: .base64(decode: true), command: ["/usr/bin/base64", "-d"],
        input: Array(input.utf8), inputName: input.debugDescription)
    },
  ]

  static let base64: [FilterOracleCase] = base64Groups.flatMap { $0 }

  // MARK: sort, uniq, cut

  /// Inputs for the line tools beyond `OracleInputs.lines`: duplicates, numbers, fields.
  static let tableInputs: [(String, [UInt8])] = [
    ("duplicates", Array("b\na\nb\nb\na\nc\n\n\nA\na".utf8)),
    (
      "numbers",
      Array(
        "10\n9\n-1\n 2\n1.5\n1e3\n\nabc\n-0\n0\n+3\n007\n.5\n-.5\n1.50\n-10\n-9.9\n  -2\n1,000\n3x\n-\n.\n-0.0\n00.01\n"
          .utf8)
    ),
    (
      "csv",
      Array(
        "id,name,count\nb2,Bob,10\na1,alice,9\nc3,Émile,10\na1,Alice,-3\nd4,,7\ne5\nf6,zoë,9,extra\n,empty,1\n"
          .utf8)
    ),
    (
      "columns",
      Array(
        "x  3 beta\ny 10 alpha\n  z 2 gamma\nw\t1\tdelta\nv 10 alpha\nu 3 Beta\n\t\n".utf8)
    ),
    (
      "counts",
      Array("   3 apple\n  12 pear\n   3 Apple\n1 kiwi\n  12 fig\n   0 none\n".utf8)
    ),
    ("utf8-dup", Array("été\nété\nete\nÉté\n日本\n日本\n😀\n".utf8)),
    (
      "invalid-utf8-dup",
      [0xFF, 0x0A, 0xFF, 0x0A, 0x61, 0x0A, 0xC3, 0xA9, 0x0A, 0xC3, 0x0A, 0x7A],
    ),
    (
      "nul-bytes",
      [
        0x61, 0x00, 0x63, 0x0A, 0x61, 0x00, 0x62, 0x0A, 0x61, 0x0A, 0x61, 0x00, 0x0A, 0x31, 0x00,
        0x35, 0x2C, 0x32, 0x0A, 0x61, 0x00, 0x62, 0x0A, 0x00, 0x0A,
      ]
    ),
    (
      "key-columns",
      Array("b 2 x\na 10 y\nb 1 z\na 10 x\nc  2 w\nb 2 v\n".utf8)
    ),
  ]

  static func tableCases(_ filter: Filter, _ command: [String]) -> [FilterOracleCase] {
    (OracleInputs.lines + tableInputs).map {
      FilterOracleCase(filter: filter, command: command, input: $0.1, inputName: $0.0)
    }
  }

  static func sortCase(_ sort: SortInvocation, _ arguments: String...) -> [FilterOracleCase] {
    tableCases(.sort(sort), ["/usr/bin/sort"] + arguments)
  }

  private static let sortGroups: [[FilterOracleCase]] = [
    sortCase(SortInvocation()),
    sortCase(SortInvocation(unique: true), "-u"),
    sortCase(SortInvocation(reverse: true), "-r"),
    sortCase(SortInvocation(reverse: true, unique: true), "-ru"),
    sortCase(SortInvocation(numeric: true), "-n"),
    sortCase(SortInvocation(numeric: true, reverse: true), "-rn"),
    sortCase(SortInvocation(numeric: true, unique: true), "-nu"),
    sortCase(SortInvocation(numeric: true, reverse: true, unique: true), "-n", "-r", "-u"),
    sortCase(SortInvocation(keys: [SortKey(from: 2)]), "-k2"),
    sortCase(SortInvocation(keys: [SortKey(from: 2, to: 2)]), "-k", "2,2"),
    sortCase(SortInvocation(keys: [SortKey(from: 2, to: 2)], numeric: true), "-n", "-k2,2"),
    sortCase(SortInvocation(keys: [SortKey(from: 2, to: 2)], reverse: true), "-r", "-k2,2"),
    sortCase(SortInvocation(keys: [SortKey(from: 1, to: 1)], unique: true), "-u", "-k1,1"),
    sortCase(
      SortInvocation(keys: [SortKey(from: 2, to: 2)], numeric: true, unique: true), "-un",
      "-k2,2"),
    sortCase(SortInvocation(keys: [SortKey(from: 3)], separator: ","), "-t,", "-k3"),
    sortCase(
      SortInvocation(keys: [SortKey(from: 3, to: 3)], numeric: true, separator: ","), "-t", ",",
      "-k3,3", "-n"),
    sortCase(
      SortInvocation(
        keys: [SortKey(from: 3, to: 3, numeric: true, reverse: true), SortKey(from: 1, to: 1)],
        separator: ","), "-t,", "-k3,3nr", "-k1,1"),
    sortCase(
      SortInvocation(keys: [SortKey(from: 2, to: 2, numeric: true)], reverse: true, unique: true),
      "-ru", "-k2,2n"),
    sortCase(SortInvocation(keys: [SortKey(from: 1, to: 2)], separator: ","), "-t,", "-k1,2"),
    sortCase(SortInvocation(keys: [SortKey(from: 2, to: 1)], separator: ","), "-t,", "-k2,1"),
    sortCase(SortInvocation(keys: [SortKey(from: 1, to: 1)], separator: " "), "-t", " ", "-k1,1"),
    sortCase(SortInvocation(keys: [SortKey(from: 3)], separator: "\t"), "-t", "\t", "-k3"),
    sortCase(SortInvocation(keys: [SortKey(from: 4)], unique: true), "-u", "-k4"),
    sortCase(
      SortInvocation(keys: [SortKey(from: 1, to: 1), SortKey(from: 2, numeric: true)]), "-k1,1",
      "-k2n"),
    sortCase(
      SortInvocation(
        keys: [SortKey(from: 1, to: 1, reverse: true), SortKey(from: 2, to: 2)], numeric: true,
        unique: true), "-u", "-n", "-k1,1r", "-k2,2"),
    sortCase(SortInvocation(keys: [SortKey(from: 2)], reverse: true), "-rk2"),
    sortCase(SortInvocation(foldCase: true), "-f"),
    sortCase(SortInvocation(unique: true, foldCase: true), "-fu"),
    sortCase(SortInvocation(reverse: true, foldCase: true), "-f", "-r"),
    sortCase(SortInvocation(skipBlanks: true), "-b"),
    sortCase(SortInvocation(stable: true), "-s"),
    sortCase(SortInvocation(keys: [SortKey(from: 2)], stable: true), "-s", "-k2"),
    sortCase(SortInvocation(keys: [SortKey(from: 2, to: 2)], skipBlanks: true), "-b", "-k2,2"),
    sortCase(
      SortInvocation(keys: [SortKey(from: 2, to: 2, skipBlanks: true)], stable: true), "-s",
      "-k2b,2"),
    sortCase(
      SortInvocation(keys: [SortKey(from: 1, to: 1, foldCase: true)], reverse: true, stable: true),
      "-rs", "-k1,1f"),
    sortCase(
      SortInvocation(
        keys: [SortKey(from: 2, to: 2, numeric: true)], skipBlanks: true, stable: true),
      "-bs", "-k2,2n"),
    sortCase(
      SortInvocation(keys: [SortKey(from: 2)], numeric: true, unique: true, foldCase: true),
      "-fnu", "-k2"),
  ]

  static let sort: [FilterOracleCase] = sortGroups.flatMap { $0 }

  static func uniqCase(_ uniq: UniqInvocation, _ arguments: String...) -> [FilterOracleCase] {
    tableCases(.uniq(uniq), ["/usr/bin/uniq"] + arguments)
  }

  private static let uniqGroups: [[FilterOracleCase]] = [
    uniqCase(UniqInvocation()),
    uniqCase(UniqInvocation(count: true), "-c"),
    uniqCase(UniqInvocation(repeated: true), "-d"),
    uniqCase(UniqInvocation(unique: true), "-u"),
    uniqCase(UniqInvocation(count: true, repeated: true), "-cd"),
    uniqCase(UniqInvocation(count: true, unique: true), "-c", "-u"),
    uniqCase(UniqInvocation(repeated: true, unique: true), "-du"),
    [
      FilterOracleCase(
        filter: .uniq(UniqInvocation(count: true)), command: ["/usr/bin/uniq", "-c"],
        input: Array(repeating: Array("x\n".utf8), count: 12_345_678 / 1_000).flatMap { $0 },
        inputName: "12345-x"),
      FilterOracleCase(
        filter: .uniq(UniqInvocation()), command: ["/usr/bin/uniq"], input: OracleInputs.binary.1,
        inputName: OracleInputs.binary.0),
    ],
  ]

  static let uniq: [FilterOracleCase] = uniqGroups.flatMap { $0 }

  static func cutCase(_ cut: CutInvocation, _ arguments: String...) -> [FilterOracleCase] {
    tableCases(.cut(cut), ["/usr/bin/cut"] + arguments)
  }

  static func fields(_ list: String, delimiter: String? = nil, onlyDelimited: Bool = false)
    -> Filter
  {
    .cut(
      CutInvocation(
        unit: .fields, ranges: CutRange.parseList(list)!, delimiter: delimiter,
        onlyDelimited: onlyDelimited))
  }

  static func bytes(_ list: String) -> Filter {
    .cut(CutInvocation(unit: .bytes, ranges: CutRange.parseList(list)!))
  }

  private static let cutGroups: [[FilterOracleCase]] = [
    tableCases(fields("1"), ["/usr/bin/cut", "-f1"]),
    tableCases(fields("2-"), ["/usr/bin/cut", "-f", "2-"]),
    tableCases(fields("2", onlyDelimited: true), ["/usr/bin/cut", "-s", "-f2"]),
    tableCases(fields("2", delimiter: ","), ["/usr/bin/cut", "-d,", "-f2"]),
    tableCases(fields("1,3-4", delimiter: ","), ["/usr/bin/cut", "-d", ",", "-f", "1,3-4"]),
    tableCases(fields("3,1", delimiter: ","), ["/usr/bin/cut", "-d,", "-f3,1"]),
    tableCases(fields("2-", delimiter: ","), ["/usr/bin/cut", "-d,", "-f2-"]),
    tableCases(fields("-2", delimiter: ","), ["/usr/bin/cut", "-d,", "-f-2"]),
    tableCases(fields("1,1-2,2", delimiter: ","), ["/usr/bin/cut", "-d,", "-f1,1-2,2"]),
    tableCases(fields("4-", delimiter: ","), ["/usr/bin/cut", "-d,", "-f4-"]),
    tableCases(
      fields("2", delimiter: ",", onlyDelimited: true), ["/usr/bin/cut", "-s", "-d,", "-f2"]),
    tableCases(fields("2", delimiter: " "), ["/usr/bin/cut", "-d", " ", "-f2"]),
    tableCases(fields("1 3", delimiter: " "), ["/usr/bin/cut", "-d", " ", "-f", "1 3"]),
    tableCases(fields("2,9", delimiter: ":"), ["/usr/bin/cut", "-d:", "-f2,9"]),
    tableCases(fields("1", delimiter: "."), ["/usr/bin/cut", "-d.", "-f1"]),
    tableCases(bytes("1"), ["/usr/bin/cut", "-c1"]),
    tableCases(bytes("1-3"), ["/usr/bin/cut", "-c", "1-3"]),
    tableCases(bytes("2-"), ["/usr/bin/cut", "-c2-"]),
    tableCases(bytes("-2,5"), ["/usr/bin/cut", "-b", "-2,5"]),
    tableCases(bytes("3,1"), ["/usr/bin/cut", "-b3,1"]),
    tableCases(bytes("100-"), ["/usr/bin/cut", "-c100-"]),
    tableCases(
      .cut(CutInvocation(unit: .bytes, ranges: CutRange.parseList("2-3")!, complement: true)),
      ["/usr/bin/cut", "--complement", "-c2-3"]),
    tableCases(
      .cut(
        CutInvocation(
          unit: .fields, ranges: CutRange.parseList("2")!, delimiter: ",", complement: true)),
      ["/usr/bin/cut", "-d,", "--complement", "-f2"]),
    tableCases(
      .cut(
        CutInvocation(
          unit: .fields, ranges: CutRange.parseList("1-")!, delimiter: ",", complement: true)),
      ["/usr/bin/cut", "-d,", "--complement", "-f1-"]),
    tableCases(
      .cut(
        CutInvocation(
          unit: .fields, ranges: CutRange.parseList("1,3-")!, delimiter: ",",
          outputDelimiter: " | ")), ["/usr/bin/cut", "-d,", "--output-delimiter= | ", "-f1,3-"]),
    tableCases(
      .cut(
        CutInvocation(
          unit: .fields, ranges: CutRange.parseList("2")!, onlyDelimited: true, complement: true,
          outputDelimiter: "é")),
      ["/usr/bin/cut", "-s", "--complement", "--output-delimiter", "é", "-f2"]),
  ]

  static let cut: [FilterOracleCase] = cutGroups.flatMap { $0 }
}
