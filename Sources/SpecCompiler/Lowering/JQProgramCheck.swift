import JQ

/// Compiles every jq program once with libjq, as `jq` itself would, memoizing by program and
/// argument names (documents repeat the same projections many times).
final class JQProgramCheck {
  private var results: [String: String?] = [:]

  /// jq's error text, or nil when the program compiles.
  func error(in program: String, argumentNames: [String]) -> String? {
    let key = argumentNames.joined(separator: ",") + "\u{0}" + program
    if let known = results[key] { return known }
    let result: String?
    switch JQProgram.compile(program, argumentNames: argumentNames) {
    case .success: result = nil
    case .failure(let error): result = error.message
    }
    results[key] = result
    return result
  }
}
