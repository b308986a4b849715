import CJQ

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// jq's own input reader (`jq_util_input_*`, the code behind jq's stdin), fed with an
/// in-memory copy of the input through an anonymous file.
///
/// Using libjq's reader rather than a re-implementation keeps every detail of jq 1.6: the
/// line-by-line `fgets` feeding of the parser, the line counter behind
/// `jq: error (at <stdin>:N)` and `input_line_number`, raw (`-R`) line splitting and
/// slurping. The reader opens the file lazily at its first read, like jq opens stdin, so
/// error positions before any input was read are `<unknown>` as with jq.
///
/// The reader names the file by its `/proc/self/fd/N` path where jq says `<stdin>`:
/// `position()` and the runtime wrapper's `input_filename` translate it.
final class JQInputReader {
  let raw: OpaquePointer
  let path: String
  private let descriptor: Int32
  private let openErrors = OpenErrorSink()

  /// `nil` when no anonymous file could be made (out of file descriptors or memory).
  /// `parserFlags` are `jv_parser_new`'s (`JV_PARSE_SEQ`, `JV_PARSE_STREAMING`).
  init?(bytes: [UInt8], rawInput: Bool, slurp: Bool, parserFlags: Int32 = 0) {
    let descriptor = JQInputReader.anonymousFile()
    guard descriptor >= 0 else { return nil }
    guard JQInputReader.write(bytes, to: descriptor) else {
      close(descriptor)
      return nil
    }
    self.descriptor = descriptor
    self.path = "/proc/self/fd/\(descriptor)"
    let sink = Unmanaged.passUnretained(openErrors).toOpaque()
    guard
      let state = jq_util_input_init(
        { data, _ in
          guard let data else { return }
          Unmanaged<OpenErrorSink>.fromOpaque(data).takeUnretainedValue().record(errno)
        }, sink)
    else {
      fatalError("jq_util_input_init: out of memory")
    }
    raw = state
    let parser = rawInput ? nil : jv_parser_new(parserFlags)
    jq_util_input_set_parser(state, parser, slurp ? 1 : 0)
    jq_util_input_add_input(state, path)
    JQInputReader.verifyLayout(state, parser: parser, errorData: sink)
  }

  deinit {
    // jq_util_input_free does not close the file it has open (jq's is stdin).
    if let file = UnsafeRawPointer(raw).load(
      fromByteOffset: Layout.currentInput, as: UnsafeMutablePointer<FILE>?.self)
    {
      fclose(file)
    }
    var state: OpaquePointer? = raw
    jq_util_input_free(&state)
    close(descriptor)
  }

  /// `jq_util_input_next_input`: the next input value, an invalid with a message for a parse
  /// error, or an invalid without message at the end.
  func next() -> JV {
    JV(owning: jq_util_input_next_input(raw))
  }

  var failed: Bool { jq_util_input_errors(raw) != 0 }

  /// What jq prints when it cannot open its input (here: the anonymous file).
  var openErrorMessages: [String] { openErrors.messages }

  /// `jq_util_input_get_position` as jq prints it: `<stdin>:N` or `<unknown>`.
  func position(in state: JQState) -> String {
    let position = JV(owning: jq_util_input_get_position(state.raw))
    guard position.kind == JV_KIND_STRING else { return "<unknown>" }
    let text = position.cString
    let prefix = path + ":"
    if text.hasPrefix(prefix) {
      return "<stdin>:" + text.dropFirst(prefix.count)
    }
    return text
  }

  /// Connects `input`/`inputs`/`input_line_number` of `state` to this reader.
  func attach(to state: JQState) {
    jq_set_input_cb(state.raw, jq_util_input_next_input_cb, UnsafeMutableRawPointer(raw))
  }

  // MARK: - The anonymous file

  private typealias MemfdCreate = @convention(c) (UnsafePointer<CChar>?, UInt32) -> Int32

  /// glibc's `memfd_create`, which Swift's Glibc module does not export.
  private static let memfdCreate: MemfdCreate? = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "memfd_create") else {
      return nil
    }
    return unsafeBitCast(symbol, to: MemfdCreate.self)
  }()

  private static func anonymousFile() -> Int32 {
    if let memfdCreate {
      let descriptor = memfdCreate("jq-input", 1)  // MFD_CLOEXEC
      if descriptor >= 0 { return descriptor }
    }
    var template = Array("/tmp/jq-input-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    if descriptor >= 0 {
      template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    }
    return descriptor
  }

  private static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        #if canImport(Glibc)
          let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        #else
          let written = Darwin.write(
            descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        #endif
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return true
    }
  }

  // MARK: - The private layout of jq 1.6's `struct jq_util_input_state`

  /// Offsets into jq 1.6's `struct jq_util_input_state` (src/util.c) on LP64:
  /// `err_cb`, `err_cb_data`, `parser`, `current_input`, `files`, `nfiles`, … The only
  /// field used is `current_input`, to close the file jq leaves open; the others are
  /// checked on every reader so a different libjq is caught instead of misread.
  private enum Layout {
    static let errorCallbackData = 8
    static let parser = 16
    static let currentInput = 24
    static let fileCount = 40
  }

  private static func verifyLayout(
    _ state: OpaquePointer, parser: OpaquePointer?,
    errorData expectedErrorData: UnsafeMutableRawPointer
  ) {
    let base = UnsafeRawPointer(state)
    let errorData = base.load(fromByteOffset: Layout.errorCallbackData, as: UnsafeRawPointer?.self)
    let storedParser = base.load(fromByteOffset: Layout.parser, as: UnsafeRawPointer?.self)
    let input = base.load(fromByteOffset: Layout.currentInput, as: UnsafeRawPointer?.self)
    let fileCount = base.load(fromByteOffset: Layout.fileCount, as: Int32.self)
    precondition(
      errorData == UnsafeRawPointer(expectedErrorData) && storedParser == UnsafeRawPointer(parser)
        && input == nil && fileCount == 1,
      "libjq's jq_util_input_state does not have jq 1.6's layout")
  }
}

/// Receives jq_util_input's "could not open" reports, as jq's `fprinter` would print them.
private final class OpenErrorSink {
  var messages: [String] = []

  func record(_ error: Int32) {
    messages.append("jq: error: Could not open file <stdin>: \(String(cString: strerror(error)))\n")
  }
}
