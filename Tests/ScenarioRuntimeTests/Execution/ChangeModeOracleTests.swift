import SpecModel
import Testing

/// `chmod` with symbolic modes against bash 5.2 and GNU chmod: classes (`ugoa`), operators
/// (`+ - =`), permissions (`rwxXst`), copies of a class (`g=u`), several clauses, an octal
/// number after the operator, a mode with no class limited by the umask (and chmod's
/// "new permissions are …, not …" when the umask kept a bit), `--`, and `-w` read as a mode.
/// The files' modes left behind are compared too.
@Suite struct ChangeModeOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "classes, operators and permissions",
      """
      for f in a b c d e f; do printf x > "$f"; chmod 640 "$f"; done
      chmod u+x a
      chmod go-r b
      chmod a=r,u+w c
      chmod g=u d
      chmod u=rwx,g=u-w,o= e
      chmod ug+rw,o-rwx f
      """),
    ShellOracleCase(
      "X on files and directories",
      """
      printf x > plain
      printf x > runnable
      chmod 600 plain
      chmod 744 runnable
      mkdir dir
      chmod 700 dir
      chmod a+X plain runnable dir
      """),
    ShellOracleCase(
      "a mode with no class goes through the umask",
      """
      umask 022
      printf x > a
      chmod 444 a
      chmod +w a
      echo "+w: $?"
      printf x > b
      chmod 666 b
      chmod -w b || echo "-w: $?"
      printf x > c
      chmod 600 c
      chmod =r c
      printf x > d
      chmod 600 d
      chmod +x d
      """),
    ShellOracleCase(
      "setuid, setgid, sticky and an octal operand",
      """
      printf x > a
      chmod 644 a
      chmod u+s,g+s,+t a
      printf x > b
      chmod 700 b
      chmod +755 b
      printf x > c
      chmod 6755 c
      chmod g-x,o-x c
      """),
    ShellOracleCase(
      "missing files, -- and -x as a mode",
      """
      printf x > f
      chmod 777 f
      chmod -- go-w f
      chmod -x f
      chmod u+x missing || echo "status $?"
      chmod g+w f missing f || echo "status $?"
      """),
    ShellOracleCase(
      "under set -e a failing chmod ends the script",
      """
      umask 022
      printf x > f
      chmod 666 f
      chmod -w f
      echo never
      """),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }

  @Test(arguments: [
    ("600", "600"), ("0755", "755"), ("u+x", "u+x"), ("go-w,a+r", "go-w,a+r"), ("g=u-w", "g=u-w"),
    ("+755", "+755"), ("=", "="), ("-w", "-w"),
  ])
  func modesAreReadAndWrittenBack(_ text: String, _ written: String) throws {
    let mode = try #require(FileModeChange(text))
    #expect(mode.text == (text.hasPrefix("0") ? "755" : written))
  }

  @Test(arguments: ["", "u", "u+q", "9", "-R", "u+x,", ",u+x", "ug", "u+7", "+7a", "g=ur", "77777"])
  func invalidModesAreRefused(_ text: String) {
    #expect(FileModeChange(text) == nil, "\(text)")
  }
}
