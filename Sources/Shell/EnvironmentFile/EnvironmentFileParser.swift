import SpecModel

/// What `source FILE` would run from an environment file (`.env`): assignments (`KEY=value`,
/// `export KEY=value`, several per line), `export KEY`, comments and blank lines. The file is
/// read by the bash parser and its words lose their quotes as the compiler's words do
/// (`BashQuoteRemoval`): single quotes are literal, double quotes keep `\"`, `\\`, `\$` and
/// `` \` `` escapes and expand `$NAME` / `${…}`, unquoted text expands too and drops its
/// backslashes. Anything else is a command, which the interpreter reports as not found.
package enum EnvironmentFileParser {
  package enum Entry: Equatable, Sendable {
    case assign(name: String, value: Template, line: Int)
    case export(name: String, line: Int)
    case command(name: String, line: Int)
    /// Text bash would not parse, or a value the runtime cannot expand (a command
    /// substitution, arithmetic, an expansion operator templates do not have).
    case unsupported(message: String, line: Int)
  }

  package static func parse(_ text: String) -> [Entry] {
    switch BashParser.parse(text) {
    case .failure(let error):
      return [.unsupported(message: error.message, line: error.position.line)]
    case .success(let file):
      return file.statements.flatMap(entries)
    }
  }

  private static func entries(_ statement: BashStatement) -> [Entry] {
    let line = statement.position.line
    switch statement.command {
    case .call(let assignments, let arguments)?:
      guard arguments.isEmpty else {
        return [.command(name: commandName(arguments[0]), line: line)]
      }
      return assignments.map { assignment(_: $0, line: line) }
    case .declaration(let variant, _, let assignments, _)?
    where ["export", "declare", "typeset", "readonly"].contains(variant):
      return assignments.map { assignment in
        guard assignment.value != nil || assignment.array != nil else {
          return .export(name: assignment.name, line: assignment.position.line)
        }
        return self.assignment(assignment, line: assignment.position.line)
      }
    case .declaration(let variant, _, _, _)?:
      return [.command(name: variant, line: line)]
    default:
      return [.unsupported(message: "only assignments and 'export' are read", line: line)]
    }
  }

  private static func commandName(_ word: BashWord) -> String {
    (try? template(word).literalText) ?? ""
  }

  private static func assignment(_ assignment: BashAssignment, line: Int) -> Entry {
    guard assignment.array == nil, assignment.index == nil, !assignment.append else {
      return .unsupported(message: "array and '+=' assignments are not supported", line: line)
    }
    do {
      let value = try assignment.value.map(template) ?? Template([])
      return .assign(name: assignment.name, value: value, line: line)
    } catch {
      return .unsupported(message: error.message, line: line)
    }
  }

  struct Unsupported: Error {
    var message: String
  }

  /// A word's template: quotes removed, `$NAME`, `${NAME}`, `$$`, `$?`, `$1` and the
  /// `${NAME:-word}` family kept as expansions.
  static func template(_ word: BashWord) throws(Unsupported) -> Template {
    var parts: [TemplatePart] = []
    for part in word.parts { try lower(part, quoted: false, into: &parts) }
    return Template(parts).normalized
  }

  private static func lower(_ part: BashWordPart, quoted: Bool, into parts: inout [TemplatePart])
    throws(Unsupported)
  {
    switch part {
    case .literal(let raw):
      parts.append(
        .literal(quoted ? BashQuoteRemoval.doubleQuoted(raw) : BashQuoteRemoval.unquoted(raw)))
    case .singleQuoted(let raw, let dollar):
      guard let text = dollar ? BashQuoteRemoval.dollarQuoted(raw) : raw else {
        throw Unsupported(message: "$'…' gives bytes that are not UTF-8 text")
      }
      parts.append(.literal(text))
    case .doubleQuoted(let inner):
      for piece in inner { try lower(piece, quoted: true, into: &parts) }
    case .parameter(let expansion):
      parts.append(try parameter(expansion))
    case .commandSubstitution:
      throw Unsupported(message: "command substitutions are not supported")
    case .arithmetic:
      throw Unsupported(message: "arithmetic expansions are not supported")
    case .processSubstitution:
      throw Unsupported(message: "process substitutions are not supported")
    }
  }

  private static func parameter(_ e: BashParameterExpansion) throws(Unsupported) -> TemplatePart {
    guard !e.indirect, e.index == nil, e.slice == nil, e.replacement == nil, e.names == nil else {
      throw Unsupported(message: "this parameter expansion is not supported")
    }
    switch e.name {
    case "$": return .processID
    case "?": return .lastStatus
    case "!": return .lastBackgroundJob
    default: break
    }
    if e.length { return .expansion(ParameterExpansion(name: e.name, operation: .length)) }
    guard let given = e.operation else { return .variable(e.name) }
    let op = given.op
    let w = try given.word.map(template) ?? Template([])
    let operation: ParameterExpansion.Operation
    switch op {
    case ":-": operation = .useDefault(w, nullIsUnset: true)
    case "-": operation = .useDefault(w, nullIsUnset: false)
    case ":=": operation = .assignDefault(w, nullIsUnset: true)
    case "=": operation = .assignDefault(w, nullIsUnset: false)
    case ":+": operation = .useAlternative(w, nullIsUnset: true)
    case "+": operation = .useAlternative(w, nullIsUnset: false)
    case ":?": operation = .errorIfUnset(w, nullIsUnset: true)
    case "?": operation = .errorIfUnset(w, nullIsUnset: false)
    case "#": operation = .removePrefix(w, longest: false)
    case "##": operation = .removePrefix(w, longest: true)
    case "%": operation = .removeSuffix(w, longest: false)
    case "%%": operation = .removeSuffix(w, longest: true)
    default: throw Unsupported(message: "parameter expansion operator '\(op)' is not supported")
    }
    return .expansion(ParameterExpansion(name: e.name, operation: operation))
  }
}
