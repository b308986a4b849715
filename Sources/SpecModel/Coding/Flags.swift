/// Boolean options of the IR are written only when set (`silent: true`); absent means false.
extension KeyedDecodingContainer {
  func flag(_ key: Key) throws -> Bool {
    try decodeIfPresent(Bool.self, forKey: key) ?? false
  }
}

extension KeyedEncodingContainer {
  mutating func flag(_ value: Bool, _ key: Key) throws {
    if value { try encode(true, forKey: key) }
  }
}
