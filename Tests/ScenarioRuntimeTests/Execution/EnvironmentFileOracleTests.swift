import Foundation
import Testing

/// `set -a; source .env; set +a` against bash 5.2 with tricky values: quotes of each kind,
/// backslashes, `$` expansions and defaults, `#` comments, the `export` prefix, several
/// assignments on a line, spaces, and a command bash does not find.
@Suite struct EnvironmentFileOracleTests {
  static let files: [(String, String)] = [
    (
      "quotes and escapes",
      #"""
      A='single $HOME \ "x"'
      B="double \"q\" \$d \\ b \` t"
      C=unquoted\ space\$x\\y
      D='it'"'"'s'
      """#
    ),
    (
      "expansions and defaults",
      #"""
      BASE=http://h:1
      URL="$BASE/v1"
      E=${MISSING:-fallback value}
      F=${BASE#http://}
      """#
    ),
    (
      "comments, export and several per line",
      #"""
      # a comment
      export A=1 B='two words' # trailing comment
      C="a#b"#c
      D=4; E=5
        F=indented
      """#
    ),
    ("an empty value and a multi-line value", "A=\nB=\"first\nsecond\"\nC=$'tab\\tx'\n"),
  ]

  @Test(arguments: files.map(\.0)) func matchesBash(_ name: String) async throws {
    let content = try #require(Self.files.first { $0.0 == name }?.1)
    try await BashOracle.expectSame(
      "set -a\nsource .env\nset +a\nprintf '[%s]\\n' \"${A-unset}\" \"${B-unset}\" \"${C-unset}\" \"${D-unset}\" \"${E-unset}\" \"${F-unset}\" \"${BASE-unset}\" \"${URL-unset}\"",
      prepare: { directory in
        try (content + "\n").write(
          toFile: directory + "/.env", atomically: true, encoding: .utf8)
      })
  }

  @Test func aCommandInTheFileIsNotFound() async throws {
    try await BashOracle.expectSame(
      "set -a\nsource .env || echo \"status $?\"\nset +a\necho \"$A\"",
      prepare: { directory in
        try "A=1\nnosuchcommand arg\n".write(
          toFile: directory + "/.env", atomically: true, encoding: .utf8)
      })
  }
}
