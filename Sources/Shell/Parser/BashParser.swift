// The entry point of the bash parser and the state it shares across its files:
// BashScanner.swift (bytes, positions, blanks, operators), BashCommandParser.swift (lists,
// pipelines, simple commands), BashCompoundCommands.swift (if/while/for/case/{ }/( )),
// BashTestParser.swift (`[[ … ]]`), BashWordParser.swift (words, quotes, expansions),
// BashExpressionText.swift (arithmetic kept as text) and BashHereDocuments.swift.

/// A bash syntax error: where it was found and what is wrong, in lowercase.
public struct BashSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
  public var position: BashPosition
  public var message: String

  public init(position: BashPosition, message: String) {
    self.position = position
    self.message = message
  }

  public var description: String {
    "\(position.line):\(position.column): \(message)"
  }
}

/// Parses bash source text into a ``BashFile``, following the shape of shfmt's syntax tree.
///
/// Positions are 1-based; columns count Unicode scalars (shfmt counts bytes, which is the same
/// for ASCII text).
public enum BashParser {
  /// How deep constructs may nest (`$( $( … ) )`, `{ { … } }`, `( ( … ) )`, `if`/`for`/`while`
  /// inside each other, `${…}`, parentheses in tests): deeper input is a positioned error
  /// rather than a risk to the stack. Lists (`a | b`, `a && b`, `[ a -a b ]`) are flat and
  /// take any length.
  public static let maximumNesting = 200

  public static func parse(_ source: String) -> Result<BashFile, BashSyntaxError> {
    var parser = BashSyntaxParser(bytes: Array(source.utf8))
    do {
      return .success(try parser.parseFile())
    } catch {
      return .failure(error)
    }
  }

  /// The subscript of an associative array (`m[$k]`, `m["a b"]`) read as one word: quotes and
  /// expansions apply, blanks are literal; nil when the text is not exactly one such word.
  public static func parseSubscript(_ text: String) -> BashWord? {
    var parser = BashSyntaxParser(bytes: Array(text.utf8))
    guard let word = try? parser.parseWord(.parameterWord), parser.isAtEnd else { return nil }
    return word
  }
}

/// The parser's state: a cursor over UTF-8 bytes with its line and column, and the
/// here-documents waiting for the end of their line.
struct BashSyntaxParser {
  /// Deeper nesting than this is rejected rather than risking the stack.
  static let maximumNesting = BashParser.maximumNesting

  let bytes: [UInt8]
  /// The offset of the next byte to read.
  var offset = 0
  /// Reading stops here (the end of a here-document body while it is parsed).
  var end: Int
  var line = 1
  var column = 1
  /// For text re-parsed out of backquotes: the original position of each byte, plus one entry
  /// for the end of the text.
  let positionMap: [BashPosition]?
  var nesting: Int
  /// Here-documents whose operator has been read and whose body starts after the next newline.
  var pendingHereDocuments: [BashPendingHereDocument] = []
  /// Bodies read so far, keyed by the position of their redirection (unique within a parse).
  var hereDocumentBodies: [BashPosition: BashWord] = [:]

  init(bytes: [UInt8], positionMap: [BashPosition]? = nil, nesting: Int = 0) {
    self.bytes = bytes
    self.end = bytes.count
    self.positionMap = positionMap
    self.nesting = nesting
  }

  /// Parses the whole text.
  mutating func parseFile() throws(BashSyntaxError) -> BashFile {
    BashFile(statements: try parseProgram())
  }

  /// Parses the whole text as a statement list, reads the last here-documents and attaches
  /// every body to its redirection.
  mutating func parseProgram() throws(BashSyntaxError) -> [BashStatement] {
    var statements = try parseStatementList(BashListEnd())
    if let pending = pendingHereDocuments.first {
      throw pending.neverEnds
    }
    if !hereDocumentBodies.isEmpty {
      attachHereDocuments(to: &statements)
    }
    return statements
  }

  func error(_ message: String, at position: BashPosition) -> BashSyntaxError {
    BashSyntaxError(position: position, message: message)
  }

  /// Runs `body` one nesting level deeper, failing beyond ``maximumNesting``.
  mutating func nested<T>(
    _ body: (inout BashSyntaxParser) throws(BashSyntaxError) -> T
  ) throws(BashSyntaxError) -> T {
    guard nesting < Self.maximumNesting else {
      throw error("nesting is deeper than \(Self.maximumNesting) levels", at: position)
    }
    nesting += 1
    defer { nesting -= 1 }
    return try body(&self)
  }
}
