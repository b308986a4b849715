/// Quote removal as bash does it on a word's text: what a backslash escapes outside quotes,
/// inside double quotes and in a here-document, and the text of `$'…'`. The compiler's word
/// lowering and the environment-file reader both use it.
public enum BashQuoteRemoval {
  /// Outside quotes a backslash quotes the next character; `\<newline>` is a continuation.
  public static func unquoted(_ raw: String) -> String {
    var out = ""
    var escaping = false
    for c in raw {
      if escaping {
        if c != "\n" { out.append(c) }
        escaping = false
      } else if c == "\\" {
        escaping = true
      } else {
        out.append(c)
      }
    }
    if escaping { out.append("\\") }
    return out
  }

  /// Inside double quotes a backslash only escapes `$`, `` ` ``, `"`, `\` and newline.
  public static func doubleQuoted(_ raw: String) -> String {
    unescape(raw, escapable: ["$", "`", "\"", "\\"])
  }

  /// In a here-document with an unquoted delimiter: `\$`, `` \` ``, `\\` and `\<newline>`.
  public static func hereDocument(_ raw: String) -> String {
    unescape(raw, escapable: ["$", "`", "\\"])
  }

  /// The text of `$'…'` (bash's escapes, `BackslashEscapes.dollarQuote`); nil when it is not
  /// UTF-8 text (`$'\377'`), which a template cannot hold.
  public static func dollarQuoted(_ raw: String) -> String? {
    String(validating: BackslashEscapes.expand(raw, .dollarQuote).bytes, as: UTF8.self)
  }

  /// A backslash before one of `escapable` yields that character, before a newline nothing
  /// (a continuation), before anything else itself.
  private static func unescape(_ raw: String, escapable: Set<Character>) -> String {
    var out = ""
    var chars = raw.makeIterator()
    while let c = chars.next() {
      guard c == "\\" else {
        out.append(c)
        continue
      }
      guard let next = chars.next() else {
        out.append("\\")
        break
      }
      if escapable.contains(next) {
        out.append(next)
      } else if next != "\n" {
        out.append("\\")
        out.append(next)
      }
    }
    return out
  }
}
