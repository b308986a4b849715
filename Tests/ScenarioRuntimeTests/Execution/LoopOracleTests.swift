import Testing

/// `for`, `while`, `until`, `case`, `break` and `continue`, against bash.
@Suite struct LoopOracleTests {
  static let cases: [ShellOracleCase] = [
    ShellOracleCase(
      "seq loop with break", "for _ in $(seq 1 3); do\n  echo x\n  break\ndone\necho after"),
    ShellOracleCase(
      "seq loop with conditional break",
      "for i in $(seq 1 5); do\n  if [ \"$i\" -eq 3 ]; then\n    break\n  fi\n  echo \"$i\"\ndone"),
    ShellOracleCase("seq with first and last", "for i in $(seq 3 5); do echo \"$i\"; done"),
    ShellOracleCase("empty seq", "for i in $(seq 5 1); do echo \"$i\"; done\necho \"rc=$?\""),
    ShellOracleCase("literal words", "for w in 'a b' c \"d\"; do echo \"<$w>\"; done"),
    ShellOracleCase(
      "unquoted expansion is split",
      "L=\"a b  c\n d\"\nfor w in $L; do echo \"<$w>\"; done"),
    ShellOracleCase(
      "splitting keeps carriage returns",
      "L=$(printf 'a\\r\\nb\\r\\n')\nfor w in $L; do echo \"<${#w}>\"; done"),
    ShellOracleCase(
      "continue", "for i in $(seq 1 4); do\n  [ \"$i\" -ne 2 ] || continue\n  echo \"$i\"\ndone"),
    ShellOracleCase(
      "break 2",
      "for i in $(seq 1 3); do\n  for j in $(seq 1 3); do\n    [ \"$j\" -lt 2 ] || break 2\n    echo \"$i$j\"\n  done\ndone\necho end"
    ),
    ShellOracleCase(
      "continue 2",
      "for i in $(seq 1 3); do\n  for j in $(seq 1 3); do\n    [ \"$j\" -lt 2 ] || continue 2\n    echo \"$i$j\"\n  done\n  echo never\ndone"
    ),
    ShellOracleCase(
      "break larger than nesting", "for i in $(seq 1 3); do\n  break 5\ndone\necho end"),
    ShellOracleCase("break outside a loop", "break\necho after"),
    ShellOracleCase("continue outside a loop", "continue\necho after"),
    ShellOracleCase(
      "loop variable stays set", "for i in $(seq 1 2); do :; done\necho \"last $i\""),
    ShellOracleCase(
      "failure in a loop body exits",
      "for i in $(seq 1 3); do\n  echo \"$i\"\n  [ \"$i\" -lt 2 ]\ndone\necho never"),
    ShellOracleCase(
      "while with a file condition",
      "while [ ! -f done.flag ]; do\n  echo waiting\n  touch done.flag\ndone\necho ready"),
    ShellOracleCase(
      "until", "until [ -f done.flag ]; do\n  echo waiting\n  touch done.flag\ndone\necho ready"),
    ShellOracleCase(
      "while condition failure does not exit",
      "while [ -f missing ]; do\n  echo never\ndone\necho \"after $?\""),
    ShellOracleCase(
      "while with break",
      "while true; do\n  echo once\n  break\ndone"),
    ShellOracleCase(
      "polling loop",
      "for _ in $(seq 1 10); do\n  if [ -f ready.flag ]; then\n    echo ready\n    break\n  fi\n  touch ready.flag\n  sleep 0.01\ndone"
    ),
    ShellOracleCase(
      "case first match",
      "V=report.json\ncase \"$V\" in\n  *.txt) echo text ;;\n  *.json) echo json ;;\n  *) echo other ;;\nesac"
    ),
    ShellOracleCase(
      "case alternatives and default",
      "for V in a b zz; do\n  case \"$V\" in\n    a | b) echo \"ab $V\" ;;\n    *) echo \"default $V\" ;;\n  esac\ndone"
    ),
    ShellOracleCase(
      "case with brackets and question mark",
      "for V in x1 y22 z; do\n  case \"$V\" in\n    [xy]?) echo \"two $V\" ;;\n    ?) echo \"one $V\" ;;\n    *) echo \"many $V\" ;;\n  esac\ndone"
    ),
    ShellOracleCase(
      "case with variable pattern",
      "P=abc\nfor V in abc abd; do\n  case \"$V\" in\n    \"$P\") echo \"same $V\" ;;\n    *) echo \"diff $V\" ;;\n  esac\ndone"
    ),
    ShellOracleCase("case without match", "case x in\n  y) echo y ;;\nesac\necho \"rc=$?\""),
    ShellOracleCase(
      "glob and regex tests",
      "V=report.json\n[[ $V == *.json ]] && echo glob\n[[ $V == *.txt ]] || echo noglob\nN=12345\n[[ $N =~ ^[0-9]+$ ]] && echo number\n[[ $V =~ ^[0-9]+$ ]] || echo notnumber"
    ),
    ShellOracleCase(
      "string and integer tests",
      "[ a = a ] && echo eq\n[ a != b ] && echo ne\n[ -z \"\" ] && echo z\n[ -n x ] && echo n\n[ 3 -lt 10 ] && echo lt\n[ 10 -ge 10 ] && echo ge\n[ -5 -lt 2 ] && echo neg\n[ \" 7 \" -eq 7 ] && echo spaces"
    ),
    ShellOracleCase("integer expression error", "[ abc -eq 1 ]\necho never"),
    ShellOracleCase("integer expression error rescued", "[ \"\" -eq 1 ] || echo \"rc=$?\""),
    ShellOracleCase(
      "compound tests",
      "[ -n a ] && [ -z \"\" ] && echo both\n[ -n a -a -z \"\" ] && echo and\n[ -z a -o -n b ] && echo or\n[ ! -f missing ] && echo not\n[[ -n a && ( -z b || -n c ) ]] && echo grouped"
    ),
    ShellOracleCase("string ordering", "[[ abc < abd ]] && echo less\n[[ b > a ]] && echo greater"),
  ]

  @Test(arguments: cases) func matchesBash(_ c: ShellOracleCase) async throws {
    try await BashOracle.expectSame(setup: c.setup, c.bash, variables: c.variables)
  }
}
