import JQ

/// `jq --rawfile NAME FILE` (the file's text as a string) and `jq --slurpfile NAME FILE` (an
/// array of the JSON values in the file), read before the program runs, as jq 1.6 does; a file
/// that cannot be opened or parsed is jq's `Bad JSON in --rawfile …` message and status 2.
enum JQFileArgument {
  static func read(name: String, path: String, slurp: Bool, workingDirectory: String)
    -> Result<JQNamedArgument, JQFileArgumentError>
  {
    let option = slurp ? "--slurpfile" : "--rawfile"
    let prefix = "jq: Bad JSON in \(option) \(name) \(path): "
    let bytes: [UInt8]
    switch FileAccess.readFile(FileAccess.resolve(path, in: workingDirectory)) {
    case .success(let read): bytes = read
    case .failure(let error):
      return .failure(
        JQFileArgumentError(message: prefix + "Could not open \(path): \(error.message)\n"))
    }
    guard slurp else {
      return .success(JQNamedArgument(name: name, value: String(decoding: bytes, as: UTF8.self)))
    }
    // The values in the file, as `jq -sc .` reads them.
    let values = JQ.run(
      program: ".", input: bytes, options: JQOptions(slurp: true, compact: true),
      environment: { [:] })
    guard values.status == 0 else {
      let reason = values.stderr.split(separator: "\n").first.map(String.init) ?? ""
      let text = reason.hasPrefix("parse error: ") ? String(reason.dropFirst(13)) : reason
      return .failure(JQFileArgumentError(message: prefix + text + "\n"))
    }
    let json = String(decoding: values.stdout, as: UTF8.self)
    return .success(JQNamedArgument(name: name, value: json, json: true))
  }
}

/// What jq prints when a `--rawfile`/`--slurpfile` file cannot be used.
struct JQFileArgumentError: Error {
  var message: String
}
