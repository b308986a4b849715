/// A parameter name as `${…}` writes it: `NAME`, a positional or special parameter (`1`, `@`),
/// or an array reference `NAME[INDEX]`, `NAME[@]`, `NAME[*]` (bash reads `${a[i]}` as the
/// parameter `a[i]`). Templates keep the index in the name, as written, so every parameter
/// expansion (`${a[i]:-x}`, `${#a[@]}`, `${a[@]:1:2}`, `${a[@]#x}`) applies to array references.
public struct ParameterName: Equatable, Hashable, Sendable {
  /// The variable: `a` in `a[i]`, `@` in `$@`.
  public var base: String
  /// The text between the brackets, as written (an arithmetic expression, `@` or `*`).
  public var index: String?

  public init(_ text: String) {
    if text.last == "]", let open = text.firstIndex(of: "["), open != text.startIndex {
      base = String(text[..<open])
      index = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
    } else {
      base = text
      index = nil
    }
  }

  /// `$@`, `$*`, `${a[@]}`, `${a[*]}`: every positional parameter or element.
  public var isWhole: Bool {
    base == "@" || base == "*" || index == "@" || index == "*"
  }

  /// `$*` and `${a[*]}`: the elements joined into one word (by the first character of `IFS`).
  public var isJoined: Bool { base == "*" || index == "*" }

  /// `$@` / `$*` (the positional parameters) rather than an array.
  public var isPositional: Bool { base == "@" || base == "*" }

  /// An element, `${a[i]}`.
  public var isElement: Bool { index != nil && !isWhole }

  /// The variables the reference reads: the base, and the names in the index expression.
  public var variables: [String] {
    guard let index, !isWhole else { return [base] }
    return [base] + ((try? ArithmeticParser.parse(index))?.variableNames ?? [])
  }
}
