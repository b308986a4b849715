import Testing

/// Associative arrays (`declare -A`, `local -A`) against bash 5.2: keyed assignment forms,
/// element and whole-array expansions in bash's own listing order (its hash-table order, which
/// the runtime reproduces rather than sorting), counts, `unset 'm[k]'`, keys that are words
/// rather than arithmetic, and `set -u` errors.
@Suite struct AssociativeArrayOracleTests {
  static let cases: [ShellOracleCase] = [
    // Declaration and assignment
    ShellOracleCase(
      "declare with entries", "declare -A m=([a]=1 [b]=2)\necho \"${m[a]} ${m[b]} ${#m[@]}\""),
    ShellOracleCase("element assignment", "declare -A m\nm[key]=v\nm[other]=w\necho \"${m[key]}\""),
    ShellOracleCase(
      "key from a variable",
      "declare -A m\nk=alpha\nm[$k]=1\nm[\"$k-2\"]=2\necho \"${m[$k]} ${m[alpha-2]}\""),
    ShellOracleCase(
      "keys are words, not arithmetic",
      "declare -A m\ni=3\nm[i]=letter\nm[1+1]=sum\necho \"${m[i]} ${m[1+1]} ${#m[@]}\""),
    ShellOracleCase(
      "quoted key with blanks",
      "declare -A m\nm[\"a b\"]=1\nm['c d']=2\necho \"${m[a b]} ${m[\"c d\"]}\""),
    ShellOracleCase(
      "keys with dots and slashes",
      "declare -A m=([v1.json]=one [/api/x]=two)\necho \"${m[v1.json]} ${m[/api/x]}\""),
    ShellOracleCase(
      "reassignment keeps one key", "declare -A m\nm[a]=1\nm[a]=2\necho \"${#m[@]} ${m[a]}\""),
    ShellOracleCase(
      "element append", "declare -A m=([a]=x)\nm[a]+=y\nm[b]+=z\necho \"${m[a]} ${m[b]}\""),
    ShellOracleCase(
      "compound append", "declare -A m=([a]=1)\nm+=([b]=2 [c]=3)\necho \"${#m[@]} ${m[b]}${m[c]}\""),
    ShellOracleCase(
      "compound assignment replaces", "declare -A m=([a]=1)\nm=([b]=2)\necho \"${#m[@]} ${m[b]}\""),
    ShellOracleCase(
      "key and value expansions in entries",
      "k=key\nv=value\ndeclare -A m=([$k]=\"$v x\" [\"${k}2\"]=$v)\necho \"${m[key]}|${m[key2]}\""),
    ShellOracleCase(
      "key and value word list", "declare -A m=(a 1 b 2)\necho \"${m[a]} ${m[b]}\""),
    ShellOracleCase("scalar view is key 0", "declare -A m\nm[0]=zero\nm[x]=1\necho \"$m\""),
    ShellOracleCase(
      "declare keeps a scalar as key 0", "s=v\ndeclare -A s\necho \"${!s[@]}=${s[0]}\""),
    ShellOracleCase(
      "an indexed array cannot become associative", "a=(x)\ndeclare -A a\necho never"),
    ShellOracleCase(
      "declare -A twice keeps the entries", "declare -A m=([a]=1)\ndeclare -A m\necho \"${m[a]}\""),
    // Listing order: bash's hash order
    ShellOracleCase(
      "keys in bash's order",
      "declare -A m\nfor k in a b c d e foo bar baz key1 key2 10 2 1; do m[$k]=1; done\necho \"${!m[@]}\""
    ),
    ShellOracleCase(
      "values in key order",
      "declare -A m=([one]=1 [two]=2 [three]=3 [four]=4)\necho \"${m[@]}\"\necho \"${!m[@]}\""),
    ShellOracleCase(
      "order after unset and reassignment",
      "declare -A m\nfor k in p q r s t; do m[$k]=$k; done\nunset 'm[q]'\nm[p]=P\nm[q]=Q\necho \"${!m[@]}\" \"${m[@]}\""
    ),
    ShellOracleCase(
      "order of many keys",
      "declare -A m\nfor ((i = 0; i < 3000; i++)); do m[k$i]=$i; done\nprintf '%s\\n' \"${!m[@]}\" > keys.txt\necho \"${#m[@]}\""
    ),
    ShellOracleCase(
      "order of non-ASCII keys", "declare -A m=([é]=1 [ü]=2 [a]=3 [日本]=4)\necho \"${!m[@]}\""),
    ShellOracleCase(
      "for over keys",
      "declare -A m=([x]=1 [y]=2 [z]=3)\nfor k in \"${!m[@]}\"; do echo \"$k=${m[$k]}\"; done"),
    ShellOracleCase(
      "star joins values", "declare -A m=([x]=1 [y]=2)\nIFS=,\necho \"${m[*]}|${!m[*]}\""),
    // Counts, lengths, operations
    ShellOracleCase(
      "count and element length", "declare -A m=([a]=hello [b]=x)\necho \"${#m[@]} ${#m[a]}\""),
    ShellOracleCase(
      "element operations",
      "declare -A m=([f]=archive.tar.gz)\necho \"${m[f]%%.*} ${m[f]/tar/zip} ${m[f]^^} ${m[g]:-none}\""
    ),
    ShellOracleCase(
      "per-element operation", "declare -A m=([a]=x.json [b]=y.json)\necho \"${m[@]%.json}\""),
    ShellOracleCase("empty array", "declare -A m\necho \"[${m[@]}] ${#m[@]}\""),
    // unset
    ShellOracleCase(
      "unset an element", "declare -A m=([a]=1 [b]=2)\nunset 'm[a]'\necho \"${#m[@]} ${!m[@]}\""),
    ShellOracleCase(
      "unset by variable key", "declare -A m=([a]=1 [b]=2)\nk=b\nunset \"m[$k]\"\necho \"${!m[@]}\""
    ),
    ShellOracleCase(
      "unset a missing key", "declare -A m=([a]=1)\nunset 'm[zz]'\necho \"${#m[@]}\""),
    ShellOracleCase("unset the array", "declare -A m=([a]=1)\nunset m\necho \"[${m[@]}]\""),
    // set -u
    ShellOracleCase(
      "missing key fails under set -u", "declare -A m\necho \"${m[nope]}\"\necho never"),
    ShellOracleCase(
      "missing key with a default", "declare -A m\necho \"[${m[nope]:-}] [${m[nope]-d}]\""),
    ShellOracleCase("missing key with set +u", "set +u\ndeclare -A m\necho \"[${m[nope]}]\""),
    ShellOracleCase(
      "key test with a default",
      "declare -A m=([a]=1)\n[ -n \"${m[a]+set}\" ] && echo has-a\n[ -z \"${m[b]+set}\" ] && echo no-b"
    ),
    // Scopes
    ShellOracleCase(
      "local -A",
      "m=outer\nf() {\n  local -A m\n  m[k]=in\n  echo \"${m[k]} ${#m[@]}\"\n}\nf\necho \"$m\""),
    ShellOracleCase(
      "local -A with entries",
      "f() {\n  local -A seen=([a]=1)\n  seen[b]=2\n  echo \"${!seen[@]}\"\n}\nf"),
    ShellOracleCase(
      "helper fills a global map",
      "declare -A status\nrecord() {\n  status[$1]=$2\n}\nrecord api ok\nrecord \"web ui\" down\nfor k in \"${!status[@]}\"; do echo \"$k: ${status[$k]}\"; done"
    ),
    ShellOracleCase(
      "counting occurrences",
      "declare -A n\nfor w in a b a c a b; do n[$w]=$(( ${n[$w]:-0} + 1 )); done\nfor w in a b c; do echo \"$w ${n[$w]}\"; done"
    ),
    ShellOracleCase(
      "subshell copy does not leak",
      "declare -A m=([a]=1)\n(m[b]=2; echo \"${#m[@]}\")\necho \"${#m[@]}\""),
    ShellOracleCase(
      "declared in setup", setup: "declare -A ENDPOINTS=([health]=/healthz [ready]=/readyz)",
      "for k in health ready; do echo \"$k ${ENDPOINTS[$k]}\"; done"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
