import Foundation
import Testing

/// Redirections, `umask`, `mkdir`, `rm`, `chmod`, `touch`, `mktemp`, `cd`, `cat` and `.env`
/// loading, against bash (the files left behind are compared too, with their modes).
@Suite struct FileOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase("write and append", "printf 'a\\n' > out.txt\necho b >> out.txt\ncat out.txt"),
    ShellOracleCase("default mode 644", "printf x > plain.txt"),
    ShellOracleCase("umask 077 gives 600", "umask 077\nprintf x > secret.txt\nmkdir private"),
    ShellOracleCase(
      "umask in a subshell does not leak",
      "(\n  umask 077\n  printf x > secret.txt\n)\nprintf y > public.txt"),
    ShellOracleCase("umask 0", "umask 000\nprintf x > open.txt\nmkdir opendir\ntouch touched"),
    ShellOracleCase(
      "existing file keeps its mode", "printf a > f.txt\nchmod 600 f.txt\nprintf b > f.txt"),
    ShellOracleCase("chmod", "printf x > f.txt\nchmod 640 f.txt\nchmod 700 f.txt"),
    ShellOracleCase("chmod missing", "chmod 600 missing.txt\necho never"),
    ShellOracleCase(
      "truncating redirection alone", "printf abc > f.txt\n> f.txt\n> new.txt\necho done"),
    ShellOracleCase("redirection into a missing directory", "echo hi > nodir/x.txt\necho never"),
    ShellOracleCase(
      "redirection failure rescued",
      "echo hi > nodir/x.txt || echo \"rc=$?\""),
    ShellOracleCase("cat a missing file", "cat missing.txt\necho never"),
    ShellOracleCase("cat a directory", "mkdir d\ncat d || echo \"rc=$?\""),
    ShellOracleCase("discarded errors", "cat missing.txt 2>/dev/null || echo missing"),
    ShellOracleCase("errors into the output", "X=$(cat missing.txt 2>&1) || true\necho \"[$X]\""),
    ShellOracleCase(
      "errors into a file",
      "cat missing.txt 2> err.txt || true\ncat err.txt"),
    ShellOracleCase("output to stderr", "echo to-stderr >&2\necho to-stdout"),
    ShellOracleCase("output to /dev/null", "echo gone > /dev/null\necho kept"),
    ShellOracleCase("read with <", "printf 'line\\n' > in.txt\ncat < in.txt"),
    ShellOracleCase(
      "read whole file with $(<)", "printf 'v\\n\\n' > in.txt\nV=$(< in.txt)\necho \"[$V]\""),
    ShellOracleCase("mkdir parents", "mkdir -p a/b/c\nmkdir -p a/b\nmkdir x"),
    ShellOracleCase(
      "mkdir over a file",
      "printf x > f\nmkdir -p f/sub || echo \"rc=$?\"\nmkdir f || echo \"rc=$?\""),
    ShellOracleCase("touch", "touch a.txt\nprintf x > b.txt\ntouch b.txt"),
    ShellOracleCase("touch in a missing directory", "touch nodir/a.txt || echo \"rc=$?\""),
    ShellOracleCase("rm", "printf x > a.txt\nrm a.txt\n[ ! -e a.txt ] && echo gone"),
    ShellOracleCase("rm missing", "rm missing.txt\necho never"),
    ShellOracleCase("rm -f missing", "rm -f missing.txt\necho ok"),
    ShellOracleCase("rm a directory without -r", "mkdir d\nrm d || echo \"rc=$?\""),
    ShellOracleCase(
      "rm -rf a tree", "mkdir -p d/e/f\nprintf x > d/e/f/g\nrm -rf d\n[ ! -e d ] && echo gone"),
    ShellOracleCase(
      "mktemp file and directory",
      "F=$(mktemp)\n[ -f \"$F\" ] && echo file\nD=$(mktemp -d)\n[ -d \"$D\" ] && echo dir\nrm -rf \"$F\" \"$D\""
    ),
    ShellOracleCase(
      "mktemp with a template",
      "F=$(mktemp ./tmp.XXXXXX)\ncase \"$F\" in\n  ./tmp.??????) echo named ;;\nesac\nrm -f \"$F\""),
    ShellOracleCase(
      "mktemp keeps files private",
      "F=$(mktemp ./t.XXXXXX)\nD=$(mktemp -d ./d.XXXXXX)\nmv_not_used=1\nprintf ok > \"$F\"\n[ -s \"$F\" ] && echo written\nrm -rf \"$F\" \"$D\""
    ),
    ShellOracleCase("mktemp with too few Xs", "F=$(mktemp ./fooXX) || echo \"rc=$? [$F]\""),
    ShellOracleCase("mktemp in a missing directory", "D=$(mktemp -d ./nodir/x.XXXXXX)\necho never"),
    ShellOracleCase(
      "file tests",
      "mkdir d\nprintf x > f\n> empty\n[ -e f ] && echo e\n[ -f f ] && echo f\n[ -d d ] && echo d\n[ -s f ] && echo s\n[ -s empty ] || echo not-s\n[ -r f ] && echo r\n[ -w f ] && echo w\n[ -x d ] && echo x\n[ -f d ] || echo dir-not-file\n[ -e missing ] || echo missing"
    ),
    ShellOracleCase(
      "cd", "mkdir -p sub/dir\ncd sub\nprintf x > inside.txt\ncd dir\necho \"${PWD##*/}\""),
    ShellOracleCase("cd missing", "cd missing-dir\necho never"),
    ShellOracleCase(
      "cd in a subshell", "mkdir sub\n(\n  cd sub\n  printf x > in-sub.txt\n)\nprintf y > top.txt"),
    ShellOracleCase(
      "load an env file",
      "printf 'A=1\\nexport B=\"two words\"\\n# comment\\n\\nC='\"'\"'single $A'\"'\"'\\nD=\"x${A}y\"\\nE=plain$A\\n' > .env\nset -a\nsource .env\nset +a\necho \"$A|$B|$C|$D|$E\""
    ),
    ShellOracleCase(
      "env file with escapes and spaces",
      "printf 'A=\"q\\\\\"uote\"\\n  B=b\\\\ c # trailing\\nC=\\n' > .env\nset -a\nsource .env\nset +a\necho \"[$A] [$B] [$C]\""
    ),
    ShellOracleCase(
      "env file with CRLF line ends",
      "printf 'A=1\\r\\nB=\"two\"\\r\\n' > .env\nset -a\nsource .env\nset +a\necho \"[$A] [$B] ${#A}\""
    ),
    ShellOracleCase("missing env file", "set -a\nsource .env\nset +a\necho never"),
    ShellOracleCase(
      "guard before loading",
      "if [ ! -r .env ]; then\n  echo \"missing .env\" >&2\n  exit 1\nfi\nset -a\nsource .env\nset +a"
    ),
    ShellOracleCase(
      "function output redirected",
      "f() {\n  echo a\n  echo b >&2\n}\nf > out.txt\nf >> out.txt\ncat out.txt"
    ),
    ShellOracleCase("function output to stderr", "f() {\n  echo msg\n}\nf >&2\necho after"),
    ShellOracleCase("function output discarded", "f() {\n  echo msg\n}\nf > /dev/null\necho after"),
    ShellOracleCase(
      "commands naming a missing file",
      "grep -q x missing.txt || echo \"grep $?\"\n"
        + "tail -n 1 missing.txt || echo \"tail $?\"\n"
        + "sed -n '2p' missing.txt || echo \"sed $?\"\nsed 's/a/b/' missing.txt || echo \"sed $?\"\n"
        + "wc -l < missing.txt || echo \"wc $?\"\nbase64 < missing.txt || echo \"base64 $?\"\n"
        + "tr -d x < missing.txt || echo \"tr $?\"\nhead -c 2 missing.txt || echo \"head $?\""),
    ShellOracleCase(
      "commands naming a directory",
      "mkdir d\ngrep -q x d || echo \"grep $?\"\n"
        + "tail -n 1 d || echo \"tail $?\"\n"
        + "sed -n '2p' d || echo \"sed $?\"\nsed -n '1,2p' d || echo \"sed $?\""),
    ShellOracleCase(
      "sort, uniq and cut naming a missing file or a directory",
      "mkdir d\nsort -u missing.txt || echo \"sort $?\"\nsort d || echo \"sort $?\"\n"
        + "uniq -c missing.txt || echo \"uniq $?\"\nuniq d || echo \"uniq $?\"\n"
        + "cut -d, -f1 missing.txt || echo \"cut $?\"\ncut -c1 d || echo \"cut $?\""),
    ShellOracleCase(
      "missing file in a pipeline", "grep -c x missing.txt | head -n 1\necho never"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
