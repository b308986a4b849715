import SpecModel

/// `printenv NAME…` as GNU printenv: each exported variable's value on its line, in operand
/// order; status 1 (no message) when a name is not in the environment (or holds `=`).
enum PrintenvSource {
  /// `exported` gives an exported variable's value, nil when it is not in the environment.
  static func run(names: [String], exported: (String) -> String?) -> FilterResult {
    var output: [UInt8] = []
    var status: Int32 = 0
    for name in names {
      guard !name.contains("="), let value = exported(name) else {
        status = 1
        continue
      }
      output += Array((value + "\n").utf8)
    }
    return FilterResult(output: output, status: status)
  }
}
