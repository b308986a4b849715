// A normalized "shape" of a bash syntax tree, computed both from our AST (here) and from
// shfmt's JSON (ShfmtShape.swift), so the two parsers can be compared line by line.
//
// The shape keeps node kinds, operators, literal text, here-document bodies and the
// line:column of statements, words, assignments, redirections, expansions and compound
// commands. Normalizations, applied on both sides:
// - adjacent literal parts are merged (shfmt splits some, e.g. a trailing `$` in a regex);
// - arithmetic, index and slice expressions are compared as source text (our AST keeps text);
// - positions are 1-based line and Unicode-scalar column.

import Shell

/// One node of a shape: a label and its children, rendered as an indented outline.
struct ShapeNode: Equatable {
  var label: String
  var children: [ShapeNode] = []

  init(_ label: String, _ children: [ShapeNode] = []) {
    self.label = label
    self.children = children
  }

  /// The outline: one line per node, children indented by two spaces.
  var lines: [String] {
    var result: [String] = []
    render(depth: 0, into: &result)
    return result
  }

  private func render(depth: Int, into result: inout [String]) {
    result.append(String(repeating: "  ", count: depth) + label)
    for child in children {
      child.render(depth: depth + 1, into: &result)
    }
  }
}

enum ShapeText {
  /// `text` in double quotes with `\`, `"`, newlines and tabs escaped.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  static func position(_ position: BashPosition) -> String {
    "\(position.line):\(position.column)"
  }

  /// Merges adjacent `lit` nodes (labels `lit "…"`).
  static func mergingLiterals(_ parts: [ShapeNode], literals: [String?]) -> [ShapeNode] {
    var result: [ShapeNode] = []
    var pending: String?
    for (part, literal) in zip(parts, literals) {
      if let literal {
        pending = (pending ?? "") + literal
        continue
      }
      if let text = pending {
        result.append(ShapeNode("lit " + quoted(text)))
        pending = nil
      }
      result.append(part)
    }
    if let text = pending {
      result.append(ShapeNode("lit " + quoted(text)))
    }
    return result
  }

  /// A readable diff of two outlines: the first differing line with some context.
  static func diff(expected: [String], actual: [String]) -> String? {
    guard expected != actual else { return nil }
    var first = 0
    while first < expected.count, first < actual.count, expected[first] == actual[first] {
      first += 1
    }
    let from = max(0, first - 4)
    var lines: [String] = ["first difference at outline line \(first + 1):"]
    for index in from..<first {
      lines.append("    " + expected[index])
    }
    for index in first..<min(expected.count, first + 6) {
      lines.append("  - " + expected[index])
    }
    for index in first..<min(actual.count, first + 6) {
      lines.append("  + " + actual[index])
    }
    lines.append("(- shfmt, + BashParser)")
    return lines.joined(separator: "\n")
  }
}

/// The shape of our AST.
enum BashShape {
  static func file(_ file: BashFile) -> ShapeNode {
    ShapeNode("file", file.statements.map(statement))
  }

  static func statement(_ statement: BashStatement) -> ShapeNode {
    var label = "stmt " + ShapeText.position(statement.position)
    if statement.negated { label += " !" }
    if statement.background { label += " &" }
    var children: [ShapeNode] = []
    if let command = statement.command {
      children.append(self.command(command))
    }
    children += statement.redirects.map(redirect)
    return ShapeNode(label, children)
  }

  static func statements(_ label: String, _ statements: [BashStatement]) -> ShapeNode {
    ShapeNode(label, statements.map(statement))
  }

  static func command(_ command: BashCommand) -> ShapeNode {
    switch command {
    case .call(let assignments, let arguments):
      return ShapeNode("call", assignments.map(assignment) + arguments.map(word))
    case .list(let first, let links):
      // Operands and operators in order (see ShfmtShape.swift, which flattens BinaryCmd).
      return ShapeNode(
        "list",
        [statement(first)]
          + links.flatMap { link in
            [
              ShapeNode("op \(ShapeText.position(link.position)) \(link.op.rawValue)"),
              statement(link.statement),
            ]
          })
    case .subshell(let body, let position):
      return statements("subshell " + ShapeText.position(position), body)
    case .block(let body, let position):
      return statements("block " + ShapeText.position(position), body)
    case .ifClause(let clause):
      return ifClause(clause)
    case .whileClause(let condition, let body, let until, let position):
      return ShapeNode(
        (until ? "until " : "while ") + ShapeText.position(position),
        [statements("cond", condition), statements("do", body)])
    case .forClause(let variable, let items, let body, let position):
      var children: [ShapeNode] = []
      if let items {
        children.append(ShapeNode("in", items.map(word)))
      }
      children.append(statements("do", body))
      return ShapeNode("for \(ShapeText.position(position)) \(variable)", children)
    case .cStyleFor(let initializer, let condition, let post, let body, let position):
      // The parser keeps a clause's trailing blanks (bash prints them); shfmt does not.
      let texts = [initializer, condition, post].map {
        ShapeText.quoted(String($0.reversed().drop { $0 == " " || $0 == "\t" }.reversed()))
      }.joined(separator: " ")
      return ShapeNode(
        "cfor \(ShapeText.position(position)) \(texts)", [statements("do", body)])
    case .caseClause(let clause):
      let items = clause.items.map { item in
        ShapeNode(
          "item \(item.terminator)",
          [ShapeNode("patterns", item.patterns.map(word)), statements("body", item.body)])
      }
      return ShapeNode(
        "case " + ShapeText.position(clause.position), [word(clause.subject)] + items)
    case .function(let name, let body, let position):
      return ShapeNode("func \(ShapeText.position(position)) \(name)", [statement(body)])
    case .declaration(let variant, let options, let assignments, let position):
      return ShapeNode(
        "decl \(ShapeText.position(position)) \(variant)",
        [ShapeNode("opts", options.map(word))] + assignments.map(assignment))
    case .test(let expression, let position):
      return ShapeNode("test " + ShapeText.position(position), [test(expression)])
    case .arithmetic(let text, let position):
      // The parser keeps the blanks around the expression (bash prints them); shfmt does not.
      let trimmed = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
      return ShapeNode("arithcmd \(ShapeText.position(position)) \(ShapeText.quoted(trimmed))")
    }
  }

  static func ifClause(_ clause: BashIf) -> ShapeNode {
    var children = [statements("cond", clause.condition), statements("then", clause.then)]
    children += clause.otherwise.map(ifClause)
    return ShapeNode("if " + ShapeText.position(clause.position), children)
  }

  static func test(_ expression: BashTestExpression) -> ShapeNode {
    switch expression {
    case .word(let operand):
      return word(operand)
    case .unary(let op, let operand):
      // shfmt stores the synonyms `-a` and `-h` as `-e` and `-L`.
      let canonical = op == "-a" ? "-e" : op == "-h" ? "-L" : op
      return ShapeNode("unary \(canonical)", [test(operand)])
    case .andOr(let first, let links):
      return ShapeNode(
        "andor",
        [test(first)] + links.flatMap { [ShapeNode("op " + $0.op), test($0.operand)] })
    case .binary(let op, let left, let right):
      return ShapeNode("binary \(op)", [test(left), test(right)])
    case .paren(let inner):
      return ShapeNode("paren", [test(inner)])
    }
  }

  static func assignment(_ assignment: BashAssignment) -> ShapeNode {
    var label = "assign \(ShapeText.position(assignment.position)) \(assignment.name)"
    if let index = assignment.index {
      label += "[\(ShapeText.quoted(index))]"
    }
    if let array = assignment.array {
      return ShapeNode(
        label + (assignment.append ? " +=" : " ="), [ShapeNode("array", array.map(word))])
    }
    guard let value = assignment.value else { return ShapeNode(label + " naked") }
    return ShapeNode(label + (assignment.append ? " +=" : " ="), [word(value)])
  }

  static func redirect(_ redirect: BashRedirect) -> ShapeNode {
    var label = "redir " + ShapeText.position(redirect.position)
    if let descriptor = redirect.descriptor {
      label += " " + descriptor
    }
    label += " " + redirect.op.rawValue
    var children = [word(redirect.word)]
    if redirect.op == .hereDocument || redirect.op == .hereDocumentStripTabs {
      children.append(
        ShapeNode(
          "hdoc", [word(redirect.hereDocument ?? BashWord(position: redirect.position, parts: []))])
      )
    }
    return ShapeNode(label, children)
  }

  static func word(_ word: BashWord) -> ShapeNode {
    guard !word.parts.isEmpty else { return ShapeNode("word") }
    return ShapeNode("word " + ShapeText.position(word.position), parts(word.parts))
  }

  static func parts(_ parts: [BashWordPart]) -> [ShapeNode] {
    var nodes: [ShapeNode] = []
    var literals: [String?] = []
    for part in parts {
      if case .literal(let text) = part {
        nodes.append(ShapeNode(""))
        literals.append(text)
      } else {
        nodes.append(self.part(part))
        literals.append(nil)
      }
    }
    return ShapeText.mergingLiterals(nodes, literals: literals)
  }

  static func part(_ part: BashWordPart) -> ShapeNode {
    switch part {
    case .literal(let text):
      return ShapeNode("lit " + ShapeText.quoted(text))
    case .singleQuoted(let text, let dollar):
      return ShapeNode((dollar ? "sq$ " : "sq ") + ShapeText.quoted(text))
    case .doubleQuoted(let inner):
      return ShapeNode("dq", parts(inner))
    case .parameter(let expansion):
      return parameter(expansion)
    case .commandSubstitution(let body, let position):
      return statements("cmdsubst " + ShapeText.position(position), body)
    case .arithmetic(let text):
      return ShapeNode("arith " + ShapeText.quoted(text))
    case .processSubstitution(let output, let body):
      return statements(output ? "procsubst >(" : "procsubst <(", body)
    }
  }

  static func parameter(_ expansion: BashParameterExpansion) -> ShapeNode {
    var label = "param \(ShapeText.position(expansion.position)) \(expansion.name)"
    if expansion.short { label += " short" }
    if expansion.length { label += " length" }
    if expansion.indirect { label += " indirect" }
    if let names = expansion.names { label += " names=\(names)" }
    if let index = expansion.index { label += " [\(ShapeText.quoted(index))]" }
    if let slice = expansion.slice {
      label += " slice \(ShapeText.quoted(slice.offset))"
      if let length = slice.length { label += ":" + ShapeText.quoted(length) }
    }
    var children: [ShapeNode] = []
    if let replacement = expansion.replacement {
      var pattern = replacement.pattern.map(word) ?? ShapeNode("word")
      if let anchor = replacement.anchor, var patternWord = replacement.pattern {
        // shfmt keeps the anchor of `/#` and `/%` as the first character of the pattern.
        patternWord.parts.insert(.literal(anchor), at: 0)
        patternWord.position.column -= 1
        pattern = word(patternWord)
      }
      children.append(
        ShapeNode(
          replacement.all ? "repl all" : "repl",
          [pattern, replacement.with.map(word) ?? ShapeNode("word")]))
    }
    if let operation = expansion.operation {
      children.append(
        ShapeNode("exp \(operation.op)", [operation.word.map(word) ?? ShapeNode("word")]))
    }
    return ShapeNode(label, children)
  }
}
