// JSON Schema of `S61.yaml` (a `Scenario`).
extension SpecSchema {
  static let scenarioSchema = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "Scenario (S<n>.yaml)",
      "description": "One `### S61 Title` section: what it needs and what it does.",
      "type": "object",
      "required": [
        "id",
        "title"
      ],
      "properties": {
        "id": {
          "description": "The scenario id: a prefix and digits (`S07`, `S61`).",
          "type": "string",
          "minLength": 1
        },
        "title": {
          "type": "string"
        },
        "section": {
          "description": "The `## …` section the scenario sits in.",
          "type": "string"
        },
        "description": {
          "description": "The prose between the heading and the code block.",
          "type": "string"
        },
        "environments": {
          "description": "Environments (setup blocks) the scenario uses, in document order.",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "needs": {
          "description": "Scenarios that must run before this one, each with why.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/need"
          }
        },
        "after": {
          "description": "Scenarios this one runs after when both run (they touch the same file, resource or collection); unlike needs, they are not run for it.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/ordering"
          }
        },
        "steps": {
          "$ref": "steps.schema.json#/$defs/steps"
        },
        "unsupported": {
          "$ref": "#/$defs/unsupported"
        }
      },
      "additionalProperties": false,
      "$defs": {
        "unsupported": {
          "description": "Why the compiler could not lower this (a scenario then has no steps): each error at its position.",
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/loweringError"
          }
        },
        "loweringError": {
          "description": "A construct the compiler could not lower. `line` is relative to the owning heading, as step lines are; `column` is the markdown column.",
          "type": "object",
          "required": [
            "line",
            "column",
            "message"
          ],
          "properties": {
            "line": {
              "type": "integer",
              "minimum": 0
            },
            "column": {
              "type": "integer",
              "minimum": 1
            },
            "message": {
              "type": "string",
              "minLength": 1
            }
          },
          "additionalProperties": false
        },
        "ordering": {
          "description": "When both run, this scenario starts after `scenario` ended.",
          "type": "object",
          "required": [
            "scenario",
            "reason",
            "detail"
          ],
          "properties": {
            "scenario": {
              "type": "string",
              "minLength": 1
            },
            "reason": {
              "description": "`file` (both use a file, one writes or removes it), `resource` (both use an identifier, one sends it in a changing request), `collection` (both use a path of the same server, one changes it or one adds to what the other reads), `gateway` (what a server shows of the requests it received: one reads it, the other adds to or changes it; or both send the same changing request).",
              "enum": [
                "file",
                "resource",
                "collection",
                "gateway"
              ]
            },
            "detail": {
              "description": "Human-readable evidence: the file, variable or collection both touch.",
              "type": "string",
              "minLength": 1
            }
          },
          "additionalProperties": false
        },
        "need": {
          "description": "This scenario needs `scenario` to have run first.",
          "type": "object",
          "required": [
            "scenario",
            "reason",
            "detail"
          ],
          "properties": {
            "scenario": {
              "type": "string",
              "minLength": 1
            },
            "reason": {
              "description": "`declared` (`Needs: S35` in the prose), `file` (reads a file it wrote), `resource` (uses a variable naming a resource it created), `collection` (reads a collection it created an item in).",
              "enum": [
                "declared",
                "file",
                "resource",
                "collection"
              ]
            },
            "detail": {
              "description": "Human-readable evidence: the variable, file or collection that links the two.",
              "type": "string"
            }
          },
          "additionalProperties": false
        }
      }
    }
    """# + "\n"
}
