import CPCRE2

/// A PCRE2 (8-bit) pattern compiled as GNU grep 3.8 compiles `-P` patterns in a UTF-8 locale:
/// UTF mode with invalid UTF-8 in the subject as a barrier (`PCRE2_MATCH_INVALID_UTF`), `\d
/// \w \s \b` ASCII-only (no `PCRE2_UCP`), caseless for `-i`, and `-x` as
/// `PCRE2_EXTRA_MATCH_LINE`. Like grep, it matches with PCRE2's JIT, whose reading differs
/// from the interpreter's in places (in UTF mode with invalid UTF-8 allowed, `\W \S \D` do not
/// match non-ASCII characters, where `[\W]` does), with a JIT stack grown as grep grows it.
final class PerlRegex: @unchecked Sendable {
  // Only read after init: pcre2_match takes the code as const, so one compiled pattern may
  // serve several threads, each with its own match data.
  private let code: OpaquePointer

  /// Fails with PCRE2's message (what grep prints after `grep: `).
  init(_ pattern: [UInt8], ignoreCase: Bool, wholeLine: Bool) throws(RegexSyntaxError) {
    var options = cpcre2_utf | cpcre2_match_invalid_utf
    if ignoreCase { options |= cpcre2_caseless }
    let context = pcre2_compile_context_create_8(nil)
    defer { pcre2_compile_context_free_8(context) }
    if wholeLine { pcre2_set_compile_extra_options_8(context, cpcre2_extra_match_line) }
    var errorCode: Int32 = 0
    var errorOffset = 0
    // A non-null pointer even for the empty pattern.
    let storage = pattern.isEmpty ? [0] : pattern
    let compiled = storage.withUnsafeBufferPointer {
      pcre2_compile_8(
        $0.baseAddress, pattern.count, options, &errorCode, &errorOffset, context)
    }
    guard let compiled else {
      throw RegexSyntaxError(message: PerlRegex.message(errorCode))
    }
    code = compiled
    // Without JIT support (another platform), pcre2_match interprets.
    _ = pcre2_jit_compile_8(compiled, cpcre2_jit_complete)
  }

  deinit { pcre2_code_free_8(code) }

  /// The largest JIT stack tried (grep goes on until memory runs out).
  static let maximumJITStack = 64 * 1024 * 1024

  /// PCRE2's text for an error code.
  static func message(_ code: Int32) -> String {
    var buffer = [UInt8](repeating: 0, count: 256)
    let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
    guard length > 0 else { return "internal error \(code)" }
    return String(decoding: buffer[..<Int(length)], as: UTF8.self)
  }

  /// The first match in `subject` at or after byte `start` (the bytes before it are still
  /// seen by look-behinds and `\b`), as a byte range from where the match is reported (after
  /// `\K`) to its end; nil when there is none (or PCRE2 gives up, e.g. at its backtracking
  /// limit).
  func match(_ subject: [UInt8], from start: Int) -> Range<Int>? {
    guard start <= subject.count, let data = pcre2_match_data_create_from_pattern_8(code, nil)
    else { return nil }
    defer { pcre2_match_data_free_8(data) }
    let storage = subject.isEmpty ? [0] : subject
    var result = storage.withUnsafeBufferPointer {
      pcre2_match_8(code, $0.baseAddress, subject.count, start, 0, data, nil)
    }
    // grep doubles its JIT stack (from 32 KiB) until the match fits.
    var stackSize = 64 * 1024
    while result == cpcre2_error_jit_stacklimit && stackSize <= PerlRegex.maximumJITStack {
      guard let stack = pcre2_jit_stack_create_8(32 * 1024, stackSize, nil) else { break }
      let context = pcre2_match_context_create_8(nil)
      pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(stack))
      result = storage.withUnsafeBufferPointer {
        pcre2_match_8(code, $0.baseAddress, subject.count, start, 0, data, context)
      }
      pcre2_match_context_free_8(context)
      pcre2_jit_stack_free_8(stack)
      stackSize *= 2
    }
    guard result >= 0, let vector = pcre2_get_ovector_pointer_8(data) else { return nil }
    let lower = vector[0]
    let upper = vector[1]
    return min(lower, upper)..<upper
  }
}
