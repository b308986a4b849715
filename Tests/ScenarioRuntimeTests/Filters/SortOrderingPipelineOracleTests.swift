import Testing

/// `sort -V`, `-h`, `-g` (global and per key), `-c`/`-C` and `-o` against GNU sort.
@Suite(.requiresTools("/usr/bin/sort"))
struct SortOrderingPipelineOracleTests {
  static let versions =
    "printf 'v1.10.0\\nv1.2.0\\nv1.2.0-rc1\\nv1.9\\n1.2\\n1.02\\nfoo-1.0.tar.gz\\nfoo-1.0.1.tar.gz\\n.hidden\\n..\\n.\\n\\nv1.2.0~rc2\\nv10\\nA1\\na1\\n'"
  static let sizes = "printf '2K\\n1M\\n512\\n1.5K\\n-1K\\n0K\\n3G\\n1k\\n100\\n\\nx\\n1T\\n'"
  static let floats =
    "printf '1e3\\n-2.5\\n0x10\\nnan\\nabc\\n10\\n1.5E-2\\ninf\\n-inf\\n \\n+7\\n'"

  static let cases: [CommandOracleCase] = [
    "\(versions) | sort -V",
    "\(versions) | sort -rV",
    "\(versions) | sort -V -u",
    "\(sizes) | sort -h",
    "\(sizes) | sort -hr",
    "\(floats) | sort -g",
    "\(floats) | sort -g -s",
    "printf 'b 1.10\\na 1.9\\nc 1.2\\n' | sort -k2V",
    "printf 'b 10M x\\na 2K y\\nc 1G z\\n' | sort -k2,2h",
    "printf 'b,1e2\\na,5\\nc,-1\\n' | sort -t, -k2g",
    "printf 'b,1e2\\na,5\\nc,-1\\n' | sort -t, -k2,2gr -k1,1",
    "sort -c < nums.txt",
    "sort -n -c < nums.txt",
    "sort -C < nums.txt",
    "printf 'a\\nb\\nb\\n' | sort -c",
    "printf 'a\\nb\\nb\\n' | sort -cu",
    "printf 'a\\nc\\nb\\n' | sort -c",
    "printf '1.2\\n1.10\\n' | sort -cV",
    "sort -o sorted.txt log.txt\ncat sorted.txt",
    "sort -n -o nums.txt nums.txt\ncat nums.txt",
    "cat words.txt | sort --output=out.txt -f\ncat out.txt",
  ].map(CommandOracleCase.init)

  @Test(arguments: cases) func matchesCoreutils(_ c: CommandOracleCase) async throws {
    try await CommandOracleTable.check(c)
  }
}
