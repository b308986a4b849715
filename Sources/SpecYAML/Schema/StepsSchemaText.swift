// JSON Schema of the values steps are made of, shared by the scenario and document schemas.
extension SpecSchema {
  static let stepsSchema = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "Steps (shared by scenario.schema.json and document.schema.json)",
      "description": "Steps, requests, filters and the other values both scenarios and environments are made of.",
      "$defs": {
        "template": {
          "title": "template (shell syntax: `${NAME}`, `\\$` for a literal `$`)",
          "description": "A string only known at run time, in shell syntax: literal text, `${NAME}` variables, parameter expansions (`${NAME:-word}`, `${NAME//pattern/replacement}`, `${#NAME}`, …), `$$`, `$?`, `$!`, `$(date +FORMAT)`, `$(( EXPRESSION ))` (bash arithmetic; `${!NAME}` and `${NAME:offset:length}` with expressions too); a literal `$` or `\\` is written `\\$` or `\\\\`.",
          "type": "string",
          "pattern": "^(?:[^\\\\$]|\\\\[\\s\\S]|\\$[$?!{]|\\$\\(date \\+[^)]*\\)|\\$\\(\\((?:[^()]|\\((?:[^()]|\\([^()]*\\))*\\))*\\)\\))*\\\\?$"
        },
        "countUnit": {
          "description": "What `wc` counts: `-c` bytes, `-l` lines, `-w` words, `-m` characters, `-L` the widest line's display width.",
          "enum": [
            "bytes",
            "lines",
            "words",
            "characters",
            "max-line-length"
          ]
        },
        "sortOrdering": {
          "enum": [
            "general",
            "human",
            "version"
          ]
        },
        "templates": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/template"
          }
        },
        "variableName": {
          "title": "shell variable name",
          "description": "A shell variable name.",
          "type": "string",
          "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
        },
        "octalMode": {
          "title": "octal mode",
          "description": "A file mode or umask in octal, as `chmod` takes it: \"600\".",
          "type": "string",
          "pattern": "^[0-7]+$"
        },
        "tracedCommand": {
          "oneOf": [
            {
              "description": "A simple command's words, each quoted as bash's trace quotes it once expanded.",
              "$ref": "#/$defs/templates"
            },
            {
              "description": "`NAME=value` with the variable's value after the step.",
              "type": "object",
              "required": [
                "assign"
              ],
              "properties": {
                "assign": {
                  "$ref": "#/$defs/variableName"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "An assignment printed before the step runs: the target as written (`IFS`, `a[$i]`), `=` or `+=`, the value expanded and quoted.",
              "type": "object",
              "required": [
                "assigning",
                "value"
              ],
              "properties": {
                "assigning": {
                  "type": "string"
                },
                "append": {
                  "type": "boolean"
                },
                "value": {
                  "$ref": "#/$defs/template"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "A line printed as written in the document (an array assignment, a `for` header).",
              "type": "object",
              "required": [
                "text"
              ],
              "properties": {
                "text": {
                  "type": "string"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "The terms of a `[[ … ]]`, each printed as bash evaluates it: its words expanded, unquoted, between `[[ ` and ` ]]`.",
              "type": "object",
              "required": [
                "test"
              ],
              "properties": {
                "test": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/templates"
                  }
                }
              },
              "additionalProperties": false
            }
          ]
        },
        "steps": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/step"
          }
        },
        "step": {
          "description": "One thing a scenario does, at a markdown line: `line` and exactly one action key, or the keys of a pipeline (source, `filters`, sink, `errors`).",
          "type": "object",
          "required": [
            "line"
          ],
          "properties": {
            "line": {
              "description": "The line, counted from the heading of the scenario or environment that holds the step (the heading is line 0).",
              "type": "integer",
              "minimum": 0
            },
            "trace": {
              "description": "What `set -x` prints for the step, one line per entry, while the `xtrace` option is on: a command's words (a list of templates, printed after expansion before the command runs), `{assign: NAME}` (`NAME=value`, printed once the step assigned it), `{assigning: TARGET, value: TEMPLATE}` (an assignment printed before the step runs) or `{text: LINE}` (printed as written). Recorded only in blocks that turn `set -x` on.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/tracedCommand"
              }
            }
          },
          "propertyNames": {
            "enum": [
              "line",
              "trace",
              "set",
              "unset",
              "sleep",
              "mkdir",
              "remove",
              "chmod",
              "umask",
              "touch",
              "mktemp",
              "test",
              "exit",
              "load-env",
              "set-options",
              "and",
              "or",
              "list",
              "not",
              "group",
              "subshell",
              "if",
              "for",
              "while",
              "case",
              "break",
              "continue",
              "return",
              "function",
              "call",
              "on-exit",
              "background",
              "wait",
              "kill",
              "status",
              "cd",
              "timeout",
              "read",
              "mapfile",
              "redirect",
              "set-array",
              "set-element",
              "unset-element",
              "shift",
              "set-positional",
              "arithmetic",
              "let",
              "for-arithmetic",
              "lookup",
              "signal",
              "wait-jobs",
              "on-error",
              "request",
              "text",
              "file",
              "printf",
              "echo",
              "curl",
              "date",
              "seq",
              "path-part",
              "random",
              "realpath",
              "printenv",
              "filters",
              "output",
              "capture",
              "write",
              "errors",
              "stdin",
              "shell"
            ]
          },
          "oneOf": [
            {
              "description": "A pipeline: bytes from one source (`request`, `curl`, `text`, `file`, `printf`, `stdin`, `shell`, `echo`, `date`, `seq`, `path-part`, `random`, `realpath`, `printenv`, or none for no input), through `filters` in order, into one sink (`output`, `capture` or `write`).",
              "properties": {
                "line": true,
                "trace": true,
                "request": {
                  "description": "Source: a `curl` transfer; its standard output (body, plus headers with `-i`/`-D -`, plus `-w`).",
                  "$ref": "#/$defs/request"
                },
                "text": {
                  "description": "Source: text the shell prints itself (`echo`, `printf`, a here-document), exactly, newlines included.",
                  "$ref": "#/$defs/template"
                },
                "file": {
                  "description": "Source: the content of a file the shell opens (`< FILE`, `$(< FILE)`): one it cannot open is bash's redirection error, and the command does not run. A command naming a file (`cat FILE`, `jq . FILE`, `grep P FILE`) carries it as its own filter's file operand.",
                  "$ref": "#/$defs/template"
                },
                "printf": {
                  "description": "Source: `printf FORMAT ARGUMENT…` formatted at run time as bash does: the format is reused for each group of arguments; an argument `${@}` (`\"$@\"`) is one word per positional parameter.",
                  "type": "object",
                  "required": [
                    "format"
                  ],
                  "properties": {
                    "format": {
                      "description": "The format, exactly as printf receives it.",
                      "type": "string"
                    },
                    "arguments": {
                      "$ref": "#/$defs/templates"
                    },
                    "variable": {
                      "description": "`printf -v NAME`: the text is assigned to NAME (trailing newlines kept) and nothing is printed.",
                      "$ref": "#/$defs/variableName"
                    }
                  },
                  "additionalProperties": false
                },
                "stdin": {
                  "description": "Source: the shell's own standard input (a filter first in a function body or a pipeline stage reads the stage's input; empty when the shell has none).",
                  "const": true
                },
                "shell": {
                  "description": "Source: shell code (`helper | jq …`, `for …; done | sort`, `$(f; g)`), run in a subshell; its standard output feeds the pipeline.",
                  "$ref": "#/$defs/steps"
                },
                "echo": {
                  "description": "Source: `echo [-n] WORD…` with a word that expands to several words at run time (`\"$@\"`, `\"${a[@]}\"`): the words joined by spaces, then a newline unless `newline` is false.",
                  "type": "object",
                  "required": [
                    "arguments"
                  ],
                  "properties": {
                    "arguments": {
                      "$ref": "#/$defs/templates"
                    },
                    "newline": {
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                },
                "curl": {
                  "description": "Source: a `curl` command line kept as its words because they are only known at run time (`curl \"${args[@]}\" \"$@\"`) or because it makes several transfers (several URLs, `--next`); the runtime reads the expanded words with the compiler's curl option table and runs each transfer in order.",
                  "type": "object",
                  "required": [
                    "arguments"
                  ],
                  "properties": {
                    "arguments": {
                      "$ref": "#/$defs/templates"
                    }
                  },
                  "additionalProperties": false
                },
                "date": {
                  "description": "Source: `date [-u] [-d STRING] [+FORMAT | -I[SPEC] | --rfc-3339=SPEC | -R]`: one time on a line; the run's clock unless `date` (`-d`: `@SECONDS` or an ISO-8601 date) is given. At most one of `format` (after the `+`), `iso-8601`, `rfc-3339`, `rfc-email`; none prints `Wed Dec  2 19:11:27 UTC 2026`.",
                  "type": "object",
                  "properties": {
                    "utc": {
                      "type": "boolean"
                    },
                    "date": {
                      "$ref": "#/$defs/template"
                    },
                    "format": {
                      "$ref": "#/$defs/template"
                    },
                    "iso-8601": {
                      "enum": [
                        "date",
                        "hours",
                        "minutes",
                        "seconds",
                        "ns"
                      ]
                    },
                    "rfc-3339": {
                      "enum": [
                        "date",
                        "seconds",
                        "ns"
                      ]
                    },
                    "rfc-email": {
                      "const": true
                    }
                  },
                  "additionalProperties": false,
                  "maxProperties": 3
                },
                "seq": {
                  "description": "Source: `seq [-s SEP] [-w] [-f FORMAT] [FIRST [INCREMENT]] LAST`: numbers from `first` (1) by `increment` (1) through `last`, formatted as GNU seq does, joined by `separator` (a newline), ending with a newline.",
                  "type": "object",
                  "required": [
                    "last"
                  ],
                  "properties": {
                    "first": {
                      "$ref": "#/$defs/template"
                    },
                    "increment": {
                      "$ref": "#/$defs/template"
                    },
                    "last": {
                      "$ref": "#/$defs/template"
                    },
                    "separator": {
                      "$ref": "#/$defs/template"
                    },
                    "equal-width": {
                      "type": "boolean"
                    },
                    "format": {
                      "$ref": "#/$defs/template"
                    }
                  },
                  "additionalProperties": false
                },
                "path-part": {
                  "description": "Source: `basename NAME [SUFFIX]`, `basename -a [-s SUFFIX] NAME…` (`part: base`) or `dirname NAME…` (`part: directory`): that part of each name, from the text alone, each on a line (NUL-terminated with `zero`, `-z`); `suffix` is removed from a base it does not make up whole.",
                  "type": "object",
                  "required": [
                    "part",
                    "names"
                  ],
                  "properties": {
                    "part": {
                      "enum": [
                        "base",
                        "directory"
                      ]
                    },
                    "names": {
                      "$ref": "#/$defs/templates"
                    },
                    "suffix": {
                      "$ref": "#/$defs/template"
                    },
                    "zero": {
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                },
                "random": {
                  "description": "Source: random text, different at each run: `uuid` (`uuidgen`: a version-4 UUID), `hex` (`openssl rand -hex N`: `bytes` bytes in hexadecimal), `base64` (`openssl rand -base64 N`, 64 characters a line).",
                  "type": "object",
                  "required": [
                    "kind"
                  ],
                  "properties": {
                    "kind": {
                      "enum": [
                        "uuid",
                        "hex",
                        "base64"
                      ]
                    },
                    "bytes": {
                      "$ref": "#/$defs/template"
                    }
                  },
                  "additionalProperties": false
                },
                "realpath": {
                  "description": "Source: `realpath [-e|-m] [-s] [-q] [-z] NAME…`: each name as an absolute path without `.`, `..` or (unless `no-symlinks`) symbolic links, from the working directory; `existence` says which components must exist (`all-but-last` by default, `all` for `-e`, `none` for `-m`).",
                  "type": "object",
                  "required": [
                    "names"
                  ],
                  "properties": {
                    "names": {
                      "$ref": "#/$defs/templates"
                    },
                    "existence": {
                      "enum": [
                        "all-but-last",
                        "all",
                        "none"
                      ]
                    },
                    "no-symlinks": {
                      "type": "boolean"
                    },
                    "quiet": {
                      "type": "boolean"
                    },
                    "zero": {
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                },
                "printenv": {
                  "description": "Source: `printenv NAME…`: each exported variable's value on its line; status 1 when one is not in the environment.",
                  "type": "object",
                  "required": [
                    "names"
                  ],
                  "properties": {
                    "names": {
                      "$ref": "#/$defs/templates"
                    }
                  },
                  "additionalProperties": false
                },
                "filters": {
                  "description": "Stages in order, each reading the previous stage's bytes.",
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/filter"
                  }
                },
                "output": {
                  "description": "Sink: `stdout` (the default when no sink key is given), `stderr` (`>&2`) or `discard` (`> /dev/null`, `grep -q`).",
                  "enum": [
                    "stdout",
                    "stderr",
                    "discard"
                  ]
                },
                "capture": {
                  "description": "Sink: stored in a variable (`NAME=$(…)`), trailing newlines removed as bash does.",
                  "$ref": "#/$defs/variableName"
                },
                "write": {
                  "description": "Sink: written to a file (`> FILE`, `>> FILE`).",
                  "$ref": "#/$defs/write"
                },
                "errors": {
                  "description": "Where the pipeline's standard error goes when redirected: `discard` (`2>/dev/null`), `stdout` (`2>&1`) or a file (`2> FILE`: `{write: FILE, append: true|false}`).",
                  "oneOf": [
                    {
                      "enum": [
                        "discard",
                        "stdout"
                      ]
                    },
                    {
                      "type": "object",
                      "required": [
                        "write"
                      ],
                      "properties": {
                        "write": {
                          "$ref": "#/$defs/template"
                        },
                        "append": {
                          "type": "boolean"
                        }
                      },
                      "additionalProperties": false
                    }
                  ]
                }
              },
              "additionalProperties": false,
              "anyOf": [
                {
                  "required": [
                    "request"
                  ]
                },
                {
                  "required": [
                    "text"
                  ]
                },
                {
                  "required": [
                    "file"
                  ]
                },
                {
                  "required": [
                    "printf"
                  ]
                },
                {
                  "required": [
                    "stdin"
                  ]
                },
                {
                  "required": [
                    "shell"
                  ]
                },
                {
                  "required": [
                    "echo"
                  ]
                },
                {
                  "required": [
                    "curl"
                  ]
                },
                {
                  "required": [
                    "date"
                  ]
                },
                {
                  "required": [
                    "seq"
                  ]
                },
                {
                  "required": [
                    "path-part"
                  ]
                },
                {
                  "required": [
                    "random"
                  ]
                },
                {
                  "required": [
                    "realpath"
                  ]
                },
                {
                  "required": [
                    "printenv"
                  ]
                },
                {
                  "required": [
                    "filters"
                  ]
                },
                {
                  "required": [
                    "output"
                  ]
                },
                {
                  "required": [
                    "capture"
                  ]
                },
                {
                  "required": [
                    "write"
                  ]
                }
              ],
              "not": {
                "description": "A pipeline has at most one source key (`request`, `text`, `file`, `printf`, `stdin`, `shell`, `echo`, `curl`, `date`, `seq`, `path-part`, `random`, `realpath`, `printenv`) and at most one sink key (`output`, `capture`, `write`).",
                "anyOf": [
                  {
                    "required": [
                      "request",
                      "curl"
                    ]
                  },
                  {
                    "required": [
                      "curl",
                      "date"
                    ]
                  },
                  {
                    "required": [
                      "curl",
                      "seq"
                    ]
                  },
                  {
                    "required": [
                      "curl",
                      "path-part"
                    ]
                  },
                  {
                    "required": [
                      "curl",
                      "random"
                    ]
                  },
                  {
                    "required": [
                      "curl",
                      "realpath"
                    ]
                  },
                  {
                    "required": [
                      "curl",
                      "printenv"
                    ]
                  },
                  {
                    "required": [
                      "text",
                      "curl"
                    ]
                  },
                  {
                    "required": [
                      "file",
                      "curl"
                    ]
                  },
                  {
                    "required": [
                      "printf",
                      "curl"
                    ]
                  },
                  {
                    "required": [
                      "stdin",
                      "curl"
                    ]
                  },
                  {
                    "required": [
                      "shell",
                      "curl"
                    ]
                  },
                  {
                    "required": [
                      "echo",
                      "curl"
                    ]
                  },
                  {
                    "required": [
                      "request",
                      "text"
                    ]
                  },
                  {
                    "required": [
                      "request",
                      "file"
                    ]
                  },
                  {
                    "required": [
                      "request",
                      "printf"
                    ]
                  },
                  {
                    "required": [
                      "request",
                      "stdin"
                    ]
                  },
                  {
                    "required": [
                      "request",
                      "shell"
                    ]
                  },
                  {
                    "required": [
                      "text",
                      "file"
                    ]
                  },
                  {
                    "required": [
                      "text",
                      "printf"
                    ]
                  },
                  {
                    "required": [
                      "text",
                      "stdin"
                    ]
                  },
                  {
                    "required": [
                      "text",
                      "shell"
                    ]
                  },
                  {
                    "required": [
                      "file",
                      "printf"
                    ]
                  },
                  {
                    "required": [
                      "file",
                      "stdin"
                    ]
                  },
                  {
                    "required": [
                      "request",
                      "echo"
                    ]
                  },
                  {
                    "required": [
                      "file",
                      "shell"
                    ]
                  },
                  {
                    "required": [
                      "text",
                      "echo"
                    ]
                  },
                  {
                    "required": [
                      "printf",
                      "stdin"
                    ]
                  },
                  {
                    "required": [
                      "file",
                      "echo"
                    ]
                  },
                  {
                    "required": [
                      "printf",
                      "shell"
                    ]
                  },
                  {
                    "required": [
                      "stdin",
                      "shell"
                    ]
                  },
                  {
                    "required": [
                      "printf",
                      "echo"
                    ]
                  },
                  {
                    "required": [
                      "stdin",
                      "echo"
                    ]
                  },
                  {
                    "required": [
                      "shell",
                      "echo"
                    ]
                  },
                  {
                    "required": [
                      "request",
                      "date"
                    ]
                  },
                  {
                    "required": [
                      "text",
                      "date"
                    ]
                  },
                  {
                    "required": [
                      "file",
                      "date"
                    ]
                  },
                  {
                    "required": [
                      "printf",
                      "date"
                    ]
                  },
                  {
                    "required": [
                      "stdin",
                      "date"
                    ]
                  },
                  {
                    "required": [
                      "shell",
                      "date"
                    ]
                  },
                  {
                    "required": [
                      "echo",
                      "date"
                    ]
                  },
                  {
                    "required": [
                      "request",
                      "seq"
                    ]
                  },
                  {
                    "required": [
                      "text",
                      "seq"
                    ]
                  },
                  {
                    "required": [
                      "file",
                      "seq"
                    ]
                  },
                  {
                    "required": [
                      "printf",
                      "seq"
                    ]
                  },
                  {
                    "required": [
                      "stdin",
                      "seq"
                    ]
                  },
                  {
                    "required": [
                      "shell",
                      "seq"
                    ]
                  },
                  {
                    "required": [
                      "echo",
                      "seq"
                    ]
                  },
                  {
                    "required": [
                      "date",
                      "seq"
                    ]
                  },
                  {
                    "required": [
                      "request",
                      "path-part"
                    ]
                  },
                  {
                    "required": [
                      "text",
                      "path-part"
                    ]
                  },
                  {
                    "required": [
                      "file",
                      "path-part"
                    ]
                  },
                  {
                    "required": [
                      "printf",
                      "path-part"
                    ]
                  },
                  {
                    "required": [
                      "stdin",
                      "path-part"
                    ]
                  },
                  {
                    "required": [
                      "shell",
                      "path-part"
                    ]
                  },
                  {
                    "required": [
                      "echo",
                      "path-part"
                    ]
                  },
                  {
                    "required": [
                      "date",
                      "path-part"
                    ]
                  },
                  {
                    "required": [
                      "seq",
                      "path-part"
                    ]
                  },
                  {
                    "required": [
                      "request",
                      "random"
                    ]
                  },
                  {
                    "required": [
                      "text",
                      "random"
                    ]
                  },
                  {
                    "required": [
                      "file",
                      "random"
                    ]
                  },
                  {
                    "required": [
                      "printf",
                      "random"
                    ]
                  },
                  {
                    "required": [
                      "stdin",
                      "random"
                    ]
                  },
                  {
                    "required": [
                      "shell",
                      "random"
                    ]
                  },
                  {
                    "required": [
                      "echo",
                      "random"
                    ]
                  },
                  {
                    "required": [
                      "date",
                      "random"
                    ]
                  },
                  {
                    "required": [
                      "seq",
                      "random"
                    ]
                  },
                  {
                    "required": [
                      "path-part",
                      "random"
                    ]
                  },
                  {
                    "required": [
                      "request",
                      "realpath"
                    ]
                  },
                  {
                    "required": [
                      "text",
                      "realpath"
                    ]
                  },
                  {
                    "required": [
                      "file",
                      "realpath"
                    ]
                  },
                  {
                    "required": [
                      "printf",
                      "realpath"
                    ]
                  },
                  {
                    "required": [
                      "stdin",
                      "realpath"
                    ]
                  },
                  {
                    "required": [
                      "shell",
                      "realpath"
                    ]
                  },
                  {
                    "required": [
                      "echo",
                      "realpath"
                    ]
                  },
                  {
                    "required": [
                      "date",
                      "realpath"
                    ]
                  },
                  {
                    "required": [
                      "seq",
                      "realpath"
                    ]
                  },
                  {
                    "required": [
                      "path-part",
                      "realpath"
                    ]
                  },
                  {
                    "required": [
                      "random",
                      "realpath"
                    ]
                  },
                  {
                    "required": [
                      "request",
                      "printenv"
                    ]
                  },
                  {
                    "required": [
                      "text",
                      "printenv"
                    ]
                  },
                  {
                    "required": [
                      "file",
                      "printenv"
                    ]
                  },
                  {
                    "required": [
                      "printf",
                      "printenv"
                    ]
                  },
                  {
                    "required": [
                      "stdin",
                      "printenv"
                    ]
                  },
                  {
                    "required": [
                      "shell",
                      "printenv"
                    ]
                  },
                  {
                    "required": [
                      "echo",
                      "printenv"
                    ]
                  },
                  {
                    "required": [
                      "date",
                      "printenv"
                    ]
                  },
                  {
                    "required": [
                      "seq",
                      "printenv"
                    ]
                  },
                  {
                    "required": [
                      "path-part",
                      "printenv"
                    ]
                  },
                  {
                    "required": [
                      "random",
                      "printenv"
                    ]
                  },
                  {
                    "required": [
                      "realpath",
                      "printenv"
                    ]
                  },
                  {
                    "required": [
                      "output",
                      "capture"
                    ]
                  },
                  {
                    "required": [
                      "output",
                      "write"
                    ]
                  },
                  {
                    "required": [
                      "capture",
                      "write"
                    ]
                  }
                ]
              }
            },
            {
              "required": [
                "set"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "set": {
                  "description": "`NAME=value`, `export NAME=value`, `local NAME=value`.",
                  "$ref": "#/$defs/assignment"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "unset"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "unset": {
                  "description": "`unset NAME…`.",
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/variableName"
                  }
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "sleep"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "sleep": {
                  "description": "`sleep DURATION…`: seconds, or a template read at run time as GNU sleep reads its operand (a number with an optional `s`, `m`, `h` or `d` suffix).",
                  "oneOf": [
                    {
                      "type": "number",
                      "minimum": 0
                    },
                    {
                      "$ref": "#/$defs/template"
                    }
                  ]
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "mkdir"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "mkdir": {
                  "description": "`mkdir [-p] DIR…`.",
                  "$ref": "#/$defs/templates"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "remove"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "remove": {
                  "description": "`rm [-f] [-r] PATH…`.",
                  "$ref": "#/$defs/removal"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "chmod"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "chmod": {
                  "description": "`chmod MODE PATH…` (octal mode).",
                  "$ref": "#/$defs/changeMode"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "umask"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "umask": {
                  "description": "`umask MASK` (octal): files created afterwards in the same shell lose these bits.",
                  "$ref": "#/$defs/octalMode"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "touch"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "touch": {
                  "description": "A file created empty or with new timestamps: `touch FILE`, `: > FILE`.",
                  "$ref": "#/$defs/templates"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "mktemp"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "mktemp": {
                  "description": "`mktemp [-d] [TEMPLATE]` stored in a variable.",
                  "$ref": "#/$defs/temporaryFile"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "test"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "test": {
                  "description": "`[ … ]`, `[[ … ]]`, `test …`: status 0 when the condition holds.",
                  "$ref": "#/$defs/condition"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "exit"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "exit": {
                  "description": "Explicit failure: `echo MESSAGE >&2; exit STATUS`, or a bare `exit STATUS`.",
                  "$ref": "#/$defs/exit"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "load-env"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "load-env": {
                  "description": "`set -a; source FILE; set +a`: every assignment in the file is exported; its values are secrets for logging.",
                  "$ref": "#/$defs/template"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "set-options"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "set-options": {
                  "description": "`set -e`/`+e`, `-u`, `-o pipefail` changes that differ from the runner's `set -euo pipefail`.",
                  "$ref": "#/$defs/shellOptions"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "and"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "and": {
                  "description": "`A && B && …`: stops at the first failure; only the last command can trip `set -e`.",
                  "$ref": "#/$defs/steps"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "or"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "or": {
                  "description": "`A || B || …`: stops at the first success; only the last command can trip `set -e`.",
                  "$ref": "#/$defs/steps"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "list"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "list": {
                  "description": "`A && B || C`: a list mixing both operators, flat: steps and operators alternate. Left-associative with equal precedence: each step runs when the status so far matches the operator before it (`&&` after a success, `||` after a failure); only the step after the last operator can trip `set -e`.",
                  "type": "array",
                  "minItems": 3,
                  "items": {
                    "oneOf": [
                      {
                        "$ref": "#/$defs/step"
                      },
                      {
                        "enum": [
                          "&&",
                          "||"
                        ]
                      }
                    ]
                  }
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "not"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "not": {
                  "description": "`! A`: inverts the status; never trips `set -e`.",
                  "$ref": "#/$defs/step"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "group"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "group": {
                  "description": "`{ …; }`.",
                  "$ref": "#/$defs/steps"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "subshell"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "subshell": {
                  "description": "`( … )`: variables, `umask` and directory changes made inside do not leak out.",
                  "$ref": "#/$defs/steps"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "if"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "if": {
                  "description": "`if`/`elif`/`else`.",
                  "$ref": "#/$defs/if"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "for"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "for": {
                  "description": "`for NAME in …; do …; done`.",
                  "$ref": "#/$defs/for"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "while"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "while": {
                  "description": "`while`/`until` loops.",
                  "$ref": "#/$defs/while"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "case"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "case": {
                  "description": "`case WORD in PATTERN) …;; esac`.",
                  "$ref": "#/$defs/case"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "break"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "break": {
                  "description": "`break [N]`.",
                  "type": "integer",
                  "minimum": 1
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "continue"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "continue": {
                  "description": "`continue [N]`.",
                  "type": "integer",
                  "minimum": 1
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "return"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "return": {
                  "description": "`return [N]` from a function; null for a bare `return`.",
                  "type": [
                    "integer",
                    "null"
                  ]
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "function"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "function": {
                  "description": "`name() { … }`.",
                  "$ref": "#/$defs/function"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "call"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "call": {
                  "description": "A call of a function defined by an environment or earlier in the scenario.",
                  "$ref": "#/$defs/call"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "on-exit"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "on-exit": {
                  "description": "`trap 'COMMANDS' EXIT`: run when the scenario ends.",
                  "$ref": "#/$defs/steps"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "background"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "background": {
                  "description": "`COMMAND &`: started in the background; `$!` names it.",
                  "$ref": "#/$defs/step"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "wait"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "wait": {
                  "description": "`wait [$PID]`; null waits for every job.",
                  "anyOf": [
                    {
                      "$ref": "#/$defs/template"
                    },
                    {
                      "type": "null"
                    }
                  ]
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "kill"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "kill": {
                  "description": "`kill $PID`.",
                  "$ref": "#/$defs/template"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "status"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "status": {
                  "description": "`true`/`:` (0) and `false` (1).",
                  "type": "integer",
                  "minimum": 0
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "cd"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "cd": {
                  "description": "`cd DIR`.",
                  "$ref": "#/$defs/template"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`timeout SECONDS COMMAND`: the command is stopped after that long, with status 124 (`expired-status` with `--preserve-status`: 128 plus the signal's number).",
              "required": [
                "timeout"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "timeout": {
                  "type": "object",
                  "required": [
                    "seconds",
                    "do"
                  ],
                  "properties": {
                    "seconds": {
                      "type": "number",
                      "minimum": 0
                    },
                    "do": {
                      "$ref": "#/$defs/step"
                    },
                    "expired-status": {
                      "type": "integer",
                      "minimum": 129,
                      "maximum": 192
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "arithmetic"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "arithmetic": {
                  "description": "`(( EXPRESSION ))`: status 0 when the value is not zero.",
                  "$ref": "#/$defs/arithmetic"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "let"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "let": {
                  "description": "`let EXPRESSION…`: status 0 when the last value is not zero.",
                  "type": "array",
                  "minItems": 1,
                  "items": {
                    "$ref": "#/$defs/arithmetic"
                  }
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "for-arithmetic"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "for-arithmetic": {
                  "description": "`for (( INIT; CONDITION; STEP )); do …; done`; an absent condition is true.",
                  "type": "object",
                  "required": [
                    "do"
                  ],
                  "properties": {
                    "init": {
                      "$ref": "#/$defs/arithmetic"
                    },
                    "while": {
                      "$ref": "#/$defs/arithmetic"
                    },
                    "step": {
                      "$ref": "#/$defs/arithmetic"
                    },
                    "do": {
                      "$ref": "#/$defs/steps"
                    },
                    "trace": {
                      "description": "Under `set -x`: the three expressions as bash traces them (`+ (( i < 3 ))`).",
                      "type": "array",
                      "items": {
                        "type": "string"
                      }
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "on-error"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "on-error": {
                  "description": "`trap 'COMMANDS' ERR`: run after a command fails where `set -e` applies, before `set -e` ends the shell, at the level of function calls where it was set (not in subshells or command substitutions); empty for `trap - ERR` / `trap '' ERR`.",
                  "$ref": "#/$defs/steps"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "signal"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "signal": {
                  "description": "`kill -SIGNAL PID…` with signal 0 (only checks the job runs) or 15 (`TERM`: the job ends with status 143), or `kill PID PID…`; status 0 when the signal reached any job, 1 when none.",
                  "type": "object",
                  "required": [
                    "signal",
                    "pids"
                  ],
                  "properties": {
                    "signal": {
                      "enum": [
                        0,
                        15
                      ]
                    },
                    "pids": {
                      "$ref": "#/$defs/templates"
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "wait-jobs"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "wait-jobs": {
                  "description": "`wait PID PID…` (each job; the status is the last one's) or `wait -n [PID…]` (`any`: the next job to end among those named, or among all running jobs; 127 when none runs).",
                  "type": "object",
                  "properties": {
                    "pids": {
                      "$ref": "#/$defs/templates"
                    },
                    "any": {
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "lookup"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "lookup": {
                  "description": "`command -v NAME…` (`style: command-v`: the name, or the path of an external command), `type -t NAME…` (`type-t`: keyword, function, builtin or file) `type NAME…` (`type`: `NAME is a shell builtin`, …, a function followed by its definition), `command -V` (`command-V`), `type -p` (`type-p`: the path of a file), `type -a` (`type-a`: every kind and every file on `PATH`), `declare -f`/`typeset -f` (`declare-f`: function definitions) or `declare -F` (`declare-F`: function names): keywords and builtins of bash 5.2, the shell's functions, and the external commands the runtime implements, found through `PATH` in `/usr/bin` or `/bin`.",
                  "type": "object",
                  "required": [
                    "style",
                    "names"
                  ],
                  "properties": {
                    "style": {
                      "enum": [
                        "command-v",
                        "type-t",
                        "type",
                        "command-V",
                        "type-p",
                        "type-a",
                        "declare-f",
                        "declare-F"
                      ]
                    },
                    "names": {
                      "$ref": "#/$defs/templates"
                    },
                    "definitions": {
                      "description": "The definitions of the document's functions as bash prints them (`declare -f`), by name.",
                      "type": "object",
                      "additionalProperties": {
                        "type": "string"
                      }
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "read"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "read": {
                  "description": "The `read` builtin: one line (or up to `delimiter`) of standard input split on `$IFS` into `names` (the last gets the rest); status 1 at end of input, the partial text still assigned.",
                  "$ref": "#/$defs/read"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "mapfile"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "mapfile": {
                  "description": "`mapfile [-t] [-d DELIM] NAME` / `readarray`: every line (up to each delimiter) of standard input becomes an element of the indexed array NAME, from 0.",
                  "type": "object",
                  "required": [
                    "name"
                  ],
                  "properties": {
                    "name": {
                      "$ref": "#/$defs/variableName"
                    },
                    "trim": {
                      "description": "`-t`: the delimiter is removed from each element.",
                      "type": "boolean"
                    },
                    "delimiter": {
                      "description": "`-d DELIM`: its first character ends each element (`\"\"`: NUL); a newline when absent.",
                      "type": "string"
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "set-array"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "set-array": {
                  "description": "`NAME=(…)`, `NAME+=(…)`, `local NAME=(…)`, `declare -a NAME`: an indexed array; each element template may expand to several elements (`\"$@\"`, `\"${a[@]}\"`).",
                  "type": "object",
                  "required": [
                    "name"
                  ],
                  "properties": {
                    "name": {
                      "$ref": "#/$defs/variableName"
                    },
                    "elements": {
                      "description": "Absent for a declaration without a value.",
                      "$ref": "#/$defs/templates"
                    },
                    "append": {
                      "type": "boolean"
                    },
                    "local": {
                      "type": "boolean"
                    },
                    "associative": {
                      "description": "`declare -A` / `local -A`: an associative array.",
                      "type": "boolean"
                    },
                    "entries": {
                      "description": "`NAME=([KEY]=VALUE …)` of an associative array: each key a word, not arithmetic; of an indexed array (`a=([3]=x y)`), each key an arithmetic index, and an entry without a key a word whose fields take the next indices.",
                      "type": "array",
                      "items": {
                        "type": "object",
                        "required": [
                          "value"
                        ],
                        "properties": {
                          "key": {
                            "$ref": "#/$defs/template"
                          },
                          "value": {
                            "$ref": "#/$defs/template"
                          },
                          "split": {
                            "description": "A word without a key made of unquoted expansions: its value is split into fields on IFS.",
                            "type": "boolean"
                          }
                        },
                        "additionalProperties": false
                      }
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "redirect"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "redirect": {
                  "description": "A command run in the current shell with redirections (`while …; done < FILE`, `{ …; } > FILE`, `read X <<< WORD`): `from` is its standard input (`file` or `text`), the sink keys its output, `errors` its standard error.",
                  "$ref": "#/$defs/redirect"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "set-element"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "set-element": {
                  "description": "`NAME[INDEX]=value`, `NAME[INDEX]+=value` (`append`).",
                  "type": "object",
                  "required": [
                    "name",
                    "index",
                    "value"
                  ],
                  "properties": {
                    "name": {
                      "$ref": "#/$defs/variableName"
                    },
                    "index": {
                      "description": "The index: an arithmetic expression as written (`i`, `$i`, `n-1`; negative counts from the end).",
                      "type": "string",
                      "minLength": 1
                    },
                    "value": {
                      "$ref": "#/$defs/template"
                    },
                    "append": {
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "unset-element"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "unset-element": {
                  "description": "`unset 'NAME[INDEX]'`.",
                  "type": "object",
                  "required": [
                    "name",
                    "index"
                  ],
                  "properties": {
                    "name": {
                      "$ref": "#/$defs/variableName"
                    },
                    "index": {
                      "description": "The index: an arithmetic expression as written (`i`, `$i`, `n-1`; negative counts from the end).",
                      "type": "string",
                      "minLength": 1
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "shift"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "shift": {
                  "description": "`shift [N]`: drops the first N positional parameters; status 1 when there are fewer.",
                  "type": "integer"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "set-positional"
              ],
              "properties": {
                "line": true,
                "trace": true,
                "set-positional": {
                  "description": "`set -- WORD…`: replaces the positional parameters; each template may expand to several words.",
                  "$ref": "#/$defs/templates"
                }
              },
              "additionalProperties": false
            }
          ]
        },
        "arithmetic": {
          "title": "bash arithmetic expression",
          "description": "The text of a bash arithmetic expression (`i < 10`, `n += 2`, `${#V} * 2`), as between `$((` and `))`.",
          "type": "string"
        },
        "assignment": {
          "type": "object",
          "required": [
            "name"
          ],
          "properties": {
            "name": {
              "$ref": "#/$defs/variableName"
            },
            "value": {
              "description": "Absent for `export NAME` / `local NAME` without a value.",
              "$ref": "#/$defs/template"
            },
            "export": {
              "description": "`export`.",
              "type": "boolean"
            },
            "local": {
              "description": "`local`.",
              "type": "boolean"
            },
            "output-of": {
              "description": "`local NAME=$(…)`, `export NAME=$(…)` or a substitution in a command's arguments: the value is the output of this step run as a command substitution (a subshell keeping `set -e`, as with `inherit_errexit`); its status is not the statement's.",
              "$ref": "#/$defs/step"
            }
          },
          "additionalProperties": false
        },
        "removal": {
          "type": "object",
          "required": [
            "paths"
          ],
          "properties": {
            "paths": {
              "$ref": "#/$defs/templates"
            },
            "force": {
              "description": "`-f`: missing files are not an error.",
              "type": "boolean"
            },
            "recursive": {
              "description": "`-r`.",
              "type": "boolean"
            }
          },
          "additionalProperties": false
        },
        "changeMode": {
          "type": "object",
          "required": [
            "mode",
            "paths"
          ],
          "properties": {
            "mode": {
              "$ref": "#/$defs/octalMode"
            },
            "paths": {
              "$ref": "#/$defs/templates"
            }
          },
          "additionalProperties": false
        },
        "temporaryFile": {
          "type": "object",
          "required": [
            "variable"
          ],
          "properties": {
            "variable": {
              "description": "The variable that receives the path.",
              "$ref": "#/$defs/variableName"
            },
            "directory": {
              "description": "`-d`.",
              "type": "boolean"
            },
            "template": {
              "description": "`mktemp` template such as `/tmp/qa.XXXXXX`; the system default when absent.",
              "$ref": "#/$defs/template"
            }
          },
          "additionalProperties": false
        },
        "exit": {
          "type": "object",
          "properties": {
            "message": {
              "description": "Printed on standard error before exiting (the `echo … >&2` of the idiom), newline included.",
              "$ref": "#/$defs/template"
            },
            "status": {
              "description": "Absent for a bare `exit`: the status of the last command.",
              "type": "integer"
            }
          },
          "additionalProperties": false
        },
        "shellOptions": {
          "type": "object",
          "properties": {
            "errexit": {
              "description": "`set -e` (true) / `set +e` (false).",
              "type": "boolean"
            },
            "nounset": {
              "description": "`set -u` / `set +u`.",
              "type": "boolean"
            },
            "pipefail": {
              "description": "`set -o pipefail` / `set +o pipefail`.",
              "type": "boolean"
            },
            "allexport": {
              "description": "`set -a` / `set +a`.",
              "type": "boolean"
            },
            "xtrace": {
              "description": "`set -x` / `set +x`.",
              "type": "boolean"
            }
          },
          "additionalProperties": false
        },
        "if": {
          "type": "object",
          "required": [
            "branches"
          ],
          "properties": {
            "branches": {
              "description": "`if`/`elif` branches in order.",
              "type": "array",
              "items": {
                "type": "object",
                "required": [
                  "condition",
                  "then"
                ],
                "properties": {
                  "condition": {
                    "$ref": "#/$defs/steps"
                  },
                  "then": {
                    "$ref": "#/$defs/steps"
                  }
                },
                "additionalProperties": false
              },
              "minItems": 1
            },
            "else": {
              "$ref": "#/$defs/steps"
            }
          },
          "additionalProperties": false
        },
        "for": {
          "type": "object",
          "required": [
            "variable",
            "in",
            "do"
          ],
          "properties": {
            "variable": {
              "$ref": "#/$defs/variableName"
            },
            "in": {
              "description": "Each item is split into words at run time when it was unquoted (`$(seq 1 5)`, `$LIST`).",
              "type": "array",
              "items": {
                "$ref": "#/$defs/loopItem"
              }
            },
            "do": {
              "$ref": "#/$defs/steps"
            },
            "trace": {
              "description": "Under `set -x`: the header printed before each iteration, as written (`for i in a \"$x\"`).",
              "type": "string"
            }
          },
          "additionalProperties": false
        },
        "loopItem": {
          "description": "One item of a `for` list.",
          "type": "object",
          "oneOf": [
            {
              "description": "One word, used as is.",
              "required": [
                "word"
              ],
              "properties": {
                "word": {
                  "$ref": "#/$defs/template"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "An unquoted expansion: its value split on whitespace.",
              "required": [
                "split"
              ],
              "properties": {
                "split": {
                  "$ref": "#/$defs/template"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "A filename glob (quoted characters backslash-escaped): the matching paths in the working directory, sorted; the pattern itself when none matches.",
              "required": [
                "glob"
              ],
              "properties": {
                "glob": {
                  "type": "string"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`$(seq [FIRST] LAST)`.",
              "required": [
                "seq"
              ],
              "properties": {
                "seq": {
                  "type": "object",
                  "required": [
                    "first",
                    "last"
                  ],
                  "properties": {
                    "first": {
                      "type": "integer"
                    },
                    "last": {
                      "type": "integer"
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            }
          ]
        },
        "while": {
          "type": "object",
          "required": [
            "while",
            "do"
          ],
          "properties": {
            "while": {
              "description": "The condition.",
              "$ref": "#/$defs/steps"
            },
            "do": {
              "$ref": "#/$defs/steps"
            },
            "until": {
              "description": "`until` loops run while the condition fails.",
              "type": "boolean"
            }
          },
          "additionalProperties": false
        },
        "case": {
          "type": "object",
          "required": [
            "subject",
            "arms"
          ],
          "properties": {
            "subject": {
              "$ref": "#/$defs/template"
            },
            "arms": {
              "type": "array",
              "items": {
                "type": "object",
                "required": [
                  "patterns",
                  "body"
                ],
                "properties": {
                  "patterns": {
                    "description": "Glob patterns.",
                    "$ref": "#/$defs/templates"
                  },
                  "body": {
                    "$ref": "#/$defs/steps"
                  }
                },
                "additionalProperties": false
              }
            }
          },
          "additionalProperties": false
        },
        "function": {
          "type": "object",
          "required": [
            "name",
            "body"
          ],
          "properties": {
            "name": {
              "type": "string",
              "minLength": 1
            },
            "body": {
              "$ref": "#/$defs/steps"
            }
          },
          "additionalProperties": false
        },
        "call": {
          "type": "object",
          "required": [
            "name"
          ],
          "properties": {
            "name": {
              "type": "string",
              "minLength": 1
            },
            "arguments": {
              "$ref": "#/$defs/templates"
            },
            "sink": {
              "description": "Output redirection of the call (`helper > FILE`, `helper >&2`); standard output when absent.",
              "$ref": "#/$defs/sink"
            }
          },
          "additionalProperties": false
        },
        "read": {
          "type": "object",
          "properties": {
            "names": {
              "description": "Variables assigned in order; `REPLY` (the whole line) when absent.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/variableName"
              }
            },
            "raw": {
              "description": "`-r`: backslashes kept.",
              "type": "boolean"
            },
            "delimiter": {
              "description": "`-d DELIM`: its first character ends the input (`\"\"`: NUL); a newline when absent.",
              "type": "string"
            },
            "ifs": {
              "description": "`IFS=VALUE read …`: the separators for this command only.",
              "$ref": "#/$defs/template"
            },
            "array": {
              "description": "`read -a NAME`: every field becomes an element of the indexed array NAME.",
              "$ref": "#/$defs/variableName"
            }
          },
          "additionalProperties": false
        },
        "redirect": {
          "type": "object",
          "required": [
            "do"
          ],
          "properties": {
            "from": {
              "description": "Standard input: `{file: PATH}` (`< FILE`) or `{text: TEXT}` (a here-document or here-string).",
              "type": "object",
              "properties": {
                "file": {
                  "$ref": "#/$defs/template"
                },
                "text": {
                  "$ref": "#/$defs/template"
                }
              },
              "additionalProperties": false,
              "minProperties": 1,
              "maxProperties": 1
            },
            "do": {
              "$ref": "#/$defs/steps"
            },
            "output": {
              "description": "`stderr` (`>&2`) or `discard` (`> /dev/null`); standard output when no sink key is given.",
              "enum": [
                "stdout",
                "stderr",
                "discard"
              ]
            },
            "capture": {
              "$ref": "#/$defs/variableName"
            },
            "write": {
              "description": "`> FILE`, `>> FILE`.",
              "$ref": "#/$defs/write"
            },
            "errors": {
              "description": "Where the pipeline's standard error goes when redirected: `discard` (`2>/dev/null`), `stdout` (`2>&1`) or a file (`2> FILE`: `{write: FILE, append: true|false}`).",
              "oneOf": [
                {
                  "enum": [
                    "discard",
                    "stdout"
                  ]
                },
                {
                  "type": "object",
                  "required": [
                    "write"
                  ],
                  "properties": {
                    "write": {
                      "$ref": "#/$defs/template"
                    },
                    "append": {
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                }
              ]
            }
          },
          "additionalProperties": false
        },
        "sink": {
          "description": "Where output ends: at most one of `output`, `capture`, `write` (`stdout` when none).",
          "type": "object",
          "properties": {
            "output": {
              "description": "Sink: `stdout` (the default when no sink key is given), `stderr` (`>&2`) or `discard` (`> /dev/null`, `grep -q`).",
              "enum": [
                "stdout",
                "stderr",
                "discard"
              ]
            },
            "capture": {
              "description": "Sink: stored in a variable (`NAME=$(…)`), trailing newlines removed as bash does.",
              "$ref": "#/$defs/variableName"
            },
            "write": {
              "description": "Sink: written to a file (`> FILE`, `>> FILE`).",
              "$ref": "#/$defs/write"
            }
          },
          "additionalProperties": false,
          "not": {
            "description": "At most one of `output`, `capture`, `write`.",
            "anyOf": [
              {
                "required": [
                  "output",
                  "capture"
                ]
              },
              {
                "required": [
                  "output",
                  "write"
                ]
              },
              {
                "required": [
                  "capture",
                  "write"
                ]
              }
            ]
          }
        },
        "write": {
          "type": "object",
          "required": [
            "path"
          ],
          "properties": {
            "path": {
              "$ref": "#/$defs/template"
            },
            "append": {
              "description": "`>>`.",
              "type": "boolean"
            },
            "mode": {
              "description": "When the scenario restricts it (`umask 077`, `chmod 600`).",
              "$ref": "#/$defs/octalMode"
            }
          },
          "additionalProperties": false
        },
        "condition": {
          "description": "The expression of a `[ … ]`, `[[ … ]]` or `test` command.",
          "type": "object",
          "oneOf": [
            {
              "required": [
                "unary"
              ],
              "properties": {
                "unary": {
                  "type": "object",
                  "required": [
                    "op",
                    "operand"
                  ],
                  "properties": {
                    "op": {
                      "description": "`-e -f -d -r -w -x -s -L FILE`, `-z -n STRING`.",
                      "enum": [
                        "-e",
                        "-f",
                        "-d",
                        "-r",
                        "-w",
                        "-x",
                        "-s",
                        "-z",
                        "-n",
                        "-L"
                      ]
                    },
                    "operand": {
                      "$ref": "#/$defs/template"
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "binary"
              ],
              "properties": {
                "binary": {
                  "type": "object",
                  "required": [
                    "op",
                    "left",
                    "right"
                  ],
                  "properties": {
                    "op": {
                      "description": "`= != < >` on strings, `==` a glob match in `[[ … ]]`, `=~` a regex, `-eq -ne -lt -le -gt -ge` on integers, `-nt -ot` on file times.",
                      "enum": [
                        "=",
                        "!=",
                        "<",
                        ">",
                        "==",
                        "=~",
                        "-eq",
                        "-ne",
                        "-lt",
                        "-le",
                        "-gt",
                        "-ge",
                        "-nt",
                        "-ot"
                      ]
                    },
                    "left": {
                      "$ref": "#/$defs/template"
                    },
                    "right": {
                      "$ref": "#/$defs/template"
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`[ STRING ]`: true when non-empty.",
              "required": [
                "non-empty"
              ],
              "properties": {
                "non-empty": {
                  "$ref": "#/$defs/template"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`!`.",
              "required": [
                "not"
              ],
              "properties": {
                "not": {
                  "$ref": "#/$defs/condition"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`-a` / `&&`: two or more conditions, in order (a chain is one flat list).",
              "required": [
                "and"
              ],
              "properties": {
                "and": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/condition"
                  },
                  "minItems": 2
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`-o` / `||`: two or more conditions, in order; `-a`/`&&` bind tighter.",
              "required": [
                "or"
              ],
              "properties": {
                "or": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/condition"
                  },
                  "minItems": 2
                }
              },
              "additionalProperties": false
            }
          ]
        },
        "request": {
          "description": "One `curl` invocation: what is sent and how curl behaves.",
          "type": "object",
          "required": [
            "method",
            "url"
          ],
          "properties": {
            "method": {
              "description": "The method curl sends: `-X`, else `HEAD` for `-I`, `POST` when there is a body, `GET` otherwise.",
              "type": "string",
              "minLength": 1
            },
            "explicit-method": {
              "description": "Whether the method came from an explicit `-X`.",
              "type": "boolean"
            },
            "url": {
              "$ref": "#/$defs/template"
            },
            "headers": {
              "description": "Header lines in command-line order, each a whole `Name: value` line.",
              "$ref": "#/$defs/templates"
            },
            "body": {
              "$ref": "#/$defs/body"
            },
            "options": {
              "$ref": "#/$defs/curlOptions"
            }
          },
          "additionalProperties": false
        },
        "body": {
          "description": "What curl sends as the request body.",
          "type": "object",
          "oneOf": [
            {
              "description": "`-d` text sent as is, the request declaring `Content-Type: application/json`.",
              "required": [
                "json"
              ],
              "properties": {
                "json": {
                  "$ref": "#/$defs/template"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`-d`/`--data`/`--data-raw`/`--data-binary` text (several joined with `&`), sent as is.",
              "required": [
                "data"
              ],
              "properties": {
                "data": {
                  "$ref": "#/$defs/template"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`--data-binary @file`, `-d @file`, `--upload-file`: the bytes of a file.",
              "required": [
                "file"
              ],
              "properties": {
                "file": {
                  "$ref": "#/$defs/template"
                },
                "strip-newlines": {
                  "description": "`-d @file`: CR and LF dropped, as curl does.",
                  "type": "boolean"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`--data-urlencode` fields, joined with `&`.",
              "required": [
                "urlencoded"
              ],
              "properties": {
                "urlencoded": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/formField"
                  }
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`-F` parts: a `multipart/form-data` body.",
              "required": [
                "multipart"
              ],
              "properties": {
                "multipart": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/multipartPart"
                  }
                }
              },
              "additionalProperties": false
            }
          ]
        },
        "formField": {
          "description": "One `--data-urlencode` argument: `name=value`, `=value`, `value`, `name@file` or `@file`.",
          "type": "object",
          "properties": {
            "name": {
              "type": "string"
            },
            "value": {
              "$ref": "#/$defs/template"
            },
            "file": {
              "description": "Read the value from this file instead.",
              "$ref": "#/$defs/template"
            }
          },
          "additionalProperties": false
        },
        "multipartPart": {
          "description": "One `-F` argument: `name=value`, `name=@file[;type=…][;filename=…]` or `name=<file`.",
          "type": "object",
          "required": [
            "name"
          ],
          "properties": {
            "name": {
              "type": "string"
            },
            "value": {
              "description": "Literal field value (`name=value`).",
              "$ref": "#/$defs/template"
            },
            "file": {
              "description": "A file attached as an upload (`name=@path`).",
              "$ref": "#/$defs/template"
            },
            "content-from": {
              "description": "A file whose content becomes the field value (`name=<path`).",
              "$ref": "#/$defs/template"
            },
            "type": {
              "description": "`;type=`.",
              "type": "string"
            },
            "filename": {
              "description": "`;filename=`; curl defaults to the file's base name.",
              "$ref": "#/$defs/template"
            }
          },
          "additionalProperties": false
        },
        "curlOptions": {
          "description": "curl's behaviour flags; only what differs from curl's defaults is written.",
          "type": "object",
          "properties": {
            "silent": {
              "description": "`-s`: no progress meter and no error messages (unless `show-error`).",
              "type": "boolean"
            },
            "show-error": {
              "description": "`-S`: print errors even when silent.",
              "type": "boolean"
            },
            "fail": {
              "description": "`-f`: exit 22 without printing the body on HTTP status ≥ 400.",
              "type": "boolean"
            },
            "fail-with-body": {
              "description": "`--fail-with-body`: exit 22 on HTTP status ≥ 400, body still printed.",
              "type": "boolean"
            },
            "include-headers": {
              "description": "`-i`: the response header block precedes the body on the output.",
              "type": "boolean"
            },
            "dump-headers": {
              "description": "`-D FILE`: where the header block is written (`-` for standard output).",
              "$ref": "#/$defs/template"
            },
            "output": {
              "description": "`-o FILE`: where the body is written instead of standard output (`/dev/null` discards).",
              "$ref": "#/$defs/template"
            },
            "write-out": {
              "description": "`-w FORMAT`: printed to standard output after the transfer.",
              "$ref": "#/$defs/template"
            },
            "no-buffer": {
              "description": "`-N`/`--no-buffer`: output is flushed as it arrives.",
              "type": "boolean"
            },
            "location": {
              "description": "`-L`: follow redirects.",
              "type": "boolean"
            },
            "get": {
              "description": "`-G`: `-d` data goes into the URL query of a GET.",
              "type": "boolean"
            },
            "head": {
              "description": "`-I`: send HEAD and print only headers.",
              "type": "boolean"
            },
            "insecure": {
              "description": "`-k`: accept any TLS certificate.",
              "type": "boolean"
            },
            "compressed": {
              "description": "`--compressed`: ask for a compressed response and decode it.",
              "type": "boolean"
            },
            "http1.1": {
              "description": "`--http1.1`.",
              "type": "boolean"
            },
            "max-time": {
              "description": "`-m`/`--max-time` seconds.",
              "$ref": "#/$defs/seconds"
            },
            "connect-timeout": {
              "description": "`--connect-timeout` seconds.",
              "$ref": "#/$defs/seconds"
            },
            "user": {
              "description": "`-u user:password`.",
              "$ref": "#/$defs/template"
            },
            "user-agent": {
              "description": "`-A`.",
              "$ref": "#/$defs/template"
            },
            "cookie": {
              "description": "`-b` cookie string or file.",
              "$ref": "#/$defs/template"
            },
            "retry": {
              "description": "`--retry N`.",
              "type": "integer",
              "minimum": 0
            }
          },
          "additionalProperties": false
        },
        "filter": {
          "description": "One pipeline stage that reads the previous stage's bytes and writes new ones.",
          "type": "object",
          "oneOf": [
            {
              "required": [
                "jq"
              ],
              "properties": {
                "jq": {
                  "$ref": "#/$defs/jq"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`sed -n 'A,Bp'`, `sed -n 'Np'`, `head -n N`, `tail -n N`.",
              "required": [
                "lines"
              ],
              "properties": {
                "lines": {
                  "$ref": "#/$defs/lineRange"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`head -c N`, `dd bs=… skip=… count=… [if=FILE]`: `skip` bytes dropped, then `count` kept (through the end when absent).",
              "required": [
                "bytes"
              ],
              "properties": {
                "bytes": {
                  "type": "object",
                  "properties": {
                    "skip": {
                      "type": "integer",
                      "minimum": 0
                    },
                    "count": {
                      "type": "integer",
                      "minimum": 0
                    },
                    "dd-input": {
                      "description": "`dd if=FILE`: dd opens the file itself (with dd's messages) instead of reading standard input.",
                      "$ref": "#/$defs/template"
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "grep"
              ],
              "properties": {
                "grep": {
                  "$ref": "#/$defs/grep"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "sed"
              ],
              "properties": {
                "sed": {
                  "$ref": "#/$defs/sed"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "sed-select"
              ],
              "properties": {
                "sed-select": {
                  "$ref": "#/$defs/sedSelect"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "sed-script"
              ],
              "properties": {
                "sed-script": {
                  "$ref": "#/$defs/sedScript"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`wc -c` / `-l` / `-w` / `-m` / `-L` of the input: the count on its own line.",
              "required": [
                "count"
              ],
              "properties": {
                "count": {
                  "$ref": "#/$defs/countUnit"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`sha256sum`, `sha1sum`, `md5sum`: `DIGEST  NAME` per input (`files`, `-` the input; none: the input, named `-`), `*NAME` with `binary`, `ALGO (NAME) = DIGEST` with `tag`, NUL-terminated with `zero`.",
              "required": [
                "checksum"
              ],
              "properties": {
                "checksum": {
                  "type": "object",
                  "required": [
                    "algorithm"
                  ],
                  "properties": {
                    "algorithm": {
                      "enum": [
                        "md5",
                        "sha1",
                        "sha256"
                      ]
                    },
                    "files": {
                      "$ref": "#/$defs/templates"
                    },
                    "binary": {
                      "type": "boolean"
                    },
                    "tag": {
                      "type": "boolean"
                    },
                    "zero": {
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`cat` with options or several files: `files` in order (`-` the input; none: the input), `numbering` (`all`: `-n`, `non-blank`: `-b`; 6 columns and a tab), `squeeze-blank` (`-s`), `show-nonprinting` (`-v`: `^X`, `M-X`), `show-ends` (`-E`: `$`), `show-tabs` (`-T`: `^I`).",
              "required": [
                "cat"
              ],
              "properties": {
                "cat": {
                  "type": "object",
                  "properties": {
                    "files": {
                      "$ref": "#/$defs/templates"
                    },
                    "numbering": {
                      "enum": [
                        "all",
                        "non-blank"
                      ]
                    },
                    "squeeze-blank": {
                      "type": "boolean"
                    },
                    "show-nonprinting": {
                      "type": "boolean"
                    },
                    "show-ends": {
                      "type": "boolean"
                    },
                    "show-tabs": {
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`wc` printing several counts (`counts`, in wc's column order) or counting file operands (`files`; `-` is the input), in columns as GNU wc.",
              "required": [
                "wc"
              ],
              "properties": {
                "wc": {
                  "type": "object",
                  "required": [
                    "counts"
                  ],
                  "properties": {
                    "counts": {
                      "type": "array",
                      "minItems": 1,
                      "items": {
                        "$ref": "#/$defs/countUnit"
                      }
                    },
                    "files": {
                      "$ref": "#/$defs/templates"
                    },
                    "stdin-file": {
                      "description": "The file `< FILE` makes standard input: its type and size decide the column width, as wc's `fstat`.",
                      "$ref": "#/$defs/template"
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "tr"
              ],
              "properties": {
                "tr": {
                  "$ref": "#/$defs/translation"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`cat`, `tee FILE`: passes bytes through (a `tee` also writes them to `file`).",
              "required": [
                "tee"
              ],
              "properties": {
                "tee": {
                  "type": "object",
                  "properties": {
                    "file": {
                      "$ref": "#/$defs/template"
                    },
                    "files": {
                      "description": "Several files, written in order.",
                      "$ref": "#/$defs/templates"
                    },
                    "append": {
                      "description": "`tee -a`.",
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`od`: the input (its `files` read one after the other as one input; `-` the input) dumped as GNU od does: `address-radix` (`-A`, octal when absent), `formats` (`-t`, `-c`, `-x`, `-b`…: `d`, `u`, `o`, `x` with a size in bytes, `c`, `a`; `o2` when absent), `width` (`-w`, input bytes a line, 16 when absent), `skip` (`-j`), `limit` (`-N`), `verbose` (`-v`: repeated lines are not written as `*`).",
              "required": [
                "od"
              ],
              "properties": {
                "od": {
                  "type": "object",
                  "properties": {
                    "files": {
                      "$ref": "#/$defs/templates"
                    },
                    "address-radix": {
                      "enum": [
                        "octal",
                        "decimal",
                        "hex",
                        "none"
                      ]
                    },
                    "formats": {
                      "type": "array",
                      "items": {
                        "type": "string",
                        "pattern": "^([duox][1248]|[ca])$"
                      }
                    },
                    "width": {
                      "type": "integer",
                      "minimum": 1
                    },
                    "skip": {
                      "type": "integer",
                      "minimum": 0
                    },
                    "limit": {
                      "type": "integer",
                      "minimum": 0
                    },
                    "verbose": {
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`xxd`: `mode` `dump` (offset, groups, ASCII), `plain` (`-p`), `include` (`-i`), `reverse` (`-r`) or `reverse-plain` (`-r -p`); `columns` (`-c`, bytes a line; 16, `-p` 30, `-i` 12 when absent), `group-size` (`-g`), `length` (`-l`), `seek` (`-s`), `uppercase` (`-u`), `capitalize` (`-C`), `file` (the input file operand, which xxd opens itself).",
              "required": [
                "xxd"
              ],
              "properties": {
                "xxd": {
                  "type": "object",
                  "properties": {
                    "mode": {
                      "enum": [
                        "dump",
                        "plain",
                        "include",
                        "reverse",
                        "reverse-plain"
                      ]
                    },
                    "columns": {
                      "type": "integer",
                      "minimum": 1
                    },
                    "group-size": {
                      "type": "integer",
                      "minimum": 0
                    },
                    "length": {
                      "type": "integer",
                      "minimum": 0
                    },
                    "seek": {
                      "type": "integer",
                      "minimum": 0
                    },
                    "uppercase": {
                      "type": "boolean"
                    },
                    "capitalize": {
                      "type": "boolean"
                    },
                    "file": {
                      "$ref": "#/$defs/template"
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`base64 [-w COLS] [FILE]`, `base64 -d [FILE]`.",
              "required": [
                "base64"
              ],
              "properties": {
                "base64": {
                  "type": "object",
                  "properties": {
                    "decode": {
                      "description": "`-d`.",
                      "type": "boolean"
                    },
                    "wrap": {
                      "description": "`-w COLS`/`--wrap=COLS`: characters per encoded line (76 when absent); 0 writes one line without a final newline.",
                      "type": "integer",
                      "minimum": 0
                    },
                    "file": {
                      "description": "The file operand instead of standard input; base64 opens it itself, with its messages.",
                      "$ref": "#/$defs/template"
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "sort"
              ],
              "properties": {
                "sort": {
                  "$ref": "#/$defs/sort"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "uniq"
              ],
              "properties": {
                "uniq": {
                  "$ref": "#/$defs/uniq"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "cut"
              ],
              "properties": {
                "cut": {
                  "$ref": "#/$defs/cut"
                }
              },
              "additionalProperties": false
            },
            {
              "required": [
                "awk"
              ],
              "properties": {
                "awk": {
                  "$ref": "#/$defs/awk"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`head -n COUNT`, `head -c COUNT` with a count read at run time (`-N`: all but the last N).",
              "required": [
                "head"
              ],
              "properties": {
                "head": {
                  "$ref": "#/$defs/headTailCount"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`tail -n COUNT`, `tail -c COUNT` with a count read at run time (`+N`: from the Nth on).",
              "required": [
                "tail"
              ],
              "properties": {
                "tail": {
                  "$ref": "#/$defs/headTailCount"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "Shell code as a stage (`… | helper`, `… | while read -r L; do …; done`): a subshell reading the previous stage's bytes; its standard output is the stage's output.",
              "required": [
                "shell"
              ],
              "properties": {
                "shell": {
                  "$ref": "#/$defs/steps"
                }
              },
              "additionalProperties": false
            },
            {
              "description": "`xargs`: the input's items run `command` (its words with `\"$@\"` after them, or with `-I`'s string made `$1`), lowered as `run` with the items as positional parameters (absent: not a program, xargs's status 127); `delimiter` (`-0`: 0, `-d`: the byte; absent: blanks, newlines, quotes and backslashes), `max-args` (`-n`), `max-lines` (`-L`), `replace` (`-I`), `no-run-if-empty` (`-r`), `trace` (`-t`).",
              "required": [
                "xargs"
              ],
              "properties": {
                "xargs": {
                  "type": "object",
                  "required": [
                    "command"
                  ],
                  "properties": {
                    "command": {
                      "$ref": "#/$defs/templates"
                    },
                    "run": {
                      "$ref": "#/$defs/steps"
                    },
                    "delimiter": {
                      "type": "integer",
                      "minimum": 0,
                      "maximum": 255
                    },
                    "max-args": {
                      "type": "integer",
                      "minimum": 1
                    },
                    "max-lines": {
                      "type": "integer",
                      "minimum": 1
                    },
                    "replace": {
                      "type": "string"
                    },
                    "no-run-if-empty": {
                      "type": "boolean"
                    },
                    "trace": {
                      "type": "boolean"
                    }
                  },
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            }
          ]
        },
        "jq": {
          "description": "One `jq` command: a program, its options and named arguments.",
          "type": "object",
          "required": [
            "program"
          ],
          "properties": {
            "program": {
              "description": "The program text, exactly as jq receives it (may contain `$name` arguments).",
              "type": "string"
            },
            "raw-output": {
              "description": "`-r`: strings printed without quotes.",
              "type": "boolean"
            },
            "join-output": {
              "description": "`-j`: like `-r`, without newlines between results.",
              "type": "boolean"
            },
            "exit-status": {
              "description": "`-e`: exit 1 when the last output is `false` or `null`, 4 when there is none.",
              "type": "boolean"
            },
            "slurp": {
              "description": "`-s`: all inputs read into one array.",
              "type": "boolean"
            },
            "raw-input": {
              "description": "`-R`: each input line is a string (with `-s`, the whole input is one string).",
              "type": "boolean"
            },
            "null-input": {
              "description": "`-n`: the program runs once on `null`; input is read only through `input`/`inputs`.",
              "type": "boolean"
            },
            "compact": {
              "description": "`-c`: one line per result.",
              "type": "boolean"
            },
            "sort-keys": {
              "description": "`-S`: object keys sorted.",
              "type": "boolean"
            },
            "tab": {
              "description": "`--tab`: indent with tabs.",
              "type": "boolean"
            },
            "indent": {
              "description": "`--indent N`.",
              "type": "integer",
              "minimum": 0
            },
            "ascii-output": {
              "description": "`-a`: non-ASCII characters escaped as `\\uXXXX` (with `-r`, strings are then written quoted, as jq 1.6 does).",
              "type": "boolean"
            },
            "color-output": {
              "description": "`-C` (not undone by a later `-M`): colored output with jq 1.6's default colors.",
              "type": "boolean"
            },
            "seq": {
              "description": "`--seq`: RS-separated input (parse errors skipped) and an RS before each JSON output.",
              "type": "boolean"
            },
            "stream": {
              "description": "`--stream`: inputs read as streams of `[path, leaf]` and `[path]` events.",
              "type": "boolean"
            },
            "program-file": {
              "description": "`-f FILE` / `--from-file FILE`: the program is this file's text, read when jq runs (`program` is then empty).",
              "$ref": "#/$defs/template"
            },
            "arguments": {
              "description": "`--arg` / `--argjson` / `--rawfile` / `--slurpfile` in command-line order.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/jqArgument"
              }
            },
            "files": {
              "description": "File operands, read in order as one stream instead of standard input (`-` is standard input); jq opens them itself, so its messages name them.",
              "$ref": "#/$defs/templates"
            },
            "positional": {
              "description": "Words after the program following `--args` (strings) or `--jsonargs` (`json`: JSON texts): `$ARGS.positional`.",
              "type": "array",
              "items": {
                "type": "object",
                "required": [
                  "value"
                ],
                "properties": {
                  "value": {
                    "$ref": "#/$defs/template"
                  },
                  "json": {
                    "type": "boolean"
                  }
                },
                "additionalProperties": false
              }
            }
          },
          "additionalProperties": false
        },
        "jqArgument": {
          "description": "`--arg name value` (a string) or `--argjson name value`; with `file`, `--rawfile name FILE` or (with `json`) `--slurpfile name FILE`.",
          "type": "object",
          "required": [
            "name",
            "value"
          ],
          "properties": {
            "name": {
              "type": "string",
              "minLength": 1
            },
            "value": {
              "$ref": "#/$defs/template"
            },
            "json": {
              "description": "`--argjson`: the value is parsed as JSON at run time.",
              "type": "boolean"
            },
            "file": {
              "description": "The value is a file read at run time: its text (`--rawfile`), or with `json` the array of its JSON values (`--slurpfile`).",
              "type": "boolean"
            }
          },
          "additionalProperties": false
        },
        "lineRange": {
          "description": "Which lines of the input pass, 1-based and inclusive.",
          "type": "object",
          "properties": {
            "from": {
              "description": "First line kept (1 when absent).",
              "type": "integer",
              "minimum": 1
            },
            "to": {
              "description": "Last line kept (through the end when absent).",
              "type": "integer",
              "minimum": 0
            },
            "last": {
              "description": "Keep only the last N lines (`tail -n N`).",
              "type": "integer",
              "minimum": 0
            },
            "reads-to-end": {
              "description": "The command reads its whole input (`sed -n 'A,Bp'`), where `head -n N` and `sed Nq` stop after line `to` (in a pipe, only these make the command before them fail).",
              "type": "boolean"
            }
          },
          "additionalProperties": false
        },
        "grep": {
          "description": "A `grep` command.",
          "type": "object",
          "required": [
            "pattern"
          ],
          "properties": {
            "pattern": {
              "$ref": "#/$defs/template"
            },
            "syntax": {
              "description": "`-G` (the default), `-E`, `-F`, `-P`.",
              "enum": [
                "basic",
                "extended",
                "fixed",
                "perl"
              ]
            },
            "ignore-case": {
              "description": "`-i`.",
              "type": "boolean"
            },
            "invert": {
              "description": "`-v`.",
              "type": "boolean"
            },
            "quiet": {
              "description": "`-q`: print nothing; the status alone says whether a line matched.",
              "type": "boolean"
            },
            "count": {
              "description": "`-c`: print the number of matching lines.",
              "type": "boolean"
            },
            "only-matching": {
              "description": "`-o`: print only the matched parts.",
              "type": "boolean"
            },
            "whole-line": {
              "description": "`-x`: the pattern must match the whole line.",
              "type": "boolean"
            },
            "whole-word": {
              "description": "`-w`: the pattern must match whole words.",
              "type": "boolean"
            },
            "max-count": {
              "description": "`-m N`.",
              "type": "integer",
              "minimum": 0
            },
            "after-context": {
              "description": "`-A N` (or `-C N`): lines printed after each selected line; `--` separates groups.",
              "type": "integer",
              "minimum": 0
            },
            "before-context": {
              "description": "`-B N` (or `-C N`): lines printed before each selected line; `--` separates groups.",
              "type": "integer",
              "minimum": 0
            },
            "line-number": {
              "description": "`-n`: lines start with their number (`N:` selected, `N-` context).",
              "type": "boolean"
            },
            "with-filename": {
              "description": "`-H` (true) or `-h` (false): whether lines start with their file's name (`(standard input)` for standard input); by default only with several files.",
              "type": "boolean"
            },
            "no-messages": {
              "description": "`-s`: no message about a file that cannot be read.",
              "type": "boolean"
            },
            "files": {
              "description": "File operands, searched in order instead of standard input (`-` is standard input); grep opens them itself, with its messages.",
              "$ref": "#/$defs/templates"
            }
          },
          "additionalProperties": false
        },
        "sed": {
          "description": "`sed [-n] 's/pattern/replacement/flags'`.",
          "type": "object",
          "required": [
            "pattern",
            "replacement"
          ],
          "properties": {
            "pattern": {
              "description": "Basic, or extended with `extended`, regular expression.",
              "type": "string"
            },
            "replacement": {
              "type": "string"
            },
            "global": {
              "description": "The `g` flag: every match (from `occurrence` on when both are given).",
              "type": "boolean"
            },
            "occurrence": {
              "description": "The `N` flag: replace only the Nth match.",
              "type": "integer",
              "minimum": 1
            },
            "extended": {
              "description": "`-E`/`-r`.",
              "type": "boolean"
            },
            "ignore-case": {
              "description": "The `I` flag.",
              "type": "boolean"
            },
            "quiet": {
              "description": "`-n`: lines are not printed automatically.",
              "type": "boolean"
            },
            "print": {
              "description": "The `p` flag: print a line where a substitution happened (a second time without `quiet`).",
              "type": "boolean"
            }
          },
          "additionalProperties": false
        },
        "sedSelect": {
          "description": "`sed -n '/re/p'`, `sed '/re/d'` and their `!` forms: the lines a sed address selects, a last line without newline kept without one.",
          "type": "object",
          "required": [
            "pattern"
          ],
          "properties": {
            "pattern": {
              "description": "Basic, or extended with `extended`, regular expression (sed's dialect).",
              "type": "string"
            },
            "extended": {
              "description": "`-E`/`-r`.",
              "type": "boolean"
            },
            "ignore-case": {
              "description": "The `I` address flag.",
              "type": "boolean"
            },
            "invert": {
              "description": "Keep the lines that do not match (`-n '/re/!p'`, `'/re/d'`).",
              "type": "boolean"
            }
          },
          "additionalProperties": false
        },
        "sedScript": {
          "description": "Any other `sed` command line (several `-e`, `;`-separated commands, branches, hold space, `a`/`i`/`c`, `y`, `w`…), run as GNU sed 4.9 runs it.",
          "type": "object",
          "oneOf": [
            {
              "required": [
                "script"
              ]
            },
            {
              "required": [
                "scripts"
              ]
            }
          ],
          "properties": {
            "script": {
              "description": "The one script expression (the script operand or a lone `-e`), exactly as written.",
              "type": "string"
            },
            "scripts": {
              "description": "The script pieces in command-line order: `-e` expressions (or the script operand) exactly as written, `-f` files.",
              "type": "array",
              "minItems": 1,
              "items": {
                "oneOf": [
                  {
                    "type": "object",
                    "required": [
                      "expression"
                    ],
                    "properties": {
                      "expression": {
                        "type": "string"
                      }
                    },
                    "additionalProperties": false
                  },
                  {
                    "type": "object",
                    "required": [
                      "file"
                    ],
                    "properties": {
                      "file": {
                        "$ref": "#/$defs/template"
                      }
                    },
                    "additionalProperties": false
                  }
                ]
              }
            },
            "quiet": {
              "description": "`-n`.",
              "type": "boolean"
            },
            "extended": {
              "description": "`-E`/`-r`.",
              "type": "boolean"
            },
            "separate": {
              "description": "`-s`: each file on its own (`$`, line numbers).",
              "type": "boolean"
            },
            "null-data": {
              "description": "`-z`: lines end with NUL.",
              "type": "boolean"
            },
            "line-wrap": {
              "description": "`-l N`: where `l` folds its lines.",
              "type": "integer",
              "minimum": 0
            },
            "files": {
              "description": "File operands (standard input when absent; `-` is standard input); sed opens them itself, with its messages.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/template"
              }
            }
          },
          "additionalProperties": false
        },
        "translation": {
          "description": "`tr -d SET` (delete) or `tr SET1 SET2` (translate).",
          "type": "object",
          "required": [
            "set1"
          ],
          "properties": {
            "set1": {
              "description": "Characters matched (after expanding ranges such as `a-z` and escapes such as `\\n`).",
              "type": "string"
            },
            "set2": {
              "description": "Replacement characters; absent for `tr -d`, which deletes the characters of `set1`.",
              "type": "string"
            },
            "squeeze": {
              "description": "`-s`: squeeze repeats.",
              "type": "boolean"
            },
            "complement": {
              "description": "`-c`/`-C`: set1 stands for every byte it does not list, in ascending order.",
              "type": "boolean"
            },
            "delete-then-squeeze": {
              "description": "`tr -ds SET1 SET2`: set1 is deleted, set2 only squeezed.",
              "type": "boolean"
            }
          },
          "additionalProperties": false
        },
        "sort": {
          "description": "`sort [-bfnrsu] [-t SEP] [-k N[,M]]…` as GNU sort in the C.UTF-8 locale (byte order); every output line ends with a newline.",
          "type": "object",
          "properties": {
            "keys": {
              "description": "`-k`: the keys compared in order; the whole line when absent. Unless `unique`, lines whose keys are equal are ordered by the whole line.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/sortKey"
              }
            },
            "numeric": {
              "description": "`-n`: compare as numbers (keys without options of their own).",
              "type": "boolean"
            },
            "reverse": {
              "description": "`-r`: reverse the order (of keys without options of their own, and of the whole-line comparison).",
              "type": "boolean"
            },
            "unique": {
              "description": "`-u`: only the first of lines whose keys compare equal.",
              "type": "boolean"
            },
            "fold-case": {
              "description": "`-f`: compare with ASCII letters upper-cased (keys without options of their own).",
              "type": "boolean"
            },
            "skip-blanks": {
              "description": "`-b`: keys start after their leading blanks (keys without options of their own).",
              "type": "boolean"
            },
            "stable": {
              "description": "`-s`: lines whose keys compare equal keep their input order.",
              "type": "boolean"
            },
            "ordering": {
              "description": "`-g` (`general`: floating-point numbers), `-h` (`human`: K, M, G… suffixes), `-V` (`version`): how keys without options of their own compare.",
              "$ref": "#/$defs/sortOrdering"
            },
            "check": {
              "description": "`-c` (`diagnose`: the first disorder on standard error) or `-C` (`quiet`): only check that the input is sorted; status 1 when not.",
              "enum": [
                "diagnose",
                "quiet"
              ]
            },
            "output": {
              "description": "`-o FILE`: the sorted lines are written to this file instead of standard output.",
              "$ref": "#/$defs/template"
            },
            "files": {
              "description": "File operands, all read before sorting instead of standard input (`-` is standard input); sort opens them itself, with its messages.",
              "$ref": "#/$defs/templates"
            },
            "separator": {
              "description": "`-t SEP`: the one byte between fields; without it a field is a run of blanks and the non-blanks after it.",
              "type": "string",
              "minLength": 1
            }
          },
          "additionalProperties": false
        },
        "uniq": {
          "description": "`uniq [-c] [-d] [-u] [-i] [-f N] [-s N] [-w N]`: each run of equal adjacent lines (compared byte for byte, or the part the options select) written once, with a newline.",
          "type": "object",
          "properties": {
            "count": {
              "description": "`-c`: each line preceded by its number of occurrences, right-aligned in 7 columns, and a space.",
              "type": "boolean"
            },
            "repeated": {
              "description": "`-d`: only lines that occurred more than once.",
              "type": "boolean"
            },
            "unique": {
              "description": "`-u`: only lines that occurred once (with `repeated`: nothing).",
              "type": "boolean"
            },
            "ignore-case": {
              "description": "`-i`: letters compared without case.",
              "type": "boolean"
            },
            "skip-fields": {
              "description": "`-f N`: the first N fields (blanks, then non-blanks) are not compared.",
              "type": "integer",
              "minimum": 0
            },
            "skip-chars": {
              "description": "`-s N`: then N more bytes are not compared.",
              "type": "integer",
              "minimum": 0
            },
            "check-chars": {
              "description": "`-w N`: at most N bytes are compared after those.",
              "type": "integer",
              "minimum": 0
            },
            "file": {
              "description": "The input file operand instead of standard input (`-` is standard input); uniq opens it itself, with its messages.",
              "$ref": "#/$defs/template"
            }
          },
          "additionalProperties": false
        },
        "cut": {
          "description": "`cut -f LIST [-d SEP] [-s] [--output-delimiter=STR]`, `cut -b LIST`, `cut -c LIST` (GNU cut counts bytes for `-c`), each with `--complement`: the selected positions of each line in input order, each line ending with a newline.",
          "type": "object",
          "oneOf": [
            {
              "required": [
                "fields"
              ]
            },
            {
              "required": [
                "bytes"
              ],
              "not": {
                "anyOf": [
                  {
                    "required": [
                      "delimiter"
                    ]
                  },
                  {
                    "required": [
                      "only-delimited"
                    ]
                  },
                  {
                    "required": [
                      "output-delimiter"
                    ]
                  }
                ]
              }
            }
          ],
          "properties": {
            "fields": {
              "description": "`-f LIST`: fields, numbered from 1 (`1,3-4,6-`, `-2`).",
              "$ref": "#/$defs/cutList"
            },
            "bytes": {
              "description": "`-b LIST`, `-c LIST`: byte positions, numbered from 1.",
              "$ref": "#/$defs/cutList"
            },
            "delimiter": {
              "description": "`-d SEP`: the one byte between fields (a tab when absent).",
              "type": "string",
              "minLength": 1
            },
            "only-delimited": {
              "description": "`-s`: lines without the delimiter are not written.",
              "type": "boolean"
            },
            "complement": {
              "description": "`--complement`: the positions not in the list are kept instead.",
              "type": "boolean"
            },
            "output-delimiter": {
              "description": "`--output-delimiter=STR`: written between the kept fields instead of the delimiter.",
              "type": "string",
              "minLength": 1
            },
            "files": {
              "description": "File operands, cut in order instead of standard input (`-` is standard input); cut opens them itself, with its messages.",
              "$ref": "#/$defs/templates"
            }
          },
          "additionalProperties": false
        },
        "awk": {
          "description": "`awk [-F fs] [-v name=value]… 'program' [operand…]`, run as mawk runs it.",
          "type": "object",
          "required": [
            "program"
          ],
          "properties": {
            "program": {
              "description": "The program text, exactly as awk receives it (parsed when the document is compiled).",
              "type": "string"
            },
            "field-separator": {
              "description": "`-F fs`, before awk processes its escapes.",
              "$ref": "#/$defs/template"
            },
            "assignments": {
              "description": "`-v name=value`, in order.",
              "type": "array",
              "items": {
                "type": "object",
                "required": [
                  "name",
                  "value"
                ],
                "properties": {
                  "name": {
                    "type": "string",
                    "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
                  },
                  "value": {
                    "$ref": "#/$defs/template"
                  }
                },
                "additionalProperties": false
              }
            },
            "operands": {
              "description": "Files and `name=value` operands, in order (`-` is standard input).",
              "type": "array",
              "items": {
                "$ref": "#/$defs/template"
              }
            }
          },
          "additionalProperties": false
        },
        "headTailCount": {
          "type": "object",
          "required": [
            "unit",
            "count"
          ],
          "properties": {
            "unit": {
              "enum": [
                "lines",
                "bytes"
              ]
            },
            "count": {
              "description": "The count as the command receives it: optional `-`/`+`, digits, optional multiplier suffix (`K`, `kB`, `M`, …).",
              "$ref": "#/$defs/template"
            },
            "files": {
              "description": "File operands instead of standard input (`-` is standard input); the command opens them itself, with its messages and, for several, its `==> NAME <==` headers.",
              "$ref": "#/$defs/templates"
            }
          },
          "additionalProperties": false
        },
        "cutList": {
          "type": "string",
          "pattern": "^([0-9]+(-[0-9]*)?|-[0-9]+)(,([0-9]+(-[0-9]*)?|-[0-9]+))*$"
        },
        "sortKey": {
          "description": "`-k FROM[,TO]`: whole fields, numbered from 1; a key with none of the options below takes the global ones.",
          "type": "object",
          "required": [
            "from"
          ],
          "properties": {
            "from": {
              "type": "integer",
              "minimum": 1
            },
            "to": {
              "description": "Last field of the key (through the end of the line when absent).",
              "type": "integer",
              "minimum": 1
            },
            "numeric": {
              "description": "The key's own `n` option.",
              "type": "boolean"
            },
            "reverse": {
              "description": "The key's own `r` option.",
              "type": "boolean"
            },
            "fold-case": {
              "description": "The key's own `f` option.",
              "type": "boolean"
            },
            "ordering": {
              "$ref": "#/$defs/sortOrdering"
            },
            "skip-blanks": {
              "description": "The key's own `b` option (written after its first field number).",
              "type": "boolean"
            }
          },
          "additionalProperties": false
        },
        "seconds": {
          "description": "Seconds: a number, or a template when the value comes from a variable.",
          "oneOf": [
            {
              "type": "number",
              "minimum": 0
            },
            {
              "$ref": "#/$defs/template"
            }
          ]
        }
      }
    }
    """# + "\n"
}
