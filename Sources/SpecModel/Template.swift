/// A string whose value is only known at run time: literal text interleaved with
/// variable references and the few shell values a scenario may use.
///
/// In YAML a template is written in shell syntax (`${BASE_URL}/v1/files/${FILE_ID}`);
/// see `TemplateSyntax` for the exact grammar.
public struct Template: Equatable, Hashable, Sendable, ExpressibleByStringLiteral {
  public var parts: [TemplatePart]

  public init(_ parts: [TemplatePart]) {
    self.parts = parts
  }

  public init(literal: String) {
    self.parts = literal.isEmpty ? [] : [.literal(literal)]
  }

  public init(stringLiteral value: String) {
    self.init(literal: value)
  }
}

public enum TemplatePart: Equatable, Hashable, Sendable {
  /// Text taken as is.
  case literal(String)
  /// `${NAME}`.
  case variable(String)
  /// `${NAME:-word}`, `${NAME//pattern/replacement}`, `${#NAME}` and the other parameter expansions.
  case expansion(ParameterExpansion)
  /// `$$`: the process id of the scenario's shell.
  case processID
  /// `$?`: the status of the last command.
  case lastStatus
  /// `$!`: the process id of the last background job.
  case lastBackgroundJob
  /// `$(date +FORMAT)`: the current time, formatted with strftime; `+%s` is Unix seconds.
  case date(format: String)
  /// `$(( EXPRESSION ))`: bash arithmetic, evaluated when expanded.
  case arithmetic(ArithmeticExpression)
  /// A variable or parameter expansion written unquoted in a pattern (`[[ $x == $p ]]`,
  /// `case $x in $p)`, `${v#$p}`, `${v//$p/}`): its value is pattern syntax, as bash reads it (a
  /// `*` in it matches any text, a backslash escapes the next character), where a quoted one
  /// (`"$p"`) matches itself. `${~NAME}` in YAML (zsh's notation); outside patterns, the value.
  indirect case patternValue(TemplatePart)
}

/// `${NAME<operator><word>}`.
public struct ParameterExpansion: Equatable, Hashable, Sendable {
  public var name: String
  public var operation: Operation

  public init(name: String, operation: Operation) {
    self.name = name
    self.operation = operation
  }

  public enum Operation: Equatable, Hashable, Sendable {
    /// `${NAME:-word}` (`nullIsUnset` for the colon form) or `${NAME-word}`.
    case useDefault(Template, nullIsUnset: Bool)
    /// `${NAME:=word}` or `${NAME=word}`.
    case assignDefault(Template, nullIsUnset: Bool)
    /// `${NAME:+word}` or `${NAME+word}`.
    case useAlternative(Template, nullIsUnset: Bool)
    /// `${NAME:?word}` or `${NAME?word}`.
    case errorIfUnset(Template, nullIsUnset: Bool)
    /// `${#NAME}`.
    case length
    /// `${NAME#pattern}` / `${NAME##pattern}`.
    case removePrefix(Template, longest: Bool)
    /// `${NAME%pattern}` / `${NAME%%pattern}`.
    case removeSuffix(Template, longest: Bool)
    /// `${NAME/pattern/replacement}` and its `//`, `/#`, `/%` forms.
    case replace(pattern: Template, replacement: Template, mode: ReplaceMode)
    /// `${NAME:offset}` / `${NAME:offset:length}`.
    case substring(offset: Int, length: Int?)
    /// `${NAME^^}` / `${NAME,,}` (all) and `${NAME^}` / `${NAME,}` (first character).
    case changeCase(upper: Bool, all: Bool)
    /// `${NAME@Q}`: the value quoted for reuse as shell input.
    case quote
    /// `${!NAME[@]}` / `${!NAME[*]}`: the indices of the array's elements.
    case indices
    /// `${!NAME}`: the value of the variable whose name is NAME's value.
    case indirect
    /// `${NAME:offset:length}` whose offset or length is not a plain number (`${V:n:n+1}`).
    case arithmeticSubstring(offset: ArithmeticExpression, length: ArithmeticExpression?)
  }

  public enum ReplaceMode: String, Codable, Equatable, Hashable, Sendable {
    case first, all, prefix, suffix
  }
}

extension Template {
  /// The text when the template holds no expansion.
  public var literalText: String? {
    var text = ""
    for part in parts {
      guard case .literal(let piece) = part else { return nil }
      text += piece
    }
    return text
  }

  /// Adjacent literals merged, empty ones dropped.
  public var normalized: Template {
    // Adjacent literals are joined in one growing buffer: appending to the last element's copy
    // instead would copy the whole text once per part (quadratic on long literal runs).
    var out: [TemplatePart] = []
    var pending = ""
    for part in parts {
      if case .literal(let text) = part {
        pending += text
        continue
      }
      if !pending.isEmpty {
        out.append(.literal(pending))
        pending = ""
      }
      out.append(part)
    }
    if !pending.isEmpty { out.append(.literal(pending)) }
    return Template(out)
  }
}
