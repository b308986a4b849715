import Testing

/// Parameter expansion, `set -u`, `$?`, positional parameters, `local` and command
/// substitution, against bash.
@Suite struct ExpansionOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "defaults",
      "A=\"\"\necho \"${UNSET_V:-x} ${A:-y} ${A-z} ${UNSET_V-w} [${A:+alt}] [${B:+alt}]\"",
      variables: ["B": "set"]),
    ShellOracleCase("assign default", "echo \"${NEW_V:=def}\"\necho \"$NEW_V\""),
    ShellOracleCase("replace all", "V=a-b-c\necho \"${V//-/_} ${V/-/_} ${V//b}\""),
    ShellOracleCase("replace anchored", "V=abcabc\necho \"${V/#a/X} ${V/%c/Y} ${V/#b/Z}\""),
    ShellOracleCase("replace with & (patsub_replacement)", "V=abcabc\necho \"${V/b/[&]}\""),
    ShellOracleCase("replace with classes", "V='qa run/1.2'\necho \"${V//[^[:alnum:]]/_}\""),
    ShellOracleCase("replace with negated set", "V=abc\necho \"${V//[!a]/z} ${V//?/x}\""),
    ShellOracleCase("length", "V=hello\nE=\"\"\necho \"${#V} ${#E}\""),
    ShellOracleCase("length of multibyte", "V=héllo\necho \"${#V}\""),
    ShellOracleCase("suffix removal", "V=archive.tar.gz\necho \"${V%.*} ${V%%.*}\""),
    ShellOracleCase("prefix removal", "V=a/b/c\necho \"${V#*/} ${V##*/}\""),
    ShellOracleCase(
      "prefix removal with variable pattern",
      "P=/v1\nV=/v1/models\necho \"${V#\"$P\"}\""),
    ShellOracleCase("no match keeps the value", "V=abc\necho \"${V%.*} ${V#x}\""),
    ShellOracleCase("substring", "V=abcdef\necho \"${V:1:3} ${V:2} ${V: -2} ${V:1:-1} [${V:10}]\""),
    ShellOracleCase("negative substring length error", "V=abc\necho \"${V:1:-5}\"\necho never"),
    ShellOracleCase("case changes", "V=hello\nU=WORLD\necho \"${V^^} ${V^} ${U,,} ${U,}\""),
    ShellOracleCase(
      "unset variable is an error", "echo start\necho \"$UNDEFINED_VARIABLE\"\necho never"),
    ShellOracleCase(
      "unset variable in a condition is fatal",
      "if [ -n \"$UNDEFINED_VARIABLE\" ]; then echo x; fi\necho never"),
    ShellOracleCase(
      "unset variable inside a function",
      "f() {\n  echo \"$UNDEFINED_VARIABLE\"\n}\nf || echo rescued"),
    ShellOracleCase(
      "unset variable in a substitution ends only it",
      "X=$(echo \"$UNDEFINED_VARIABLE\") || echo \"rescued [$X]\""),
    ShellOracleCase("error if unset", "echo \"${MISSING_V:?must be set}\"\necho never"),
    ShellOracleCase("error if null", "E=\"\"\necho \"${E:?}\""),
    ShellOracleCase("error if unset without colon", "echo \"${MISSING_V?}\""),
    ShellOracleCase("missing positional parameter", "f() {\n  echo \"$1\"\n}\nf"),
    ShellOracleCase(
      "positional parameters",
      "f() {\n  echo \"$# [$1] [${2:-none}] [$*]\"\n}\nf a\nf a b\nf"),
    ShellOracleCase(
      "forwarding \"$@\"",
      "g() {\n  echo \"$# [$1] [$2] [${3:-}]\"\n}\nf() {\n  g \"$@\"\n}\nf a \"b c\" d\nf"),
    ShellOracleCase("no arguments at top level", "echo \"$# [$*]\""),
    ShellOracleCase(
      "local scoping",
      "X=global\nf() {\n  local X=inner\n  echo \"in $X\"\n}\nf\necho \"out $X\""),
    ShellOracleCase(
      "local is dynamic",
      "X=global\ng() {\n  echo \"g sees $X\"\n}\nf() {\n  local X=f-local\n  g\n}\nf\ng"),
    ShellOracleCase(
      "local without value is unset",
      "X=5\nf() {\n  local X\n  echo \"[${X:-unset}]\"\n}\nf\necho \"$X\""),
    ShellOracleCase("local outside a function", "local X=1\necho never"),
    ShellOracleCase(
      "local capture",
      "X=global\nf() {\n  local X=$(printf 'captured\\n\\n')\n  echo \"[$X]\"\n}\nf\necho \"[$X]\""),
    ShellOracleCase(
      "function assignments are global",
      "f() {\n  Y=set-in-f\n}\nf\necho \"$Y\""),
    ShellOracleCase(
      "capture strips trailing newlines", "X=$(printf 'a\\n\\nb\\n\\n\\n')\necho \"[$X]\""),
    ShellOracleCase("capture keeps inner newlines", "X=$(printf '\\n\\na\\n')\necho \"[$X]\""),
    ShellOracleCase(
      "capture drops NUL bytes with a warning",
      "printf 'a\\0b' > nul.bin\nX=$(cat nul.bin)\necho \"[$X]\""),
    ShellOracleCase("hoisted substitution in an argument", "echo \"value: $(printf abc)\""),
    ShellOracleCase(
      "hoisted failing substitution does not fail the command",
      "echo \"value: $(cat missing-file)\"\necho after"),
    ShellOracleCase(
      "function capture does not leak variables",
      "f() {\n  Y=inner\n  echo out\n}\nX=$(f)\necho \"$X ${Y:-unset}\""),
    ShellOracleCase("status variable", "false || echo \"a $?\"\n[ 1 = 1 ]\necho \"b $?\""),
    ShellOracleCase("process id is a number", "[ \"$$\" -gt 0 ] && echo pid"),
    ShellOracleCase("last background job unset", "echo \"$!\""),
    ShellOracleCase(
      "date",
      "Y=$(date +%Y)\n[ ${#Y} -eq 4 ] && echo year\nS=$(date +%s)\n[ \"$S\" -gt 1000000000 ] && echo epoch"
    ),
    ShellOracleCase("export and reuse", "export A=1\nB=\"$A-2\"\necho \"$B\""),
    ShellOracleCase("unset", "V=1\nunset V\necho \"${V-gone}\""),
    ShellOracleCase(
      "echo and printf forms",
      "echo -n a\necho b\nprintf '%s-%s\\n' x y\nprintf '%s\\n' one two\nprintf 'tab\\there\\n'"),
    ShellOracleCase("here-document", "V=world\ncat <<EOF\nhello $V\n  indented\nEOF"),
    ShellOracleCase("quoted here-document", "cat <<'EOF'\nno $expansion here\nEOF"),
    ShellOracleCase("here-string", "V=abc\ncat <<< \"$V\""),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
