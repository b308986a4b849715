/// A value: awk's numbers, strings, and strings from input that compare as numbers when they
/// look numeric ("strnum").
enum AwkValue: Equatable {
  /// Never assigned: the empty string and zero at once.
  case uninitialized
  case number(Double)
  case string([UInt8])
  /// From input (fields, `getline var`, `split`, `-v`, `ENVIRON`…).
  case strnum([UInt8])

  static let empty = AwkValue.string([])

  init(_ text: String) { self = .string(Array(text.utf8)) }

  var number: Double {
    switch self {
    case .uninitialized: return 0
    case .number(let value): return value
    case .string(let bytes), .strnum(let bytes): return AwkNumber.parse(bytes)
    }
  }

  /// Compares numerically: a number, a numeric-looking input string, or unset.
  var isNumeric: Bool {
    switch self {
    case .uninitialized, .number: return true
    case .string: return false
    case .strnum(let bytes): return AwkNumber.looksNumeric(bytes)
    }
  }

  /// The truth of a condition.
  var truth: Bool {
    switch self {
    case .uninitialized: return false
    case .number(let value): return value != 0
    case .string(let bytes): return !bytes.isEmpty
    case .strnum(let bytes):
      return AwkNumber.looksNumeric(bytes) ? AwkNumber.parse(bytes) != 0 : !bytes.isEmpty
    }
  }
}

/// A variable or parameter: a scalar or an array, decided by its first use.
final class AwkCell {
  var value: AwkValue = .uninitialized
  var array: AwkArray?
  /// An unset variable passed to a function: becomes an array with this parameter.
  weak var pendingOwner: AwkCell?

  init(_ value: AwkValue = .uninitialized) { self.value = value }
  init(array: AwkArray) { self.array = array }
}

/// An associative array, iterated in insertion order (real awks use an unspecified order).
final class AwkArray {
  private(set) var storage: [[UInt8]: AwkValue] = [:]
  private var order: [[UInt8]] = []
  private var removed = 0

  var count: Int { storage.count }

  subscript(key: [UInt8]) -> AwkValue? {
    get { storage[key] }
    set {
      if let newValue {
        if storage.updateValue(newValue, forKey: key) == nil { order.append(key) }
      } else if storage.removeValue(forKey: key) != nil {
        removed += 1
      }
    }
  }

  func removeAll() {
    storage = [:]
    order = []
    removed = 0
  }

  /// The keys present now, in insertion order.
  var keys: [[UInt8]] {
    if removed > 0 {
      order = order.filter { storage[$0] != nil }
      var seen = Set<[UInt8]>()
      order = order.filter { seen.insert($0).inserted }
      removed = 0
    }
    return order
  }
}
