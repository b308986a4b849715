import Shell
import SpecModel

extension LoweringContext {
  /// The text of a here-document: literal when the delimiter is quoted (`<<'EOF'`), else with
  /// `$VAR` expansions live and `\$`, `` \` ``, `\\` and `\<newline>` as escapes.
  mutating func hereDocument(_ redirect: BashRedirect) -> Template? {
    guard let body = redirect.hereDocument else {
      error(LoweringDiagnostic.hereDocumentWithoutBody, at: redirect.position)
      return nil
    }
    let quotedDelimiter = redirect.word.parts.contains { part in
      switch part {
      case .singleQuoted, .doubleQuoted: return true
      case .literal(let text): return text.contains("\\")
      default: return false
      }
    }
    if quotedDelimiter {
      var text = ""
      for part in body.parts {
        guard case .literal(let raw) = part else { continue }
        text += raw
      }
      return Template(literal: text)
    }
    var parts: [TemplatePart] = []
    for part in body.parts {
      switch part {
      case .literal(let raw):
        parts.append(.literal(BashQuoteRemoval.hereDocument(raw)))
      default:
        guard let t = template(BashWord(position: body.position, parts: [part])) else { return nil }
        parts += t.parts
      }
    }
    return Template(parts).normalized
  }
}
