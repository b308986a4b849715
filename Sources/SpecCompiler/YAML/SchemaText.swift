// Placeholder schemas, replaced by the full schema of every IR type.
extension SpecSchema {
  static let documentSchema = #"{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}"# + "\n"
  static let sourceMapSchema = #"{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}"# + "\n"
  static let scenarioSchema = #"{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}"# + "\n"
}
