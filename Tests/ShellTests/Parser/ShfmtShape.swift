// The shape (see BashShape.swift) of shfmt's `--to-json` syntax tree, and running shfmt.
//
// Normalizations specific to shfmt's tree, each matching a deliberate choice of our AST:
// - statement positions: shfmt gives the first statement of a negated pipeline (`! a | b`) the
//   position of the `!`; we use the position of its command. A statement's position is taken
//   as the `!` when negated, else the start of its command or first redirection.
// - `<<-` bodies: shfmt keeps the leading tabs (and the tabs before the closing delimiter);
//   our AST removes them, as bash does. They are removed here.
// - `$"…"`: shfmt flags it as Dollar; our AST has no such flag (it is a double-quoted string).
// - `[[ … ]]`: shfmt reads `&&` and `||` right-associatively with equal precedence, and lets
//   `!` negate everything after it (`! a || b` is `!(a || b)`); bash (and our AST) gives `!`
//   precedence over `&&` over `||`. Unparenthesized `&&`/`||` chains are compared as flat
//   operand/operator sequences, after moving shfmt's `!` onto the first operand.
// - array elements with a key (`([k]=v)`): our AST keeps the element as the word `[k]=v`;
//   shfmt's key and value are joined back into such a word.
// - operators are numbers in shfmt's JSON (mvdan.cc/sh v3.6 token values), mapped to text.

import Foundation

struct ShfmtShape {
  private let source: [UInt8]
  private let lineStarts: [Int]

  init(source: String) {
    self.source = Array(source.utf8)
    var starts = [0]
    for (index, byte) in self.source.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(index + 1)
    }
    lineStarts = starts
  }

  // MARK: Operator tables (shfmt 3.6 token numbers).

  static let binaryCommandOperators = [10: "&&", 11: "||", 12: "|", 13: "|&"]
  static let redirectOperators = [
    54: ">", 55: ">>", 56: "<", 57: "<>", 58: "<&", 59: ">&", 60: ">|", 61: "<<", 62: "<<-",
    63: "<<<", 64: "&>", 65: "&>>",
  ]
  static let parameterOperators = [
    68: "+", 69: ":+", 70: "-", 71: ":-", 72: "?", 73: ":?", 74: "=", 75: ":=", 76: "%",
    77: "%%", 78: "#", 79: "##", 80: "^", 81: "^^", 82: ",", 83: ",,", 84: "@",
  ]
  static let caseOperators = [30: ";;", 31: ";&", 32: ";;&", 33: ";|"]
  static let unaryTestOperators = [
    34: "!", 88: "-e", 89: "-f", 90: "-d", 91: "-c", 92: "-b", 93: "-p", 94: "-S", 95: "-L",
    96: "-k", 97: "-g", 98: "-u", 99: "-G", 100: "-O", 101: "-N", 102: "-r", 103: "-w",
    104: "-x", 105: "-s", 106: "-t", 107: "-z", 108: "-n", 109: "-o", 110: "-v", 111: "-R",
  ]
  static let binaryTestOperators = [
    10: "&&", 11: "||", 40: "==", 41: "!=", 54: ">", 56: "<", 74: "=", 112: "=~", 113: "-nt",
    114: "-ot", 115: "-ef", 116: "-eq", 117: "-ne", 118: "-le", 119: "-ge", 120: "-lt",
    121: "-gt",
  ]

  // MARK: JSON access.

  typealias Node = [String: Any]

  private func node(_ value: Any?) -> Node? { value as? Node }

  private func nodes(_ value: Any?) -> [Node] { (value as? [Any])?.compactMap(node) ?? [] }

  private func bool(_ value: Any?) -> Bool {
    (value as? Bool) ?? (value as? NSNumber)?.boolValue ?? false
  }

  private func int(_ value: Any?) -> Int {
    (value as? Int) ?? (value as? NSNumber)?.intValue ?? 0
  }

  private func string(_ value: Any?) -> String { (value as? String) ?? "" }

  private func op(_ table: [Int: String], _ value: Any?) -> String {
    let number = int(value)
    return table[number] ?? "op#\(number)"
  }

  /// `line:column` of a shfmt position, the column counted in Unicode scalars.
  private func position(_ value: Any?) -> String {
    guard let position = node(value) else { return "?:?" }
    let line = int(position["Line"])
    let offset = int(position["Offset"])
    guard line >= 1, line <= lineStarts.count, offset <= source.count else { return "?:?" }
    let column = 1 + source[lineStarts[line - 1]..<offset].count { $0 & 0xC0 != 0x80 }
    return "\(line):\(column)"
  }

  private func offset(_ value: Any?) -> Int { int(node(value)?["Offset"]) }

  /// The source text of an expression node (arithmetic, index, slice).
  private func text(_ expression: Any?) -> String {
    guard let expression = node(expression) else { return "" }
    let start = offset(expression["Pos"])
    let end = offset(expression["End"])
    guard start <= end, end <= source.count else { return "?" }
    return String(decoding: source[start..<end], as: UTF8.self)
  }

  // MARK: Shape.

  func file(_ json: Node) -> ShapeNode {
    ShapeNode("file", nodes(json["Stmts"]).map(statement))
  }

  private func statements(_ label: String, _ value: Any?) -> ShapeNode {
    ShapeNode(label, nodes(value).map(statement))
  }

  /// The offset where a statement starts, ignoring shfmt's `!` position on the first
  /// statement of a negated pipeline.
  private func statementStart(_ json: Node) -> (offset: Int, position: Any?) {
    if bool(json["Negated"]) { return (offset(json["Pos"]), json["Pos"]) }
    var candidates: [(offset: Int, position: Any?)] = []
    if let command = node(json["Cmd"]) {
      if string(command["Type"]) == "BinaryCmd", let left = node(command["X"]) {
        candidates.append(statementStart(left))
      } else {
        candidates.append((offset(command["Pos"]), command["Pos"]))
      }
    }
    if let redirect = nodes(json["Redirs"]).first {
      candidates.append((offset(redirect["Pos"]), redirect["Pos"]))
    }
    return candidates.min { $0.offset < $1.offset } ?? (offset(json["Pos"]), json["Pos"])
  }

  private func statement(_ json: Node) -> ShapeNode {
    var label = "stmt " + position(statementStart(json).position)
    if bool(json["Negated"]) { label += " !" }
    if bool(json["Background"]) { label += " &" }
    var children: [ShapeNode] = []
    if let command = node(json["Cmd"]) {
      children.append(self.command(command))
    }
    children += nodes(json["Redirs"]).map(redirect)
    return ShapeNode(label, children)
  }

  private func command(_ json: Node) -> ShapeNode {
    let at = position(json["Pos"])
    switch string(json["Type"]) {
    case "CallExpr":
      return ShapeNode(
        "call", nodes(json["Assigns"]).map(assignment) + nodes(json["Args"]).map(word))
    case "BinaryCmd":
      return ShapeNode("list", listChain(json))
    case "Subshell":
      return statements("subshell " + at, json["Stmts"])
    case "Block":
      return statements("block " + at, json["Stmts"])
    case "IfClause":
      return ifClause(json)
    case "WhileClause":
      return ShapeNode(
        (bool(json["Until"]) ? "until " : "while ") + at,
        [statements("cond", json["Cond"]), statements("do", json["Do"])])
    case "ForClause":
      let loop = node(json["Loop"]) ?? [:]
      if string(loop["Type"]) == "CStyleLoop" {
        let texts = [loop["Init"], loop["Cond"], loop["Post"]].map { ShapeText.quoted(text($0)) }
        return ShapeNode(
          "cfor \(at) \(texts.joined(separator: " "))", [statements("do", json["Do"])])
      }
      var children: [ShapeNode] = []
      if loop["InPos"] != nil {
        children.append(ShapeNode("in", nodes(loop["Items"]).map(word)))
      }
      children.append(statements("do", json["Do"]))
      return ShapeNode("for \(at) \(string(node(loop["Name"])?["Value"]))", children)
    case "CaseClause":
      let items = nodes(json["Items"]).map { item in
        ShapeNode(
          "item \(op(Self.caseOperators, item["Op"]))",
          [
            ShapeNode("patterns", nodes(item["Patterns"]).map(word)),
            statements("body", item["Stmts"]),
          ])
      }
      return ShapeNode("case " + at, [word(node(json["Word"]))] + items)
    case "FuncDecl":
      return ShapeNode(
        "func \(at) \(string(node(json["Name"])?["Value"]))",
        [statement(node(json["Body"]) ?? [:])])
    case "DeclClause":
      var options: [ShapeNode] = []
      var assignments: [ShapeNode] = []
      for argument in nodes(json["Args"]) {
        if bool(argument["Naked"]), argument["Name"] == nil {
          options.append(word(node(argument["Value"])))
        } else {
          assignments.append(assignment(argument))
        }
      }
      return ShapeNode(
        "decl \(at) \(string(node(json["Variant"])?["Value"]))",
        [ShapeNode("opts", options)] + assignments)
    case "TestClause":
      return ShapeNode("test " + at, [test(node(json["X"]) ?? [:])])
    case "ArithmCmd":
      return ShapeNode("arithcmd \(at) \(ShapeText.quoted(text(json["X"])))")
    case let type:
      return ShapeNode("unsupported \(type) \(at)")
    }
  }

  private func ifClause(_ json: Node) -> ShapeNode {
    var children = [statements("cond", json["Cond"]), statements("then", json["Then"])]
    if let otherwise = node(json["Else"]) {
      children.append(ifClause(otherwise))
    }
    return ShapeNode("if " + position(json["Pos"]), children)
  }

  /// The operands and operators of nested BinaryCmds of one kind (`&&`/`||`, or `|`/`|&`), in
  /// order: our parser keeps such a list flat.
  private func listChain(_ json: Node) -> [ShapeNode] {
    let isPipe = [12, 13].contains(int(json["Op"]))
    func operand(_ statementJSON: Node) -> [ShapeNode] {
      if !bool(statementJSON["Negated"]), !bool(statementJSON["Background"]),
        nodes(statementJSON["Redirs"]).isEmpty, let command = node(statementJSON["Cmd"]),
        string(command["Type"]) == "BinaryCmd", [12, 13].contains(int(command["Op"])) == isPipe
      {
        return listChain(command)
      }
      return [statement(statementJSON)]
    }
    return operand(node(json["X"]) ?? [:])
      + [
        ShapeNode(
          "op \(position(json["OpPos"])) \(op(Self.binaryCommandOperators, json["Op"]))")
      ]
      + operand(node(json["Y"]) ?? [:])
  }

  private func isAndOr(_ json: Node) -> Bool {
    string(json["Type"]) == "BinaryTest" && [10, 11].contains(int(json["Op"]))
  }

  /// shfmt's `! (a && b)` read from `! a && b`, given back the bash reading `(! a) && b`.
  private func bindingNegation(_ json: Node) -> Node {
    guard string(json["Type"]) == "UnaryTest", int(json["Op"]) == 34,
      let operand = node(json["X"]), isAndOr(operand)
    else { return json }
    var negated = json
    negated["X"] = operand["X"]
    var chain = operand
    chain["X"] = bindingNegation(negated)
    return chain
  }

  private func andOrChain(_ json: Node) -> [ShapeNode] {
    let json = bindingNegation(json)
    guard isAndOr(json) else { return [test(json)] }
    return andOrChain(node(json["X"]) ?? [:])
      + [ShapeNode("op " + op(Self.binaryTestOperators, json["Op"]))]
      + andOrChain(node(json["Y"]) ?? [:])
  }

  private func test(_ original: Node) -> ShapeNode {
    var json = bindingNegation(original)
    // `! ! x` is `x`: our parser folds a chain of `!` by parity.
    while string(json["Type"]) == "UnaryTest", int(json["Op"]) == 34,
      let inner = node(json["X"]), string(inner["Type"]) == "UnaryTest", int(inner["Op"]) == 34,
      let operand = node(inner["X"])
    {
      json = bindingNegation(operand)
    }
    if isAndOr(json) {
      return ShapeNode("andor", andOrChain(json))
    }
    switch string(json["Type"]) {
    case "Word":
      return word(json)
    case "UnaryTest":
      return ShapeNode(
        "unary \(op(Self.unaryTestOperators, json["Op"]))", [test(node(json["X"]) ?? [:])])
    case "BinaryTest":
      return ShapeNode(
        "binary \(op(Self.binaryTestOperators, json["Op"]))",
        [test(node(json["X"]) ?? [:]), test(node(json["Y"]) ?? [:])])
    case "ParenTest":
      return ShapeNode("paren", [test(node(json["X"]) ?? [:])])
    case let type:
      return ShapeNode("unsupported \(type)")
    }
  }

  private func assignment(_ json: Node) -> ShapeNode {
    var label = "assign \(position(json["Pos"])) \(string(node(json["Name"])?["Value"]))"
    if json["Index"] != nil {
      label += "[\(ShapeText.quoted(text(json["Index"])))]"
    }
    if bool(json["Naked"]) { return ShapeNode(label + " naked") }
    label += bool(json["Append"]) ? " +=" : " ="
    if let array = node(json["Array"]) {
      let elements = nodes(array["Elems"]).map(arrayElement)
      return ShapeNode(label, [ShapeNode("array", elements)])
    }
    return ShapeNode(label, [word(node(json["Value"]))])
  }

  /// An array element; `[key]=value` as one word, as our AST keeps it.
  private func arrayElement(_ json: Node) -> ShapeNode {
    guard let key = node(json["Index"]) else { return word(node(json["Value"])) }
    let keyStart = offset(key["Pos"]) - 1
    let line = lineStarts.lastIndex { $0 <= keyStart } ?? 0
    let start: Node = ["Offset": keyStart, "Line": line + 1]
    var parts: [ShapeNode] = []
    var literals: [String?] = []
    func append(_ pieces: [Node]) {
      parts += pieces.map(part)
      literals += pieces.map { string($0["Type"]) == "Lit" ? string($0["Value"]) : nil }
    }
    let keyParts: [Node] =
      string(key["Type"]) == "Word"
      ? nodes(key["Parts"]) : [["Type": "Lit", "Value": text(key)]]
    append([["Type": "Lit", "Value": "["]] + keyParts + [["Type": "Lit", "Value": "]="]])
    append(nodes(node(json["Value"])?["Parts"]))
    return ShapeNode(
      "word " + position(start), ShapeText.mergingLiterals(parts, literals: literals))
  }

  private func redirect(_ json: Node) -> ShapeNode {
    var label = "redir " + position(json["Pos"])
    if let descriptor = node(json["N"]) {
      label += " " + string(descriptor["Value"])
    }
    let op = op(Self.redirectOperators, json["Op"])
    label += " " + op
    var children = [word(node(json["Word"]))]
    if op == "<<" || op == "<<-" {
      var body = node(json["Hdoc"])
      if op == "<<-", let original = body {
        body = strippingLeadingTabs(original)
      }
      children.append(ShapeNode("hdoc", [word(body)]))
    }
    return ShapeNode(label, children)
  }

  /// A `<<-` body without the tabs at the start of each line.
  private func strippingLeadingTabs(_ word: Node) -> Node? {
    var atLineStart = true
    var parts: [Any] = []
    for var part in nodes(word["Parts"]) {
      guard string(part["Type"]) == "Lit" else {
        atLineStart = false
        parts.append(part)
        continue
      }
      var kept = ""
      for scalar in string(part["Value"]).unicodeScalars {
        if atLineStart, scalar == "\t" { continue }
        atLineStart = scalar == "\n"
        kept.unicodeScalars.append(scalar)
      }
      if !kept.isEmpty {
        part["Value"] = kept
        parts.append(part)
      }
    }
    guard !parts.isEmpty else { return nil }
    var result = word
    result["Parts"] = parts
    return result
  }

  private func word(_ json: Node?) -> ShapeNode {
    guard let json, !nodes(json["Parts"]).isEmpty else { return ShapeNode("word") }
    return ShapeNode("word " + position(json["Pos"]), parts(json["Parts"]))
  }

  private func parts(_ value: Any?) -> [ShapeNode] {
    let parts = nodes(value)
    let literals: [String?] = parts.map { string($0["Type"]) == "Lit" ? string($0["Value"]) : nil }
    return ShapeText.mergingLiterals(parts.map(part), literals: literals)
  }

  private func part(_ json: Node) -> ShapeNode {
    let at = position(json["Pos"])
    switch string(json["Type"]) {
    case "Lit":
      return ShapeNode("lit " + ShapeText.quoted(string(json["Value"])))
    case "SglQuoted":
      return ShapeNode(
        (bool(json["Dollar"]) ? "sq$ " : "sq ") + ShapeText.quoted(string(json["Value"])))
    case "DblQuoted":
      return ShapeNode("dq", parts(json["Parts"]))
    case "ParamExp":
      return parameter(json)
    case "CmdSubst":
      return statements("cmdsubst " + at, json["Stmts"])
    case "ArithmExp":
      return ShapeNode("arith " + ShapeText.quoted(text(json["X"])))
    case "ProcSubst":
      return statements(int(json["Op"]) == 67 ? "procsubst >(" : "procsubst <(", json["Stmts"])
    case let type:
      return ShapeNode("unsupported \(type) \(at)")
    }
  }

  private func parameter(_ json: Node) -> ShapeNode {
    var label = "param \(position(json["Pos"])) \(string(node(json["Param"])?["Value"]))"
    if bool(json["Short"]) { label += " short" }
    if bool(json["Length"]) { label += " length" }
    if bool(json["Excl"]) { label += " indirect" }
    if json["Names"] != nil { label += " names=\(int(json["Names"]) == 38 ? "*" : "@")" }
    if json["Index"] != nil { label += " [\(ShapeText.quoted(text(json["Index"])))]" }
    if let slice = node(json["Slice"]) {
      label += " slice \(ShapeText.quoted(text(slice["Offset"])))"
      if slice["Length"] != nil { label += ":" + ShapeText.quoted(text(slice["Length"])) }
    }
    var children: [ShapeNode] = []
    if let replacement = node(json["Repl"]) {
      children.append(
        ShapeNode(
          bool(replacement["All"]) ? "repl all" : "repl",
          [word(node(replacement["Orig"])), word(node(replacement["With"]))]))
    }
    if let expansion = node(json["Exp"]) {
      children.append(
        ShapeNode(
          "exp \(op(Self.parameterOperators, expansion["Op"]))", [word(node(expansion["Word"]))]))
    }
    return ShapeNode(label, children)
  }
}

/// Runs `shfmt -ln bash --to-json`.
enum Shfmt {
  /// The shfmt executable on PATH, if any.
  static let executable: URL? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for directory in path.split(separator: ":") {
      let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("shfmt")
      if FileManager.default.isExecutableFile(atPath: candidate.path) {
        return candidate
      }
    }
    return nil
  }()

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// shfmt's syntax tree of `source`, as decoded JSON.
  static func syntaxTree(of source: String) throws -> [String: Any] {
    guard let executable else { throw Failure(description: "shfmt is not on PATH") }
    let process = Process()
    process.executableURL = executable
    process.arguments = ["-ln", "bash", "--to-json"]
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    input.fileHandleForWriting.write(Data(source.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failure(description: "shfmt failed: " + String(decoding: message, as: UTF8.self))
    }
    guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw Failure(description: "shfmt printed something other than a JSON object")
    }
    return json
  }
}
