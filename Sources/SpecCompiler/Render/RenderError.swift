/// Why a document's YAML cannot become Swift: printed `FILE: error: message`, without a line
/// (the YAML is the compiler's own output, read back).
public enum RenderError: Error, DiagnosticMessage, CustomStringConvertible {
  case missingFile(String)
  /// The decoder's own description of what it could not read (`DecodingError`, Yams).
  case undecodable(String, String)
  /// Scenario ids become Swift names and file names: only `S` and digits are accepted.
  case invalidID(String, String)
  case duplicateID(String, String)
  case mismatchedID(String, String, String)

  public static let stage = "render"

  /// The file the error is about.
  public var file: String {
    switch self {
    case .missingFile(let file), .undecodable(let file, _), .invalidID(_, let file),
      .duplicateID(_, let file), .mismatchedID(_, let file, _):
      file
    }
  }

  public var message: String {
    switch self {
    case .missingFile: "missing (listed in the document index)"
    case .undecodable(_, let message): "cannot decode: \(Diagnostic.escaped(message))"
    case .invalidID(let id, _):
      "scenario id \(SwiftLiteral.string(id)) is not S followed by 1 to 11 digits"
    case .duplicateID(let id, _): "scenario \(id) is listed twice"
    case .mismatchedID(let id, _, let found):
      "the index says \(id), the file says \(SwiftLiteral.string(found))"
    }
  }

  public var description: String { "\(file): \(severity.rawValue): \(message)" }

  public static let catalog: [Self] = [
    .missingFile("FILE"), .undecodable("FILE", "MESSAGE"), .invalidID("ID", "FILE"),
    .duplicateID("S01", "FILE"), .mismatchedID("S01", "FILE", "S02"),
  ]
}
