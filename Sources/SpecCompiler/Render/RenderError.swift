/// Why a document's YAML cannot become Swift.
public enum RenderError: Error, Equatable, CustomStringConvertible {
  case missingFile(String)
  case undecodable(String, String)
  /// Scenario ids become Swift names and file names: only `S` and digits are accepted.
  case invalidID(String, String)
  case duplicateID(String, String)
  case mismatchedID(String, String, String)

  public var description: String {
    switch self {
    case .missingFile(let file): "\(file): error: missing (listed in the document index)"
    case .undecodable(let file, let message):
      "\(file): error: cannot decode: \(Diagnostic.escaped(message))"
    case .invalidID(let id, let file):
      "\(file): error: scenario id \(SwiftLiteral.string(id)) is not S followed by 1 to 11 digits"
    case .duplicateID(let id, let file): "\(file): error: scenario \(id) is listed twice"
    case .mismatchedID(let id, let file, let found):
      "\(file): error: the index says \(id), the file says \(SwiftLiteral.string(found))"
    }
  }
}
