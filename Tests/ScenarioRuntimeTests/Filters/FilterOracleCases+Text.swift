import Foundation
import SpecModel
import Testing

// Oracle cases of the text filters: sed, head/tail, byte ranges, wc, tr and base64.
extension OracleCases {
  // MARK: sed

  /// `sed [OPTIONS] SCRIPT`, and the filter the compiler makes of it.
  static func sedCase(_ script: String) -> [FilterOracleCase] { sedCase([], script) }

  static func sedCase(_ options: [String], _ script: String) -> [FilterOracleCase] {
    cases(sedFilter(options, script), ["/bin/sed"] + options + [script])
  }

  static let sedGroups: [[FilterOracleCase]] = [
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

  static let linesGroups: [[FilterOracleCase]] = [
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

  static let bytesGroups: [[FilterOracleCase]] = [
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

  static let wordInputs: [[UInt8]] = [
    [0x61, 0x01, 0x62, 0x20, 0x01, 0x20, 0x63],
    Array("a\u{00A0}b c\u{2003}d\te\u{202F}x\u{2060}y\u{0085}z".utf8),
    [0xFF, 0x20, 0x61, 0xFF, 0x62, 0x0A, 0x00, 0x20, 0x00, 0x61],
    Array("\u{3000}全角\u{3000}スペース\u{200B}zero".utf8),
  ]

  static let countGroups: [[FilterOracleCase]] = [
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

  static let translateGroups: [[FilterOracleCase]] = [
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

  static let encodeInputs: [[UInt8]] = [
    Array(repeating: UInt8(ascii: "x"), count: 57),
    Array(repeating: UInt8(ascii: "y"), count: 58),
    Array(repeating: UInt8(ascii: "z"), count: 200),
    (0...255).map { UInt8($0) },
  ]

  static let decodeInputs: [String] = [
    "aGVsbG8=", "aGVsbG8=\n", "aGVs\nbG8=\n\n", "aGVsbG8=aGk=", "aGVsbG8", "aGVsbG8=@@",
    "aGVs bG8=", "aGVsbA==\r\n", "aG=", "a", "aGVsbG@x", "aG==aGk=", "eHh4eA==\n", "",
    "////", "+/+/\n",
  ]

  static let base64Groups: [[FilterOracleCase]] = [
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
}
