import Testing

/// Sparse indexed arrays against bash 5.2: literals with `[INDEX]=VALUE` (mixed with plain
/// words, which continue after the previous index), `+=` with keys, `declare -a`/`local -a` with
/// such literals, and everything that reads a sparse array: indices, counts, slices (the offset
/// counts from the first element at or after it), negative subscripts, `unset` then append.
@Suite struct SparseArrayOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "keyed literal", "a=([3]=x [7]=y)\necho \"${!a[@]}|${a[@]}|${#a[@]}|${a[3]}${a[7]}\""),
    ShellOracleCase(
      "plain words continue after a key",
      "a=([0]=a b [5]=c d)\necho \"${!a[@]}|${a[*]}|${a[6]}\""),
    ShellOracleCase(
      "words before a key",
      "a=(x [2]=y \"a b\")\nfor i in \"${!a[@]}\"; do echo \"$i=${a[i]}\"; done"),
    ShellOracleCase(
      "a key going back", "a=([5]=x [1]=y z)\necho \"${!a[@]}|${a[@]}\""),
    ShellOracleCase("a repeated key", "a=([1]=x [1]=y)\necho \"${!a[@]}|${a[@]}\""),
    ShellOracleCase(
      "keys are arithmetic", "i=3\na=([i+1]=p [$i]=q [i*3]=r)\necho \"${!a[@]}|${a[@]}\""),
    ShellOracleCase(
      "a keyed value is one word, unglobbed",
      "v='p  q'\na=([1]=$v [2]=* $v)\necho \"${#a[@]}|${a[1]}|${a[2]}|${a[3]}|${a[4]}\""),
    ShellOracleCase(
      "a keyed value from a capture",
      "a=([4]=\"$(printf 'x y')\" $(printf 'r s'))\necho \"${!a[@]}|${a[4]}\""),
    ShellOracleCase(
      "append with a key", "a=(x y)\na+=([9]=z w)\necho \"${!a[@]}|${a[@]}\""),
    ShellOracleCase(
      "append a plain word after a key", "a=([4]=x)\na+=(y)\necho \"${!a[@]}|${a[@]}\""),
    ShellOracleCase(
      "append with a negative key", "a=(x y z)\na+=([-1]=p q)\necho \"${!a[@]}|${a[@]}\""),
    ShellOracleCase(
      "unset then append goes after the highest index",
      "a=(x y z)\nunset 'a[2]'\na+=(v)\nunset 'a[0]'\na+=(w)\necho \"${!a[@]}|${a[@]}|${#a[@]}\""),
    ShellOracleCase(
      "unset the last then append",
      "a=([0]=a [9]=b)\nunset 'a[9]'\na+=(c)\necho \"${!a[@]}|${a[@]}\""),
    ShellOracleCase(
      "declare -a with keys", "declare -a b=([2]=x)\necho \"${!b[@]}|${b[@]}|${#b[@]}\""),
    ShellOracleCase(
      "local -a with keys",
      "f() {\n  local -a c=([3]=q r)\n  echo \"${!c[@]}|${c[@]:4}|${c[-1]}\"\n}\nf\necho \"[${c[@]:-gone}]\""
    ),
    ShellOracleCase(
      "local with keys", "f() {\n  local c=([1]=x)\n  echo \"${!c[@]}\"\n}\nf"),
    ShellOracleCase(
      "slices count elements at or after the offset",
      "a=([1]=a [3]=b [5]=c [7]=d)\necho \"${a[@]:2}|${a[@]:3:2}|${a[@]:6:5}|${a[@]:8}|${a[*]:0:1}\""
    ),
    ShellOracleCase(
      "negative slice offsets count from the end index",
      "a=([1]=a [3]=b [5]=c [7]=d)\necho \"${a[@]: -1}|${a[@]: -3}|${a[@]: -4:1}|[${a[@]: -9}]\""),
    ShellOracleCase(
      "negative subscripts on a sparse array",
      "a=([1]=a [3]=b [7]=c)\necho \"${a[-1]}|${a[-5]}|[${a[-2]-unset}]|${#a[-1]}\"\necho \"${a[-2]}\""
    ),
    ShellOracleCase(
      "negative subscript before the first element",
      "a=([3]=x)\necho \"${a[-4]-unset}\"\necho \"${a[-5]}\"\necho never"),
    ShellOracleCase(
      "element assignment with a negative subscript",
      "a=([2]=x [6]=y)\na[-3]=z\na[-1]+=w\necho \"${!a[@]}|${a[@]}\""),
    ShellOracleCase(
      "word lists from a sparse array",
      "a=([2]='x y' [9]=z)\nf() {\n  echo \"$#:$1\"\n}\nf \"${a[@]}\"\nb=(\"${a[@]}\")\necho \"${!b[@]}\""
    ),
    ShellOracleCase(
      "for over a sparse array's indices",
      "a=([10]=x [2]=y)\nfor i in \"${!a[@]}\"; do echo \"$i ${a[$i]}\"; done"),
    ShellOracleCase(
      "unset of a missing element", "a=([5]=x)\nunset 'a[1]'\necho \"${!a[@]}|${#a[@]}\""),
    ShellOracleCase(
      "scalar view of a sparse array",
      "a=([1]=x)\necho \"[${a:-none}]\"\na=([0]=y [1]=x)\necho \"$a\""),
    ShellOracleCase(
      "keyed literal in a function and a subshell",
      "f() {\n  arr=([2]=\"$1\" \"$2\")\n}\nf p q\n(arr+=([0]=r); echo \"${arr[*]}\")\necho \"${!arr[@]}\""
    ),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
