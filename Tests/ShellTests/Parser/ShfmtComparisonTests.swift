// Compares BashParser with shfmt (`shfmt -ln bash --to-json`) on every bash block of the
// corpus documents and on inline cases written for this test, through the normalized shapes of
// BashShape.swift and ShfmtShape.swift.

import Foundation
import Shell
import Testing

/// A bash snippet written for this test (not taken from the corpus).
struct InlineBashCase: Sendable, CustomTestStringConvertible {
  var name: String
  var code: String

  init(_ name: String, _ code: String) {
    self.name = name
    self.code = code
  }

  var testDescription: String { name }
}

@Suite struct ShfmtComparisonTests {
  static let inlineCases: [InlineBashCase] = [
    InlineBashCase("simple command", "echo hello world\n"),
    InlineBashCase(
      "quoting",
      #"echo 'single $x' "double $HOME" $'ansi\n\'q' a\ b "x\"y" "\$z" \\ "a'b" 'c"d'"#),
    InlineBashCase(
      "line continuations",
      "curl -sS \\\n  -H 'Accept: x' \\\n  \"$URL\" \\\n  | jq .\necho a\\\nb \"c\\\nd\"\n"),
    InlineBashCase(
      "default-value expansions",
      "echo $V ${V} ${V:-x} ${V-x} ${V:=x} ${V=x} ${V:+x} ${V+x} ${V:?x} ${V?x} ${V:-}\n"),
    InlineBashCase(
      "pattern expansions",
      "echo ${#V} ${V#p} ${V##*/} ${V%.*} ${V%%/*} ${V/a/b} ${V//a/b} ${V/#a/b} ${V/%a/b}\n"
        + "echo ${V//[^[:alnum:]]/_} ${V//\\//-} ${V/x/} ${V//}\n"),
    InlineBashCase(
      "slices, case, indirection, arrays",
      "echo ${V:1:2} ${V: -3} ${V:(-2):1} ${V:n} ${V^^} ${V,,} ${V^} ${V,} ${!V} ${!PRE*} "
        + "${!PRE@} ${arr[2]} ${arr[@]} ${#arr[@]} ${arr[$i]:-none}\n"),
    InlineBashCase("special parameters", "echo $$ $? $! $# $@ $* $1 $0 $- ${10} $10 $ x$ \"$\"\n"),
    InlineBashCase(
      "nested command substitution",
      #"x=$(echo "$(date +%s)-$(printf '%s' "a b")")"# + "\n"
        + "y=$(case \"$1\" in a|b) echo ab ;; *) echo other ;; esac)\n"),
    InlineBashCase("backquotes", "echo `date +%s` \"`whoami`-x\" `echo \\$HOME`\n"),
    InlineBashCase("read a file", "token=$(<\"$dir/token\")\necho $( )\n"),
    InlineBashCase(
      "arithmetic",
      "echo $(( 1 + (2 * 3) )) $((i++)) $[1+2]\n(( n += 1 ))\n"
        + "for ((i = 0; i < 3; i++)); do echo \"$i\"; done\nfor ((;;)); do break; done\n"),
    InlineBashCase(
      "assignments",
      "A=1 B=\"two\" env\nC=(x y \"z w\")\nD[3]=v\nE+=(more)\nF= G+=x H=~/bin:$PATH I=a=b\n"
        + "J=(\n  one # first\n  two\n)\n"),
    InlineBashCase(
      "declarations",
      "export A=1 B\nlocal -r c=\"$1\" d\ndeclare -a arr=(1 2) -x e\nreadonly X\n"
        + "typeset -i n=3\nexport\nexport P=\"$(pwd)\" >/dev/null\n"),
    InlineBashCase(
      "pipelines and lists",
      "a | b |& c && d || e; ! f | g & h\n! i && j\n! k | l | m\nn &\n"),
    InlineBashCase(
      "operators before newlines",
      "a &&\n  b ||\n\n  c |\n  # comment\n  d\n"),
    InlineBashCase(
      "groups", "{ echo a; echo b; } > out 2>&1\n( cd /tmp && ls ) | wc -l\n(sleep 1; echo) &\n"),
    InlineBashCase(
      "redirections",
      "cmd > f >> g < h 2> /dev/null 2>&1 >&2 &> all &>> all2 <<< \"here $x\" 3<&0 4<> rw >| c\n"
        + ">empty\n2>err cmd arg\nexec 3>&-\n"),
    InlineBashCase(
      "here-documents",
      "cat <<EOF >out; cat <<'RAW' <<-\"TABS\"\nvalue $x `date` \\$y ${z:-w}\n\"quoted\" 'too'\nEOF\n"
        + "raw $x `date`\nRAW\n\ttabbed $z\n\t\tmore\n\tTABS\necho done\n"),
    InlineBashCase(
      "here-documents with expansions and tabs",
      "cat <<-END\n\tline $HOME\n\t$(date)\n\tEND\ncat <<\\E\n$not\nE\ncat <<E1 <<E2\none\nE1\ntwo\nE2\n"
    ),
    InlineBashCase(
      "here-document in a command substitution",
      "body=$(cat <<EOF\n{\"a\": \"$x\"}\nEOF\n)\necho \"$body\"\n"),
    InlineBashCase(
      "here-document before a pipe and a list",
      "cat <<EOF | grep x &&\nline x\nEOF\necho ok\n"),
    InlineBashCase(
      "comments", "# lead\necho a # trailing\n  # between\necho b#not c\n#end"),
    InlineBashCase(
      "functions",
      "f() { echo f; }\nfunction g { echo g; }\nfunction h() ( echo h )\n"
        + "k () {\n  local x=1\n  return 0\n}\nm() { :; } > log\n"),
    InlineBashCase(
      "if elif else",
      "if [ -f a ]; then\n  echo a\nelif [[ -d b && ! -L b ]]; then\n  echo b\nelse\n  echo c\nfi\n"
        + "if a; then b; fi > out\n"),
    InlineBashCase(
      "loops",
      "for x in a \"b c\" $(seq 3); do echo \"$x\"; done\nfor y; do :; done\nfor z in; do :; done\n"
        + "for w\ndo\n  echo $w\ndone\n"
        + "while read -r line; do echo \"$line\"; done < file\nuntil false; do break; done\n"
        + "while IFS= read -r l; do :; done <<< \"$data\"\n"),
    InlineBashCase(
      "case",
      "case \"$1\" in\n  start|up) echo start ;;\n  (stop) echo stop ;&\n  restart) echo re ;;&\n"
        + "  *.txt | *.md)\n    echo doc\n    ;;\n  *) echo usage\nesac\ncase x in esac\n"),
    InlineBashCase(
      "test clauses",
      "[[ -n \"$a\" && ( \"$b\" == x* || $c != \"y\" ) ]] && [[ $d =~ ^[0-9]+(\\.[0-9]+)?$ ]]\n"
        + "[[ ! -z $e ]] && [[ $f -eq 1 || $g < $h ]] && [[ -a x && -h y ]] && [[ a = b ]]\n"
        + "[[ $x =~ (a|b) ]]\n[[ $v ]]\n[[ ! a || b && c ]]\n[[ a && ! b || ! ( c ) ]]\n"),
    InlineBashCase(
      "keywords as arguments",
      "echo if then fi do done case esac { } [[ ]] ! in function\n[ \"$a\" = b ] || { echo no; }\n"),
    InlineBashCase(
      "less common forms",
      "exec {fd}>\"$log\"\nfor x in a b; { echo \"$x\"; }\ndeclare -A m=([k]=v [\"a b\"]=\"$c\")\n"),
    InlineBashCase("process substitution", "diff <(sort a) <(sort b)\ntee >(cat) < <(echo x)\n"),
    InlineBashCase("reserved word after a compound command", "if true; then { echo; } fi\n"),
    InlineBashCase("non-ASCII text", "echo \"h\u{e9}llo w\u{f6}rld\" $x '\u{2713}' ${y:-\u{e9}}\n"),
    InlineBashCase(
      "quotes inside expansions",
      "echo \"${A:-\"default value\"}\" ${B:-'x y'} \"${C//\\\"/}\" \"${D:-$(pwd)}\"\n"),
    InlineBashCase(
      "trap and traps of quoting",
      "trap 'rm -f \"$tmp\"' EXIT\nprintf '%s\\n' \"$@\"\necho \"a\"'b'c$'d'\"$e\"\n"),
  ]

  @Test(
    "corpus block matches shfmt",
    .enabled(
      if: BashCorpus.isAvailable,
      "the corpus folder ../shared/corpus (next to the package root) is absent"),
    .enabled(if: Shfmt.executable != nil, "shfmt is not on PATH"),
    arguments: BashCorpus.blocks)
  func corpusBlock(_ block: CorpusBlock) throws {
    try compareWithShfmt(block.code, label: block.testDescription)
  }

  @Test(
    "inline case matches shfmt",
    .enabled(if: Shfmt.executable != nil, "shfmt is not on PATH"),
    arguments: inlineCases)
  func inlineCase(_ inline: InlineBashCase) throws {
    try compareWithShfmt(inline.code, label: inline.name)
  }

  @Test(
    "the corpus has bash blocks",
    .enabled(
      if: BashCorpus.isAvailable,
      "the corpus folder ../shared/corpus (next to the package root) is absent"))
  func corpusHasBlocks() {
    #expect(BashCorpus.blocks.count > 100)
  }

  private func compareWithShfmt(_ code: String, label: String) throws {
    let json = try Shfmt.syntaxTree(of: code)
    let expected = ShfmtShape(source: code).file(json).lines
    switch BashParser.parse(code) {
    case .failure(let error):
      Issue.record("\(label): BashParser failed at \(error) but shfmt parses it")
    case .success(let file):
      let actual = BashShape.file(file).lines
      if let diff = ShapeText.diff(expected: expected, actual: actual) {
        Issue.record("\(label): shape differs from shfmt's\n\(diff)")
      }
    }
  }
}
