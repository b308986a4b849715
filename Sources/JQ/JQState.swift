import CJQ

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Exclusive owner of one libjq `jq_state` (compiled program + interpreter).
///
/// A `jq_state` is not thread-safe. A `JQState` is only ever used by one thread at a time:
/// it is created by the thread that needs it and handed between threads only through
/// `JQEngine`'s lock-protected pool, which is what makes the `@unchecked Sendable` sound.
final class JQState: @unchecked Sendable {
  let raw: OpaquePointer
  private let errors = ErrorSink()

  init() {
    guard let raw = jq_init() else { fatalError("jq_init: out of memory") }
    self.raw = raw
    jq_set_error_cb(
      raw,
      { data, message in
        guard let data else { return jv_free(message) }
        Unmanaged<ErrorSink>.fromOpaque(data).takeUnretainedValue().record(message)
      },
      Unmanaged.passUnretained(errors).toOpaque())
    setCommandLineAttributes()
  }

  deinit {
    var state: OpaquePointer? = raw
    jq_teardown(&state)
  }

  /// `jq_compile_args(state, source, arguments)`. On failure, the error holds the lines
  /// jq's command line prints to stderr (without the final newline).
  func compile(_ source: String, arguments: consuming JV) -> JQError? {
    errors.lines.removeAll(keepingCapacity: true)
    let args = arguments.take()
    let compiled = source.withCString { jq_compile_args(raw, $0, args) }
    if compiled != 0 { return nil }
    return JQError(errors.lines.joined(separator: "\n"))
  }

  /// The error lines of the last `compile`.
  var lastErrorLines: [String] { errors.lines }

  func setAttribute(_ name: String, _ value: consuming JV) {
    jq_set_attr(raw, jv_string(name), value.take())
  }

  /// The attributes `jq` 1.6's main.c sets before compiling, for `jq` found on the `PATH`
  /// (`argv[0]` is `jq`, so its origin is `.`).
  private func setCommandLineAttributes() {
    let libraryPath = JV.array()
      .appending(.string("~/.jq"))
      .appending(.string("$ORIGIN/../lib/jq"))
      .appending(.string("$ORIGIN/lib"))
    setAttribute("JQ_LIBRARY_PATH", libraryPath)
    setAttribute("JQ_ORIGIN", .string(JQState.origin))
    setAttribute("VERSION_DIR", .string("1.6"))
    setAttribute("PROGRAM_ORIGIN", .string(JQState.currentDirectory()))
  }

  /// `dirname(argv[0])` for `argv[0] == "jq"`.
  static let origin = "."

  /// `jq_realpath(".")`.
  private static func currentDirectory() -> String {
    guard let resolved = realpath(".", nil) else { return "." }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}

/// Collects the messages libjq reports through `jq_set_error_cb`, formatted as jq's default
/// callback prints them (`jq_format_error`).
private final class ErrorSink {
  var lines: [String] = []

  func record(_ message: jv) {
    let formatted = JV(owning: jq_format_error(message))
    if formatted.kind == JV_KIND_STRING {
      lines.append(formatted.cString)
    }
  }
}
