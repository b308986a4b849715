import Testing

/// `xargs` against GNU findutils 4.9: the default `echo`; blanks, newlines, quotes and
/// backslashes in the default input; `-0` and `-d` (empty items kept); `-n`, `-L` (a trailing
/// blank joins lines), `-I`/`-i` (leading blanks dropped, empty lines skipped, no run without
/// input); `-r`; `-t` with shell quoting; the exit statuses (123 for a failing run, 124 on
/// 255, 127 for a function or a builtin, 1 for an unmatched quote after the runs before it);
/// and runs reading `curl`-style argument vectors through `printf`.
@Suite(.requiresTools("/usr/bin/xargs"))
struct XargsPipelineOracleTests {
  static let cases: [CommandOracleCase] = [
    "printf 'a b\\nc\\n' | xargs",
    "printf 'a b\\nc\\n' | xargs echo",
    "cat log.txt | xargs echo",
    "printf '' | xargs echo none",
    "printf '\\n\\n  \\n' | xargs echo blank",
    "printf '' | xargs -r echo none",
    "printf '' | xargs --no-run-if-empty echo none",
    "printf 'a\\n' | xargs -r echo one",
    "cat nums.txt | xargs -n 5 echo",
    "cat nums.txt | xargs -n5 echo",
    "cat nums.txt | xargs --max-args=4 echo",
    "cat nums.txt | xargs -n 1 printf '<%s>\\n'",
    "printf 'a b\\nc \\nd\\ne\\n' | xargs -L 1 echo",
    "printf 'a b\\nc \\nd\\ne\\n' | xargs -L 2 echo",
    "printf 'a b\\n\\nc\\n' | xargs -L1 echo",
    "printf '  a b  \\n\\n c  \\n' | xargs -I{} echo '[{}]'",
    "printf 'x\\ny\\n' | xargs -I % echo % and %",
    "printf 'x\\ny\\n' | xargs -I {} printf '%s-%s\\n' pre {}",
    "printf 'x\\ny\\n' | xargs -i echo '<{}>'",
    "printf 'x\\ny\\n' | xargs -iQ echo '<Q>'",
    "printf '' | xargs -I{} echo 'x{}'",
    "printf 'a\\\\ b c\\\\\\nd\\n' | xargs -n1 echo",
    "printf \"'a b' \\\"c  d\\\" e'f'g\\n\" | xargs -n1 echo",
    "printf \"a 'b\\n\" | xargs echo",
    "printf 'a \"b' | xargs echo",
    "printf \"a '\" | xargs echo",
    "printf 'a\\0b c\\0\\0' | xargs -0 -n1 echo",
    "printf 'a\\0b c\\0\\0' | xargs --null echo",
    "printf 'a,b,,c\\n' | xargs -d, -n1 echo '>'",
    "printf 'a\\nb c\\n' | xargs -d '\\n' -n1 echo",
    "printf 'a:b' | xargs --delimiter=: echo",
    "printf 'a b c d e\\n' | xargs -n 2 -t echo",
    "printf 'a b\\n' | xargs -t echo 2>&1",
    "printf 'x\\n' | xargs -I {} -t echo {} {}",
    "printf \"%s\\\\0\" \"a'b\" 'a b' 'x$y' '' 'é' 'a=b' '{' '{}' '~x' 'x~' | xargs -0 -t echo",
    "printf 'a\\tb\\0' | xargs -0 -t echo",
    "printf 'x\\n' | xargs -t",
    "f() { echo called; }\nprintf 'x\\n' | xargs f",
    "printf 'x\\n' | xargs cd",
    "printf 'x\\n' | xargs -t cd",
    "printf '' | xargs -r cd",
    "printf '1\\n0\\n' | xargs -n1 test 0 -eq",
    "printf 'a\\nb\\n' | xargs -n1 false",
    "printf 'a\\nb\\n' | xargs -n1 true",
    "printf 'a\\nb\\n' | xargs -n1 printf '%s\\n' || echo \"status $?\"",
    "R=$(printf 'a\\nb\\n' | xargs)\necho \"[$R]\"",
    "printf 'GET /a\\n' | xargs printf '%s|' ; echo",
    "echo() { printf 'function\\n'; }\nprintf 'a\\n' | xargs echo",
    "X=pre\nprintf 'a b\\n' | xargs -n1 echo \"$X\"",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesFindutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
