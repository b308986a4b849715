/// A jq program that libjq 1.6 compiles, together with the `--arg`/`--argjson` names it may
/// use.
public struct JQProgram: Sendable, Hashable {
  public let source: String
  public let argumentNames: [String]

  private init(source: String, argumentNames: [String]) {
    self.source = source
    self.argumentNames = argumentNames
  }

  /// Compiles `program` as `jq` 1.6 would with `--arg`s named `argumentNames`. A failure
  /// holds the lines jq prints to stderr, e.g.
  /// `jq: error: foo/0 is not defined at <top-level>, line 1:` … `jq: 1 compile error`.
  public static func compile(_ program: String, argumentNames: [String] = []) -> Result<
    JQProgram, JQError
  > {
    let key = JQCompileKey(program: program, argumentNames: argumentNames)
    if let error = JQEngine.shared.check(key) { return .failure(error) }
    return .success(JQProgram(source: program, argumentNames: argumentNames))
  }

  /// Compiles many programs at once, with the results of `compile(_:argumentNames:)` in
  /// order. Much faster than one by one: libjq spends ~13 ms of each compilation on its
  /// builtins, and programs that compile share one compilation here.
  public static func compile(_ programs: [(program: String, argumentNames: [String])]) -> [Result<
    JQProgram, JQError
  >] {
    let keys = programs.map { JQCompileKey(program: $0.program, argumentNames: $0.argumentNames) }
    let verdicts = JQEngine.shared.check(keys)
    return zip(programs, verdicts).map { entry, verdict in
      if let verdict { return .failure(verdict) }
      return .success(JQProgram(source: entry.program, argumentNames: entry.argumentNames))
    }
  }

  /// Runs the program as `jq` 1.6 would: see `JQ.run`.
  public func run(input: [UInt8], options: JQOptions = JQOptions(), arguments: [JQArgument] = [])
    -> JQResult
  {
    JQ.run(program: source, input: input, options: options, arguments: arguments)
  }
}
