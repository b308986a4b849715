import Foundation
import Testing

/// Redirections, `umask`, `mkdir`, `rm`, `chmod`, `touch`, `mktemp`, `cd`, `cat` and `.env`
/// loading, against bash (the files left behind are compared too, with their modes).
@Suite struct FileOracleTests {
  static let cases: [OracleCase] = [
    OracleCase("write and append", "printf 'a\\n' > out.txt\necho b >> out.txt\ncat out.txt"),
    OracleCase("default mode 644", "printf x > plain.txt"),
    OracleCase("umask 077 gives 600", "umask 077\nprintf x > secret.txt\nmkdir private"),
    OracleCase(
      "umask in a subshell does not leak",
      "(\n  umask 077\n  printf x > secret.txt\n)\nprintf y > public.txt"),
    OracleCase("umask 0", "umask 000\nprintf x > open.txt\nmkdir opendir\ntouch touched"),
    OracleCase(
      "existing file keeps its mode", "printf a > f.txt\nchmod 600 f.txt\nprintf b > f.txt"),
    OracleCase("chmod", "printf x > f.txt\nchmod 640 f.txt\nchmod 700 f.txt"),
    OracleCase("chmod missing", "chmod 600 missing.txt\necho never"),
    OracleCase("truncating redirection alone", "printf abc > f.txt\n> f.txt\n> new.txt\necho done"),
    OracleCase("redirection into a missing directory", "echo hi > nodir/x.txt\necho never"),
    OracleCase(
      "redirection failure rescued",
      "echo hi > nodir/x.txt || echo \"rc=$?\""),
    OracleCase("cat a missing file", "cat missing.txt\necho never"),
    OracleCase("cat a directory", "mkdir d\ncat d || echo \"rc=$?\""),
    OracleCase("discarded errors", "cat missing.txt 2>/dev/null || echo missing"),
    OracleCase("errors into the output", "X=$(cat missing.txt 2>&1) || true\necho \"[$X]\""),
    OracleCase(
      "errors into a file",
      "cat missing.txt 2> err.txt || true\ncat err.txt"),
    OracleCase("output to stderr", "echo to-stderr >&2\necho to-stdout"),
    OracleCase("output to /dev/null", "echo gone > /dev/null\necho kept"),
    OracleCase("read with <", "printf 'line\\n' > in.txt\ncat < in.txt"),
    OracleCase(
      "read whole file with $(<)", "printf 'v\\n\\n' > in.txt\nV=$(< in.txt)\necho \"[$V]\""),
    OracleCase("mkdir parents", "mkdir -p a/b/c\nmkdir -p a/b\nmkdir x"),
    OracleCase(
      "mkdir over a file",
      "printf x > f\nmkdir -p f/sub || echo \"rc=$?\"\nmkdir f || echo \"rc=$?\""),
    OracleCase("touch", "touch a.txt\nprintf x > b.txt\ntouch b.txt"),
    OracleCase("touch in a missing directory", "touch nodir/a.txt || echo \"rc=$?\""),
    OracleCase("rm", "printf x > a.txt\nrm a.txt\n[ ! -e a.txt ] && echo gone"),
    OracleCase("rm missing", "rm missing.txt\necho never"),
    OracleCase("rm -f missing", "rm -f missing.txt\necho ok"),
    OracleCase("rm a directory without -r", "mkdir d\nrm d || echo \"rc=$?\""),
    OracleCase(
      "rm -rf a tree", "mkdir -p d/e/f\nprintf x > d/e/f/g\nrm -rf d\n[ ! -e d ] && echo gone"),
    OracleCase(
      "mktemp file and directory",
      "F=$(mktemp)\n[ -f \"$F\" ] && echo file\nD=$(mktemp -d)\n[ -d \"$D\" ] && echo dir\nrm -rf \"$F\" \"$D\""
    ),
    OracleCase(
      "mktemp with a template",
      "F=$(mktemp ./tmp.XXXXXX)\ncase \"$F\" in\n  ./tmp.??????) echo named ;;\nesac\nrm -f \"$F\""),
    OracleCase(
      "mktemp keeps files private",
      "F=$(mktemp ./t.XXXXXX)\nD=$(mktemp -d ./d.XXXXXX)\nmv_not_used=1\nprintf ok > \"$F\"\n[ -s \"$F\" ] && echo written\nrm -rf \"$F\" \"$D\""
    ),
    OracleCase("mktemp with too few Xs", "F=$(mktemp ./fooXX) || echo \"rc=$? [$F]\""),
    OracleCase("mktemp in a missing directory", "D=$(mktemp -d ./nodir/x.XXXXXX)\necho never"),
    OracleCase(
      "file tests",
      "mkdir d\nprintf x > f\n> empty\n[ -e f ] && echo e\n[ -f f ] && echo f\n[ -d d ] && echo d\n[ -s f ] && echo s\n[ -s empty ] || echo not-s\n[ -r f ] && echo r\n[ -w f ] && echo w\n[ -x d ] && echo x\n[ -f d ] || echo dir-not-file\n[ -e missing ] || echo missing"
    ),
    OracleCase(
      "cd", "mkdir -p sub/dir\ncd sub\nprintf x > inside.txt\ncd dir\necho \"${PWD##*/}\""),
    OracleCase("cd missing", "cd missing-dir\necho never"),
    OracleCase(
      "cd in a subshell", "mkdir sub\n(\n  cd sub\n  printf x > in-sub.txt\n)\nprintf y > top.txt"),
    OracleCase(
      "load an env file",
      "printf 'A=1\\nexport B=\"two words\"\\n# comment\\n\\nC='\"'\"'single $A'\"'\"'\\nD=\"x${A}y\"\\nE=plain$A\\n' > .env\nset -a\nsource .env\nset +a\necho \"$A|$B|$C|$D|$E\""
    ),
    OracleCase(
      "env file with escapes and spaces",
      "printf 'A=\"q\\\\\"uote\"\\n  B=b\\\\ c # trailing\\nC=\\n' > .env\nset -a\nsource .env\nset +a\necho \"[$A] [$B] [$C]\""
    ),
    OracleCase(
      "env file with CRLF line ends",
      "printf 'A=1\\r\\nB=\"two\"\\r\\n' > .env\nset -a\nsource .env\nset +a\necho \"[$A] [$B] ${#A}\""
    ),
    OracleCase("missing env file", "set -a\nsource .env\nset +a\necho never"),
    OracleCase(
      "guard before loading",
      "if [ ! -r .env ]; then\n  echo \"missing .env\" >&2\n  exit 1\nfi\nset -a\nsource .env\nset +a"
    ),
    OracleCase(
      "function output redirected",
      "f() {\n  echo a\n  echo b >&2\n}\nf > out.txt\nf >> out.txt\ncat out.txt"
    ),
    OracleCase("function output to stderr", "f() {\n  echo msg\n}\nf >&2\necho after"),
    OracleCase("function output discarded", "f() {\n  echo msg\n}\nf > /dev/null\necho after"),
    OracleCase(
      "commands naming a missing file",
      "grep -q x missing.txt || echo \"grep $?\"\n"
        + "tail -n 1 missing.txt || echo \"tail $?\"\n"
        + "sed -n '2p' missing.txt || echo \"sed $?\"\nsed 's/a/b/' missing.txt || echo \"sed $?\"\n"
        + "wc -l < missing.txt || echo \"wc $?\"\nbase64 < missing.txt || echo \"base64 $?\"\n"
        + "tr -d x < missing.txt || echo \"tr $?\"\nhead -c 2 missing.txt || echo \"head $?\""),
    OracleCase(
      "commands naming a directory",
      "mkdir d\ngrep -q x d || echo \"grep $?\"\n"
        + "tail -n 1 d || echo \"tail $?\"\n"
        + "sed -n '2p' d || echo \"sed $?\"\nsed -n '1,2p' d || echo \"sed $?\""),
    OracleCase(
      "missing file in a pipeline", "grep -c x missing.txt | head -n 1\necho never"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: OracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
