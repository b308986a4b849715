import Testing

/// One snippet compared with real bash: a name for the test list, an optional setup block and
/// the scenario block.
struct ShellOracleCase: CustomTestStringConvertible, Sendable {
  var name: String
  var setup: String?
  var bash: String
  var variables: [String: String]

  init(_ name: String, setup: String? = nil, _ bash: String, variables: [String: String] = [:]) {
    self.name = name
    self.setup = setup
    self.bash = bash
    self.variables = variables
  }

  var testDescription: String { name }
}
