import Testing

/// `-f` scripts, `-E`/`-r`, `-s`, `-z` and option order against GNU sed.
@Suite struct SedScriptFileOracleTests {
  static let script = """
    # join lines, then number
    :a
    N
    $!ba
    s/\\n/, /g
    """

  static let cases: [SedOracleCase] = [
    sed("-f", "join.sed", stdin: "a\nb\nc\n", files: ["join.sed": script + "\n"]),
    sed("-f", "join.sed", "-e", "s/^/[/", stdin: "a\nb\n", files: ["join.sed": script]),
    sed(
      "-n", "-f", "p.sed", stdin: "a\nb\n",
      files: ["p.sed": "/a/{\n  s/a/A/\n  p\n}\n$a\\\nlast\n"]),
    sed("-f", "n.sed", stdin: "a\nb\n", files: ["n.sed": "#n\n2p\n"]),
    sed("p", "-n", "in", files: ["in": "x\n"]),
    sed("-ne", "2p", stdin: "a\nb\n"),
    sed("-nE", "/a+/p", stdin: "aa\nb\n"),
    sed("--quiet", "--regexp-extended", "--expression", "/b{2}/p", stdin: "bb\nb\n"),
    sed("-n", "--", "1p", "in", files: ["in": "first\nsecond\n"]),
    sed("-s", "1d", "f1", "f2", files: ["f1": "a\nb\n", "f2": "c\nd\n"]),
    sed("-s", "$s/$/ END/", "f1", "f2", files: ["f1": "a\nb\n", "f2": "c\nd"]),
    sed("1d", "f1", "f2", files: ["f1": "a\nb\n", "f2": "c\nd\n"]),
    sed("$s/$/!/", "f1", "f2", files: ["f1": "a", "f2": "b\n"]),
    sed("-z", "$!d", stdin: "a\u{0}b\u{0}"),
    sed("-u", "s/a/b/", stdin: "a\n"),
  ]

  @Test(.requiresGNUSed, arguments: cases)
  func scriptFile(_ oracleCase: SedOracleCase) throws { try SedOracle.check(oracleCase) }
}
