import OracleSupport
import Shell
import Testing

/// `BackslashEscapes` in each dialect against bash 5.2: `printf TEXT`, `printf %b TEXT`,
/// `echo -ne TEXT` and `$'TEXT'` print the bytes `expand` gives, and stop where it stops.
@Suite struct BackslashEscapesOracleTests {
  static let texts = [
    #"a\101b|\0101|\01234|\0|\08|\8"#,
    #"\x41|\x414|\x4g|\x"#,
    #"\u00e9|\U0001F600|\u"#,
    #"\0377|\377|\400"#,
    #"\a\b\e\E\f\n\r\t\v\\"#,
    #"\q|\?|\'|\"|end\"#,
    #"one\ctwo"#,
    #"\cA|\ca|\c?|\c["#,
    #"nul\0after"#,
  ]

  static let dialects: [(BackslashEscapes.Dialect, String)] = [
    (.printfFormat, #"printf -- "$1""#),
    (.printfArgument, #"printf %b "$1""#),
    (.echo, #"echo -ne "$1""#),
    (.dollarQuote, #"eval "printf %s \$'$1'""#),
  ]

  @Test(arguments: texts) func agreesWithBash(_ text: String) throws {
    for (dialect, script) in Self.dialects {
      // `$'…'` cannot hold an unescaped quote at its end.
      if dialect == .dollarQuote && text.hasSuffix(#"\"#) { continue }
      let bash = try ProcessOracle.run(["/bin/bash", "-c", script, "bash", text], stdin: [])
      let expanded = BackslashEscapes.expand(text, dialect)
      #expect(expanded.bytes == bash.stdout, "\(dialect) \(text)")
    }
  }
}
