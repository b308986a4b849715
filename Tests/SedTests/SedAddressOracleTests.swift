import Testing

/// Addresses and ranges against GNU sed.
@Suite struct SedAddressOracleTests {
  static let lines = (1...12).map { "line \($0)" }.joined(separator: "\n") + "\n"

  static let cases: [SedOracleCase] = [
    sed("-n", "3,5p", stdin: lines),
    sed("-n", "5,3p", stdin: lines),
    sed("-n", "10,$p", stdin: lines),
    sed("-n", "$p", stdin: lines),
    sed("-n", "/line 1/p", stdin: lines),
    sed("-n", "/line 1$/,/line 3/p", stdin: lines),
    sed("-n", "/2/,/[46]/p", stdin: lines),
    sed("-n", "/line 3/,+2p", stdin: lines),
    sed("-n", "/line [15]$/,+1p", stdin: lines),
    sed("-n", "2,~4p", stdin: lines),
    sed("-n", "4,~4p", stdin: lines),
    sed("-n", "1~3p", stdin: lines),
    sed("-n", "0~4p", stdin: lines),
    sed("-n", "2~0p", stdin: lines),
    sed("-n", "0,/line/p", stdin: lines),
    sed("-n", "1,/line/p", stdin: lines),
    sed("0,/line 2/d", stdin: lines),
    sed("-n", "\\%line 1[0-9]%p", stdin: lines),
    sed("-n", "\\,line 7,p", stdin: lines),
    sed("-n", "/LINE 9/Ip", stdin: lines),
    sed("-n", "/LINE 9/I,/line 1[01]/p", stdin: lines),
    sed("-n", "2,4!p", stdin: lines),
    sed("-n", "/1/!p", stdin: lines),
    sed("-n", "$!{$!p}", stdin: "a\nb\n"),
    sed("-n", "3,1p;5p", stdin: lines),
    sed("-n", "/line 2/,3p", stdin: lines),
    sed("-n", "/9/,/nomatch/p", stdin: lines),
    sed("-n", "/1/,/1/p", stdin: lines),
    sed("2,4{/3/d}", stdin: lines),
    sed("-n", "N;N;/line 2\\nline 3/p", stdin: lines),
    sed("-n", "N;/^line 2$/Mp", stdin: lines),
    sed("-n", "$!N;/3$/p", stdin: lines),
    sed("-n", "//p", stdin: lines),
    sed("-n", "/line 1/{//p}", stdin: lines),
    sed("-E", "-n", "/line (3|7)$/p", stdin: lines),
    sed("-n", "/line \\(3\\|7\\)$/p", stdin: lines),
    sed("-n", "/e \\+1/p", stdin: "line 1\nline  1\nline1\n"),
    sed("-n", "/a\\tb/p", stdin: "a\tb\nab\n"),
    sed("-n", "/é./p", stdin: "éa\ne\né\n"),
    sed("-n", "/^.$/p", stdin: "é\nab\n"),
    sed("-n", "2{p;n;p}", stdin: lines),
    sed("-n", "/line 4/,/line 6/{=;p}", stdin: lines),
    sed("/line 2/,/line 4/c\\\nCHANGED", stdin: lines),
    sed("-s", "-n", "/b/,/c/p", "f1", "f2", files: ["f1": "a\nb\n", "f2": "c\nd\n"]),
    sed("-n", "/b/,/c/p", "f1", "f2", files: ["f1": "a\nb\n", "f2": "c\nd\n"]),
  ]

  @Test(.requiresGNUSed, arguments: cases)
  func address(_ oracleCase: SedOracleCase) throws { try SedOracle.check(oracleCase) }
}
