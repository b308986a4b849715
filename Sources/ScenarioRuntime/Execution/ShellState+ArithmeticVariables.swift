import Shell

/// What `ArithmeticEvaluator` reads and writes: the shell's variables.
extension ShellState: ArithmeticVariables {
  mutating func setVariable(_ name: String, _ value: String) {
    assign(name, value)
  }
}
