import Testing

/// Indexed arrays against bash 5.2: assignment forms, element and whole-array expansions,
/// counts, indices, slices, per-element operations, `unset 'a[i]'`, `local -a`, and the word
/// lists `"${a[@]}"` gives to calls, loops, `echo`, `printf` and other arrays.
@Suite struct ArrayOracleTests {
  static let cases: [ShellOracleCase] = [
    // Assignment and element access
    ShellOracleCase("literal array", "a=(x y z)\necho \"${a[0]} ${a[1]} ${a[2]}\""),
    ShellOracleCase(
      "quoted elements keep blanks", "a=(\"x y\" 'z  w')\necho \"[${a[0]}] [${a[1]}]\""),
    ShellOracleCase("scalar view is element 0", "a=(x y)\necho \"$a ${a}\""),
    ShellOracleCase(
      "index from a variable", "a=(x y z)\ni=2\necho \"${a[i]} ${a[$i]} ${a[${i}]}\""),
    ShellOracleCase(
      "index arithmetic", "a=(x y z)\nn=3\necho \"${a[n-1]} ${a[1+1]} ${a[(4-2)*1]}\""),
    ShellOracleCase("negative index", "a=(x y z)\necho \"${a[-1]} ${a[-3]}\""),
    ShellOracleCase("last element by count", "a=(x y z)\necho \"${a[${#a[@]}-1]}\""),
    ShellOracleCase("element assignment", "a=(x y)\na[1]=Y\na[3]=w\necho \"${a[@]}\" \"${!a[@]}\""),
    ShellOracleCase(
      "element assignment by variable", "i=4\na[i]=v\na[$i+1]=w\necho \"${a[@]}\" \"${!a[@]}\""),
    ShellOracleCase("element append", "a=(x y)\na[1]+=z\necho \"${a[@]}\""),
    ShellOracleCase("negative element assignment", "a=(x y z)\na[-1]=Z\necho \"${a[@]}\""),
    ShellOracleCase("bad negative assignment", "a=(x)\na[-5]=z\necho never"),
    ShellOracleCase("bad negative subscript", "set +u\na=(x)\necho \"${a[-5]}\"\necho never"),
    ShellOracleCase("append elements", "a=(x)\na+=(y \"z w\")\necho \"${#a[@]} ${a[2]}\""),
    ShellOracleCase("append to a scalar", "s=one\ns+=(two)\necho \"${s[@]}\""),
    ShellOracleCase("scalar append to element 0", "a=(x y)\na+=z\necho \"${a[@]}\""),
    ShellOracleCase("scalar +=", "s=ab\ns+=cd\nu+=new\necho \"$s $u\""),
    ShellOracleCase("assigning the name sets element 0", "a=(x y)\na=z\necho \"${a[@]}\""),
    ShellOracleCase(
      "element assignment on a scalar", "s=first\ns[2]=third\necho \"${s[@]}\" \"${!s[@]}\""),
    ShellOracleCase("reassignment replaces", "a=(x y z)\na=(q)\necho \"${#a[@]} ${a[@]}\""),
    ShellOracleCase("empty array", "a=()\necho \"[${a[@]}] ${#a[@]}\""),
    ShellOracleCase(
      "array from another", "a=(x \"y z\")\nb=(\"${a[@]}\" w)\necho \"${#b[@]} [${b[1]}]\""),
    ShellOracleCase(
      "prefix and suffix join the ends",
      "a=(p q)\nb=(\"pre${a[@]}post\")\necho \"${#b[@]} ${b[0]} ${b[1]}\""),
    ShellOracleCase("elements from a capture", "a=(\"$(printf x)\" y)\necho \"${a[@]}\""),
    // Counts, indices, slices
    ShellOracleCase(
      "count and element length", "a=(one three)\necho \"${#a[@]} ${#a[*]} ${#a[1]} ${#a}\""),
    ShellOracleCase("indices", "a=(x y z)\necho \"${!a[@]}\""),
    ShellOracleCase(
      "indices of a sparse array", "a[3]=x\na[10]=y\na[1]=z\necho \"${!a[@]} ${a[@]}\""),
    ShellOracleCase("slice", "a=(a b c d e)\necho \"${a[@]:1:2}|${a[@]:3}|${a[@]: -2}|${a[*]:1}\""),
    ShellOracleCase("slice beyond the end", "a=(a b)\necho \"[${a[@]:5}]\""),
    ShellOracleCase("slice of a sparse array", "a[2]=x\na[5]=y\na[9]=z\necho \"${a[@]:3}\""),
    ShellOracleCase("slice with negative length", "a=(a b c)\necho \"${a[@]:1:-1}\"\necho never"),
    // Per-element operations
    ShellOracleCase("per-element prefix removal", "a=(/x/one /y/two)\necho \"${a[@]##*/}\""),
    ShellOracleCase("per-element replacement", "a=(a-b c-d)\necho \"${a[@]//-/_}\""),
    ShellOracleCase("per-element case change", "a=(ab cd)\necho \"${a[@]^^}\""),
    ShellOracleCase(
      "per-element suffix removal",
      "a=(x.json y.txt)\nfor f in \"${a[@]%.*}\"; do echo \"<$f>\"; done"),
    ShellOracleCase("element default", "a=(x)\necho \"${a[1]:-none} ${a[0]:-none} ${a[5]-dash}\""),
    ShellOracleCase(
      "element operations", "a=(archive.tar.gz)\necho \"${a[0]%%.*} ${a[0]/tar/zip} ${a[0]:2:3}\""),
    // Joining
    ShellOracleCase("star joins with IFS", "a=(x y z)\nIFS=,\necho \"${a[*]}\""),
    ShellOracleCase(
      "at joins with spaces in an assignment", "a=(x y)\ns=\"${a[@]}\"\necho \"[$s]\""),
    ShellOracleCase("star with empty IFS", "a=(x y)\nIFS=\nj=\"${a[*]}\"\necho \"$j\""),
    ShellOracleCase("join in a test", "a=(x y)\n[ \"${a[*]}\" = \"x y\" ] && echo same"),
    ShellOracleCase(
      "membership idiom", "a=(alpha beta)\n[[ \" ${a[*]} \" == *\" beta \"* ]] && echo found"),
    // Word lists
    ShellOracleCase(
      "for over elements", "a=(x \"y z\" w)\nfor e in \"${a[@]}\"; do echo \"<$e>\"; done"),
    ShellOracleCase(
      "for over an empty array", "a=()\nfor e in \"${a[@]}\"; do echo \"<$e>\"; done\necho done"),
    ShellOracleCase(
      "for over indices", "a=(x y)\nfor i in \"${!a[@]}\"; do echo \"$i=${a[i]}\"; done"),
    ShellOracleCase(
      "unquoted for splits elements", "a=(\"x y\" z)\nfor e in ${a[@]}; do echo \"<$e>\"; done"),
    ShellOracleCase(
      "function arguments",
      "f() {\n  echo \"$#: $*\"\n}\na=(x \"y z\")\nf \"${a[@]}\"\nf pre \"${a[@]}\" post"),
    ShellOracleCase(
      "empty array gives no argument",
      "f() {\n  echo \"$#\"\n}\na=()\nf \"${a[@]}\"\nf \"${a[@]}\" \"\"\nf \"x${a[@]}y\""),
    ShellOracleCase("printf over elements", "a=(x \"y z\")\nprintf '<%s>\\n' \"${a[@]}\""),
    ShellOracleCase("printf over an empty array", "a=()\nprintf '<%s>\\n' \"${a[@]}\""),
    ShellOracleCase("echo with an empty array between words", "a=()\necho x \"${a[@]}\" y"),
    ShellOracleCase("echo -n with elements", "a=(x y)\necho -n start \"${a[@]}\"\necho"),
    ShellOracleCase("echo of elements alone", "a=(x y)\necho \"${a[@]}\""),
    ShellOracleCase("set -- from an array", "a=(x \"y z\")\nset -- \"${a[@]}\"\necho \"$# [$2]\""),
    // set -u
    ShellOracleCase(
      "unset array is an empty list under set -u",
      "echo \"[${never_set[@]}] [${never_set[*]}]\"\necho ok"),
    ShellOracleCase(
      "count of an unset array fails under set -u", "echo \"${#never_set[@]}\"\necho never"),
    ShellOracleCase("unset element fails under set -u", "a=(x)\necho \"${a[3]}\"\necho never"),
    ShellOracleCase("unset index variable fails", "a=(x)\necho \"${a[nope]}\"\necho never"),
    ShellOracleCase("unset element with set +u", "set +u\na=(x)\necho \"[${a[3]}]\""),
    ShellOracleCase(
      "element 0 removed leaves $a unset",
      "a=(x y)\nunset 'a[0]'\necho \"${a[@]}\"\necho \"$a\"\necho never"),
    // unset
    ShellOracleCase(
      "unset an element", "a=(x y z)\nunset 'a[1]'\necho \"${#a[@]} ${a[@]} ${!a[@]}\""),
    ShellOracleCase(
      "unset an element by variable", "a=(x y z)\ni=0\nunset \"a[$i]\"\necho \"${a[@]}\""),
    ShellOracleCase("unset the last element", "a=(x y z)\nunset 'a[-1]'\necho \"${a[@]}\""),
    ShellOracleCase(
      "unset a missing element", "a=(x)\nunset 'a[7]'\nunset 'b[0]'\necho \"${a[@]}\""),
    ShellOracleCase("unset the array", "a=(x y)\nunset a\necho \"[${a[@]}]\""),
    // local and declare
    ShellOracleCase(
      "local array",
      "a=(outer)\nf() {\n  local a=(in \"ner x\")\n  echo \"${#a[@]} ${a[1]}\"\n}\nf\necho \"${a[@]}\""
    ),
    ShellOracleCase(
      "local -a then append",
      "f() {\n  local -a acc\n  acc+=(1)\n  acc+=(2)\n  echo \"${acc[@]}\"\n}\nf\necho \"[${acc[@]}]\""
    ),
    ShellOracleCase(
      "declare -a", "declare -a a=(x y)\ndeclare -a b\nb+=(z)\necho \"${a[@]} ${b[@]}\""),
    ShellOracleCase("declare -a keeps a value", "s=v\ndeclare -a s\necho \"${s[@]}\""),
    ShellOracleCase(
      "local array of the arguments",
      "f() {\n  local args=(\"$@\")\n  echo \"${#args[@]} ${args[1]}\"\n}\nf a \"b c\" d"),
    ShellOracleCase(
      "array built by a helper",
      "add() {\n  items+=(\"$1\")\n}\nitems=()\nadd one\nadd \"two three\"\nprintf '%s\\n' \"${items[@]}\""
    ),
    ShellOracleCase(
      "array copy in a subshell does not leak",
      "a=(x)\n(a+=(y); echo \"${a[@]}\")\necho \"${a[@]}\""),
    ShellOracleCase(
      "arrays in a loop", "n=()\nfor i in 1 2 3; do\n  n+=(\"item-$i\")\ndone\necho \"${n[*]}\""),
    // Subscripts are bash arithmetic (`ArithmeticEvaluator`): operators, side effects, names
    // whose values are expressions.
    ShellOracleCase(
      "subscripts are arithmetic",
      "a=(x y z w)\ni=0\necho \"${a[i++]} ${a[i++]} $i\"\nj=1+1\necho \"${a[j]} ${a[j*2-1]} ${a[i>>1]}\"\na[i+=1]=v\necho \"$i ${a[*]} ${a[(1?3:0)]}\"\nunset 'a[0x1]'\necho \"${a[@]} ${#a[@]}\""
    ),
    ShellOracleCase(
      "a subscript dividing by zero", "a=(x)\nn=0\necho \"${a[1/n]}\" || echo \"rc=$?\"\necho after"
    ),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
