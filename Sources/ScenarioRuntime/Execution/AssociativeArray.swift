/// The elements of a bash associative array (`declare -A`), kept in the order bash 5.2 lists
/// them (`"${!m[@]}"`, `"${m[@]}"`): bash stores them in a hash table of 1024 buckets (FNV-1 of
/// the key's bytes, as signed chars), a new key goes to the front of its bucket, and the table
/// grows to four times as many buckets, re-inserting in bucket order, when a new key arrives
/// while it holds twice as many keys as buckets. Listing walks the buckets in order.
struct AssociativeArray: Sendable, Equatable {
  /// Each bucket's keys and values, the most recently inserted last (listed first).
  private var buckets: [[(key: String, value: String)]]
  private(set) var count = 0
  /// `declare -A NAME` without a value: declared, but unset until an element is assigned
  /// (`${#NAME[@]}` is then an unbound variable under `set -u`).
  private(set) var isDeclaredOnly = false

  init(declaredOnly: Bool = false) {
    buckets = Array(repeating: [], count: 1024)
    isDeclaredOnly = declaredOnly
  }

  static func == (lhs: AssociativeArray, rhs: AssociativeArray) -> Bool {
    lhs.entries.elementsEqual(rhs.entries) { $0.key == $1.key && $0.value == $1.value }
  }

  /// bash's `hash_string`: FNV-1, each byte sign-extended as a `char` is on x86.
  private static func hash(_ key: String) -> UInt32 {
    var h: UInt32 = 2_166_136_261
    for byte in key.utf8 {
      h = h &* 16_777_619
      h ^= UInt32(bitPattern: Int32(Int8(bitPattern: byte)))
    }
    return h
  }

  private func bucket(of key: String) -> Int {
    Int(Self.hash(key) & UInt32(buckets.count - 1))
  }

  subscript(key: String) -> String? {
    get { buckets[bucket(of: key)].first(where: { $0.key == key })?.value }
    set {
      if let newValue { insert(key, newValue) } else { remove(key) }
    }
  }

  /// Sets `key`, keeping its place when it exists.
  mutating func insert(_ key: String, _ value: String) {
    isDeclaredOnly = false
    let b = bucket(of: key)
    if let i = buckets[b].firstIndex(where: { $0.key == key }) {
      buckets[b][i].value = value
      return
    }
    if count >= buckets.count * 2 {
      grow()
    }
    buckets[bucket(of: key)].append((key, value))
    count += 1
  }

  mutating func remove(_ key: String) {
    let b = bucket(of: key)
    guard let i = buckets[b].firstIndex(where: { $0.key == key }) else { return }
    buckets[b].remove(at: i)
    count -= 1
  }

  /// bash's `hash_rehash`: each old bucket walked front to back, each key pushed to the front of
  /// its new bucket.
  private mutating func grow() {
    var grown: [[(key: String, value: String)]] = Array(
      repeating: [], count: buckets.count * 4)
    let mask = UInt32(grown.count - 1)
    for bucket in buckets {
      for entry in bucket.reversed() {
        grown[Int(Self.hash(entry.key) & mask)].append(entry)
      }
    }
    buckets = grown
  }

  /// The keys and values in bash's listing order.
  var entries: [(key: String, value: String)] {
    buckets.flatMap { $0.reversed() }
  }
}
