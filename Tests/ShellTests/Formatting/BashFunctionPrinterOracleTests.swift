import OracleSupport
import Shell
import Testing

/// `BashFunctionPrinter` against bash 5.2's `declare -f f`: each source defines `f`, bash
/// prints it, and the printer prints the parsed definition; the two texts must be equal.
@Suite struct BashFunctionPrinterOracleTests {
  static let sources: [String] = [
    // Simple commands, words and quoting.
    "f() { echo hello; }",
    "f() { echo \"a b\" 'c d' $x ${y} \"$@\" \"${z:-d}\"; }",
    "f() {\n  echo a\n  echo b\n  echo c\n}",
    "f() { echo a;echo b ; echo c; }",
    "f() { :; }",
    "f() {\n  # a comment\n  echo a # trailing\n}",
    "f() { echo $'tab\\there' $'it\\'s' $'\\''; }",
    "f() { echo \\$x \"\\\"q\\\"\" a\\ b; }",
    "f() { echo ${#x} ${x%%.*} ${x/a/b} ${x//a} ${x:1:2} ${!p} ${a[1]} \"${a[@]}\"; }",
    "f() { X=1 Y=\"a b\" env; }",
    "f() { x=1; y=\"$x\"; }",
    // Command substitutions.
    "f() { echo $(echo   a;echo b) \"$(  ls  |  wc -l )\"; }",
    "f() { echo `echo  x` \"`date`\"; }",
    "f() { x=$(if true; then echo a; fi); }",
    "f() { echo \"${x:-$(echo  d)}\"; }",
    "f() { y=$(for i in 1 2; do echo $i; done | sort); }",
    "f() { cat <(echo  a) >(wc -c); }",
    "f() { echo $(( 1+2 )) $((x*2)); }",
    // if / elif / else.
    "f() { if true; then echo yes; fi; }",
    "f() {\n  if [ -n \"$1\" ]; then\n    echo one\n  else\n    echo none\n  fi\n}",
    "f() { if a; then b; elif c; then d; else e; fi; }",
    "f() { if a; then b; elif c; then d; elif e; then g; fi; }",
    "f() { if a && b || c; then :; fi; }",
    "f() { if ! grep -q x file; then echo no; fi; }",
    "f() { if if a; then b; fi; then c; fi; }",
    // Loops.
    "f() { for i in a \"b c\" $x; do echo \"$i\"; done; }",
    "f() { for i; do echo \"$i\"; done; }",
    "f() { for i in 1 2\n  do\n    echo $i\n    echo again\n  done\n}",
    "f() { while read -r line; do echo \"$line\"; done < file; }",
    "f() { until false; do break; done; }",
    "f() { while true; do if x; then continue; fi; break 2; done; }",
    "f() { for ((i=0;i<3;i++)); do echo $i; done; }",
    "f() { for (( i = 0 ; i < 3 ; i++ )); do :; done; }",
    "f() { for ((;;)); do break; done; }",
    "f() { for a in x; do for b in y; do echo $a$b; done; done; }",
    // case.
    "f() {\n  case \"$1\" in\n    a|b) echo ab ;;\n    c) ;;\n    *) echo other; echo more ;;\n  esac\n}",
    "f() { case $x in (a) echo a;; esac; }",
    "f() { case $x in a) echo a;& b) echo b;;& *) echo c;; esac; }",
    "f() { case $x in *.txt|*.md) cat \"$x\";; esac; echo after; }",
    // Groups, subshells, functions.
    "f() { { echo g; echo h; } > out 2>&1; }",
    "f() { (cd /tmp; ls); }",
    "f() ( cd /; ls )",
    "f() { ( echo sub ); }",
    "f() { g() { echo inner; }; g; }",
    "f() {\n  g() {\n    h() { :; }\n  }\n}",
    "function f { echo k; }",
    "function f() { echo k; }",
    "f() { echo a; } >/dev/null",
    "f() { echo a; } 2>>log",
    // Pipelines and lists.
    "f() { echo a | grep b | wc -l; }",
    "f() { true && false || echo z; }",
    "f() { ! true; }",
    "f() { ! echo a | grep b; }",
    "f() { cmd 2>&1 | cat; }",
    "f() { cmd |& cat; }",
    "f() { a || { echo failed; return 1; }; }",
    "f() { [ -f x ] && rm x; }",
    // Background.
    "f() { sleep 1 & wait; }",
    "f() { sleep 2 &\n}",
    "f() { sleep 1 & sleep 2 & wait $!; }",
    "f() { (sleep 1; echo x) & }",
    // Arrays, declarations, arithmetic.
    "f() { local a=1 b; declare -a arr=(1 2 \"3 4\"); arr+=(5); }",
    "f() { arr=( 1  \"2\"   3 ); arr[2]=x; arr[i+1]+=y; }",
    "f() { local -r x=1; export Y=2; readonly Z; declare -A m=([k]=v); }",
    "f() { (( x++ )); ((y=x*2)); x=$((a + 1)); }",
    "f() { let x=1 'y = 2'; }",
    // [[ … ]].
    "f() { [[ $x == 3 && -n \"$y\" ]]; }",
    "f() { [[ ! -f x || ( a < b && c != d ) ]]; }",
    "f() { [[ $x =~ ^a(b)$ ]] && echo \"${BASH_REMATCH[1]}\"; }",
    "f() { [[ -z $x ]] || [[ $x == *.txt ]]; }",
    // Here-documents and redirections.
    "f() {\n  cat <<EOT\nhello $x\nEOT\n}",
    "f() {\n  cat <<'EOT' >f\nraw $x\nEOT\n  echo after\n}",
    "f() {\n  cat <<EOT\nx\nEOT\n  echo a\n  echo b\n}",
    "f() {\n  cat <<-EOT | grep x && echo y\n\tx\n\tEOT\n}",
    "f() {\n  cat <<\"E\"\n$y\nE\n}",
    "f() {\n  if true; then\n    cat <<EOT\nin if\nEOT\n  fi\n}",
    "f() {\n  while read l; do echo $l; done <<EOT\na\nEOT\n}",
    "f() { cat <<< \"$x\"; x=1 cmd >&2 2>&- &>/dev/null; }",
    "f() { echo done >> log 2>/dev/null; exec 3<file 4>&1; cat 0<&3 <>rw; }",
    "f() { echo a >| clobber; echo b &>> all; }",
  ]

  @Test(arguments: sources) func printsAsBash(_ source: String) throws {
    let bash = try ProcessOracle.run(["/bin/bash", "-c", source + "\ndeclare -f f"], stdin: [])
    #expect(bash.status == 0, "\(bash)")
    let file = try BashParser.parse(source).get()
    let definitions = file.statements.compactMap { statement -> (String, BashStatement)? in
      if case .function(let name, let body, _)? = statement.command { return (name, body) }
      return nil
    }
    let definition = try #require(definitions.first)
    let printed = BashFunctionPrinter.definition(name: definition.0, body: definition.1) + "\n"
    #expect(printed == String(decoding: bash.stdout, as: UTF8.self))
  }
}
