// Builders and parse helpers of the focused BashParser suites (BashParserWordTests,
// BashParserStructureTests): exact syntax tree fragments and positions for each construct,
// and syntax errors with their positions.

import Shell
import Testing

func at(_ line: Int, _ column: Int) -> BashPosition {
  BashPosition(line: line, column: column)
}

func lit(_ text: String) -> BashWordPart { .literal(text) }

func word(_ line: Int, _ column: Int, _ parts: BashWordPart...) -> BashWord {
  BashWord(position: at(line, column), parts: parts)
}

/// A word made of one literal.
func literal(_ line: Int, _ column: Int, _ text: String) -> BashWord {
  word(line, column, lit(text))
}

func short(_ line: Int, _ column: Int, _ name: String) -> BashWordPart {
  .parameter(BashParameterExpansion(position: at(line, column), name: name, short: true))
}

/// A simple command statement.
func call(
  _ line: Int, _ column: Int, _ arguments: [BashWord], assignments: [BashAssignment] = [],
  redirects: [BashRedirect] = []
) -> BashStatement {
  BashStatement(
    position: at(line, column), command: .call(assignments: assignments, arguments: arguments),
    redirects: redirects)
}

/// A command of literal words separated by single spaces, starting at `line:column`.
func simple(_ line: Int, _ column: Int, _ text: String) -> BashStatement {
  var words: [BashWord] = []
  var current = column
  for piece in text.split(separator: " ") {
    words.append(literal(line, current, String(piece)))
    current += piece.count + 1
  }
  return call(line, column, words)
}

func parse(_ source: String, sourceLocation: SourceLocation = #_sourceLocation)
  -> [BashStatement]
{
  switch BashParser.parse(source) {
  case .success(let file):
    return file.statements
  case .failure(let error):
    Issue.record("unexpected syntax error \(error)", sourceLocation: sourceLocation)
    return []
  }
}

/// The single statement of `source`.
func statement(_ source: String, sourceLocation: SourceLocation = #_sourceLocation)
  -> BashStatement?
{
  let statements = parse(source, sourceLocation: sourceLocation)
  #expect(statements.count == 1, "expected one statement", sourceLocation: sourceLocation)
  return statements.first
}

/// The arguments of the single simple command of `source`.
func arguments(_ source: String, sourceLocation: SourceLocation = #_sourceLocation)
  -> [BashWord]
{
  guard case .call(_, let arguments)? = statement(source, sourceLocation: sourceLocation)?.command
  else {
    Issue.record("expected a simple command", sourceLocation: sourceLocation)
    return []
  }
  return arguments
}

func expectError(
  _ source: String, at line: Int, _ column: Int, _ message: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  switch BashParser.parse(source) {
  case .success:
    Issue.record("expected a syntax error", sourceLocation: sourceLocation)
  case .failure(let error):
    #expect(
      error == BashSyntaxError(position: at(line, column), message: message),
      sourceLocation: sourceLocation)
  }
}

// MARK: Words and quoting
