// JSON Schema of `lines.yaml` (a `SourceMap`).
extension SpecSchema {
  static let sourceMapSchema = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "Source map (lines.yaml)",
      "description": "Where each heading sits in the markdown, kept apart so that lines moving touch only this file.",
      "type": "object",
      "required": ["source", "headings"],
      "properties": {
        "source": {
          "description": "The markdown document.",
          "type": "string"
        },
        "headings": {
          "description": "Heading line of each environment and scenario, by id, in document order.",
          "type": "array",
          "items": {
            "type": "object",
            "required": ["id", "line"],
            "properties": {
              "id": {
                "description": "An environment slug or a scenario id.",
                "type": "string",
                "minLength": 1
              },
              "line": {
                "description": "1-based line of the heading.",
                "type": "integer",
                "minimum": 1
              }
            },
            "additionalProperties": false
          }
        }
      },
      "additionalProperties": false
    }
    """# + "\n"
}
