// JSON Schema of `document.yaml` (a `SpecDocument`).
extension SpecSchema {
  static let documentSchema = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "Spec document (document.yaml)",
      "description": "The document-level file: where the scenarios come from, the environments, and the index.",
      "type": "object",
      "required": [
        "source",
        "title"
      ],
      "properties": {
        "source": {
          "description": "The markdown document, relative to the specs directory when possible.",
          "type": "string"
        },
        "title": {
          "description": "The `# …` title.",
          "type": "string"
        },
        "environments": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/environment"
          }
        },
        "sections": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/section"
          }
        },
        "stateful-notes": {
          "description": "From the \"Stateful note\" list, when the document has one.",
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "additionalProperties": false,
      "$defs": {
        "scenarioEntry": {
          "description": "One line of the index: enough to list, select and order scenarios without reading their files.",
          "type": "object",
          "required": [
            "id",
            "title",
            "file"
          ],
          "properties": {
            "id": {
              "type": "string",
              "minLength": 1
            },
            "title": {
              "type": "string"
            },
            "file": {
              "description": "The scenario's YAML file, relative to the specs directory.",
              "type": "string"
            },
            "needs": {
              "description": "Ids of the scenarios that must run first.",
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 1
              }
            }
          },
          "additionalProperties": false
        },
        "environment": {
          "description": "A setup block (`## Common environment`): what it defines, run before the scenarios that use it.",
          "type": "object",
          "required": [
            "id",
            "title"
          ],
          "properties": {
            "id": {
              "description": "A slug of the section title: `common-environment`.",
              "type": "string",
              "minLength": 1
            },
            "title": {
              "type": "string"
            },
            "defines": {
              "description": "Variables it assigns, sorted: a scenario that reads one of them uses this environment.",
              "type": "array",
              "items": {
                "$ref": "steps.schema.json#/$defs/variableName"
              }
            },
            "functions": {
              "description": "Functions it defines, sorted.",
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "loads": {
              "description": "Environment files it loads (`.env`): scenarios using this environment need them.",
              "$ref": "steps.schema.json#/$defs/templates"
            },
            "unsupported": {
              "description": "Top-level statements that could not be lowered (left out of `steps`): every scenario using this environment is unsupported.",
              "$ref": "scenario.schema.json#/$defs/unsupported"
            },
            "unsupported-functions": {
              "description": "Functions that could not be lowered (left out of `steps`): the scenarios calling them are unsupported.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/unsupportedFunction"
              }
            },
            "steps": {
              "$ref": "steps.schema.json#/$defs/steps"
            }
          },
          "additionalProperties": false
        },
        "unsupportedFunction": {
          "description": "A setup function that could not be lowered, or that calls one that could not.",
          "type": "object",
          "required": [
            "name",
            "line",
            "unsupported"
          ],
          "properties": {
            "name": {
              "type": "string",
              "minLength": 1
            },
            "line": {
              "description": "The line of its definition, relative to the environment's heading.",
              "type": "integer",
              "minimum": 1
            },
            "unsupported": {
              "$ref": "scenario.schema.json#/$defs/unsupported"
            }
          },
          "additionalProperties": false
        },
        "section": {
          "description": "A `## …` section and its scenarios, in document order.",
          "type": "object",
          "required": [
            "title",
            "scenarios"
          ],
          "properties": {
            "title": {
              "type": "string"
            },
            "scenarios": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/scenarioEntry"
              }
            }
          },
          "additionalProperties": false
        }
      }
    }
    """# + "\n"
}
