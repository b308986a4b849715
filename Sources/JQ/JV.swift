import CJQ

/// The single owner of libjq `jv` memory in this module. No `jv` ever leaves the module.
///
/// Ownership rules of libjq 1.6 (see `jv.h`: "All jv_* functions consume (decref) input and
/// produce (incref) output, except jv_copy"):
///
/// - Every `jv` returned by libjq (`jv_string`, `jv_parse_sized`, `jq_next`,
///   `jv_parser_next`, `jq_get_error_message`, …) is an *owned* reference: exactly one
///   `jv_free` (or one hand-off to a consuming function) must follow.
/// - Every libjq function *consumes* the `jv` arguments it is passed (`jv_object_set`,
///   `jv_dump_string`, `jv_string_length_bytes`, `jv_invalid_has_msg`, `jq_start`,
///   `jq_compile_args`, `jq_set_attr`, …). To keep using a value after such a call, pass
///   `jv_copy(x)` (a new reference) instead of `x`.
/// - The only readers that do *not* consume are `jv_copy`, `jv_get_kind`, `jv_is_valid`,
///   `jv_number_value` and `jv_string_value` (whose pointer lives as long as the value).
/// - Callbacks registered with libjq (`jq_set_error_cb`, `jq_set_debug_cb`) receive an owned
///   `jv` and must free it.
///
/// `JV` encodes these rules in the type system: it is `~Copyable`, frees its reference in
/// `deinit`, and hands its reference to a consuming C function only through `take()`
/// (which ends the wrapper's life without freeing) or lends a new reference through
/// `copy()`.
struct JV: ~Copyable {
  private let raw: jv

  /// Takes ownership of `raw` (which must be an owned reference).
  init(owning raw: jv) {
    self.raw = raw
  }

  deinit {
    jv_free(raw)
  }

  /// Gives the owned reference away, e.g. to a consuming libjq function.
  consuming func take() -> jv {
    let value = raw
    discard self
    return value
  }

  /// A new owned reference to the same value, for a consuming libjq function.
  func copy() -> jv {
    jv_copy(raw)
  }

  var kind: jv_kind { jv_get_kind(raw) }

  var isValid: Bool { kind != JV_KIND_INVALID }

  /// For an invalid value: whether it carries an error message (an exception) rather than
  /// meaning "no more values".
  var hasInvalidMessage: Bool {
    kind == JV_KIND_INVALID && jv_invalid_has_msg(jv_copy(raw)) != 0
  }

  /// The message of an invalid value (`null` when it has none).
  func invalidMessage() -> JV {
    JV(owning: jv_invalid_get_msg(jv_copy(raw)))
  }

  var number: Double { jv_number_value(raw) }

  /// The UTF-8 bytes of a string value, NUL bytes included.
  var stringBytes: [UInt8] {
    let count = Int(jv_string_length_bytes(jv_copy(raw)))
    return jv_string_value(raw).withMemoryRebound(to: UInt8.self, capacity: count) {
      Array(UnsafeBufferPointer(start: $0, count: count))
    }
  }

  /// A string value as C's `%s` would print it: up to the first NUL byte.
  var cString: String {
    String(cString: jv_string_value(raw))
  }

  /// `jv_dump_string(value, flags)`: the JSON text jq prints for the value.
  func dumped(flags: Int32) -> JV {
    JV(owning: jv_dump_string(jv_copy(raw), flags))
  }

  static func string(_ text: String) -> JV {
    JV(owning: text.withCString { jv_string($0) })
  }

  static func null() -> JV { JV(owning: jv_null()) }

  static func object() -> JV { JV(owning: jv_object()) }

  static func array() -> JV { JV(owning: jv_array()) }

  /// `jv_parse(text)`: one JSON text, with the C string semantics jq's command line has.
  /// An object of strings: an environment as jq's `$ENV` holds it, in name order.
  static func environment(_ variables: [String: String]) -> JV {
    var object = JV.object()
    for name in variables.keys.sorted() {
      object = object.setting(name, .string(variables[name] ?? ""))
    }
    return object
  }

  static func parse(_ text: String) -> JV {
    JV(owning: text.withCString { jv_parse($0) })
  }

  func has(key: String) -> Bool {
    jv_object_has(jv_copy(raw), jv_string(key)) != 0
  }

  /// `jv_object_set`, consuming `self` and `value`.
  consuming func setting(_ key: String, _ value: consuming JV) -> JV {
    JV(owning: jv_object_set(take(), jv_string(key), value.take()))
  }

  /// `jv_array_append`, consuming `self` and `value`.
  consuming func appending(_ value: consuming JV) -> JV {
    JV(owning: jv_array_append(take(), value.take()))
  }

  func arrayLength() -> Int {
    Int(jv_array_length(jv_copy(raw)))
  }

  func element(_ index: Int) -> JV {
    JV(owning: jv_array_get(jv_copy(raw), Int32(index)))
  }

  func equals(_ other: borrowing JV) -> Bool {
    jv_equal(jv_copy(raw), other.copy()) != 0
  }
}
