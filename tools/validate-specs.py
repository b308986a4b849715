#!/usr/bin/env python3
"""Validates compiled YAML specs against their JSON Schemas.

    python3 tools/validate-specs.py DIR...

Every `*.yaml` under each DIR (a file may also be named directly) is checked against the
schema its first line names, `# yaml-language-server: $schema=schema/scenario.schema.json`,
resolved relative to the YAML file. Errors print as `path: location: message`; the exit
status is 1 when any file fails, 0 otherwise. Needs PyYAML and jsonschema (draft 2020-12).
"""

import hashlib
import json
import multiprocessing
import os
import re
import sys
from pathlib import Path

try:
    import yaml
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012
    from jsonschema.exceptions import SchemaError
except ImportError as error:
    sys.exit(f"validate-specs: {error.name} is missing: python3 -m pip install pyyaml jsonschema")

SCHEMA_LINE = re.compile(r"^#\s*yaml-language-server:\s*\$schema=(\S+)\s*$")


class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """SafeLoader that reads scalars as the Swift side (Yams) does: floats may omit the dot
    (Yams writes `sleep: 6e+0`), timestamp-like scalars stay strings; duplicate keys, which
    PyYAML would silently collapse, are errors. libyaml's parser when PyYAML has it (Debian's
    python3-yaml does), the same resolvers and constructors either way."""


FLOAT = "tag:yaml.org,2002:float"
Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", FLOAT)
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
# Yams's float rule (plain integers left to the int rule).
Loader.add_implicit_resolver(
    FLOAT,
    re.compile(
        r"""^(?:[-+]?[0-9][0-9_]*(?:\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[eE][-+]?[0-9]+)
        |\.[0-9_]+(?:[eE][-+]?[0-9]+)?
        |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
        |[-+]?\.(?:inf|Inf|INF)
        |\.(?:nan|NaN|NAN))$""",
        re.X,
    ),
    list("-+0123456789."),
)


def construct_mapping(loader, node, deep=False):
    loader.flatten_mapping(node)
    mapping = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node, deep=deep)
    return mapping


Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)


def yaml_files(arguments):
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            yield from sorted(path.rglob("*.yaml"))
        else:
            yield path


def location(error):
    return "/".join(str(part) for part in error.absolute_path) or "(root)"


def alternatives(error):
    """The context errors of a `oneOf`/`anyOf` failure, grouped by alternative, in order."""
    groups = {}
    for sub in error.context:
        groups.setdefault(sub.relative_schema_path[0], []).append(sub)
    return [groups[index] for index in sorted(groups)]


def missing_keys(errors, depth):
    """The keys whose absence made every error of `errors` fail at instance depth `depth`."""
    keys = []
    for sub in errors:
        if len(sub.absolute_path) != depth:
            continue
        if sub.validator == "required":
            keys += [key for key in sub.validator_value if key not in sub.instance]
        elif sub.validator in ("anyOf", "oneOf"):
            for group in alternatives(sub):
                keys += missing_keys(group, depth)
    return keys


def unexpected_keys(errors, depth):
    """Keys refused by `additionalProperties: false` at instance depth `depth`."""
    keys = []
    for sub in errors:
        if sub.validator == "additionalProperties" and len(sub.absolute_path) == depth:
            allowed = sub.schema.get("properties", {})
            keys += [key for key in sub.instance if key not in allowed]
    return keys


def describe(error):
    """Readable messages for one error. A failed `oneOf`/`anyOf` of single-key mappings (steps,
    filters, conditions…) is explained through the alternative whose key is present, by the
    keys that cannot appear together, or by the keys it expected when none is present."""
    depth = len(error.absolute_path)
    where = location(error)
    if error.validator in ("oneOf", "anyOf") and error.context:
        chosen = [
            group
            for group in alternatives(error)
            if not missing_keys(
                [sub for sub in group if sub.validator != "additionalProperties"], depth
            )
        ]
        if len(chosen) == 1:
            return [message for sub in chosen[0] for message in describe(sub)]
        if len(chosen) > 1:
            keys = [key for group in chosen for key in unexpected_keys(group, depth)]
            if keys:
                return [f"{where}: {', '.join(dict.fromkeys(keys))} cannot appear together"]
        keys = list(dict.fromkeys(missing_keys(error.context, depth)))
        if keys and not chosen:
            return [f"{where}: expected one of the keys {', '.join(keys)}"]
    if error.validator == "oneOf" and not error.context:
        return [f"{where}: matches more than one of the alternatives"]
    if "propertyNames" in error.relative_schema_path:
        return [f"{where}: unknown key {error.instance!r}"]
    if error.validator == "pattern" and "title" in error.schema:
        return [f"{where}: {error.instance!r} is not a valid {error.schema['title']}"]
    if error.validator == "not" and isinstance(error.validator_value, dict):
        if "description" in error.validator_value:
            return [f"{where}: {error.validator_value['description']}"]
    message = error.message
    if len(message) > 300:
        message = message[:300] + "…"
    return [f"{where}: {message}"]


class Validators:
    def __init__(self):
        self.cache = {}
        self.registries = {}
        # Digests of schema texts already checked: every specs folder carries the same schemas.
        self.checked = set()

    def registry(self, directory):
        """The schema files of `directory`, each checked against the metaschema once (checking
        is most of the time a small run takes), as a registry for `$ref`s."""
        if directory not in self.registries:
            resources = []
            for sibling in sorted(directory.glob("*.schema.json")):
                text = sibling.read_text(encoding="utf-8")
                contents = json.loads(text)
                digest = hashlib.sha256(text.encode()).digest()
                if digest not in self.checked:
                    Draft202012Validator.check_schema(contents)
                    self.checked.add(digest)
                resources.append((sibling.as_uri(), Resource.from_contents(contents, default_specification=DRAFT202012)))
            self.registries[directory] = Registry().with_resources(resources)
        return self.registries[directory]

    def get(self, schema_path):
        """A validator for the schema file; relative `$ref`s (`steps.schema.json#/…`) resolve
        to the schema files beside it, as editors resolve them."""
        key = schema_path.resolve()
        if key not in self.cache:
            registry = self.registry(key.parent)
            schema = dict(json.loads(key.read_text(encoding="utf-8")))
            schema["$id"] = key.as_uri()
            self.cache[key] = Draft202012Validator(schema, registry=registry)
        return self.cache[key]


def validate(path, validators):
    """Error messages for one file, empty when it is valid."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        return [f"cannot read: {error.strerror}"]
    match = SCHEMA_LINE.match(text.split("\n", 1)[0])
    if not match:
        return ["first line does not name a schema (# yaml-language-server: $schema=…)"]
    schema_path = path.parent / match.group(1)
    try:
        validator = validators.get(schema_path)
    except (OSError, ValueError) as error:
        return [f"cannot load schema {schema_path}: {error}"]
    except SchemaError as error:
        return [f"invalid schema {schema_path}: {error.message}"]
    try:
        document = yaml.load(text, Loader=Loader)
    except yaml.YAMLError as error:
        problem = getattr(error, "problem", None) or str(error).replace("\n", " ")
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        return [f"{where}YAML: {problem}"]
    errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    return [message for error in errors for message in describe(error)]


VALIDATORS = Validators()


def validate_each(path):
    return validate(path, VALIDATORS)


def main(arguments):
    if not arguments:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    paths = list(yaml_files(arguments))
    # The schemas are loaded and checked once, before the workers fork, which inherit them.
    for path in paths:
        try:
            with path.open(encoding="utf-8") as file:
                match = SCHEMA_LINE.match(file.readline().rstrip("\n"))
            if match:
                VALIDATORS.get(path.parent / match.group(1))
        except (OSError, ValueError, SchemaError):
            pass  # `validate` reports it for that file
    workers = min(os.cpu_count() or 1, max(1, len(paths) // 20))
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            results = pool.map(validate_each, paths, chunksize=8)
    else:
        results = [validate_each(path) for path in paths]
    count = 0
    failed = 0
    for path, errors in zip(paths, results):
        count += 1
        if errors:
            failed += 1
        for message in errors:
            print(f"{path}: {message}")
    summary = f"validated {count} files"
    if failed:
        summary += f", {failed} invalid"
    print(summary)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
