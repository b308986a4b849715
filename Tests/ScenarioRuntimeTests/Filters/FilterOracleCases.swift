import Foundation
import OracleSupport
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

  /// The real command's run, for `OracleTable`.
  var invocation: ProcessOracleBatch.Invocation {
    ProcessOracleBatch.Invocation(command, stdin: input)
  }

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
}
