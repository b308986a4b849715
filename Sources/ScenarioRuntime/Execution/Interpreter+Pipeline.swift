import Shell
import SpecModel

/// What one command of a pipeline left: its output (unless streamed), status and error output.
struct PartResult: Sendable {
  var output: [UInt8] = []
  var status: Int32 = 0
  var stderr: [UInt8] = []
  /// A `< FILE` source that could not be opened: the command it was for does not run.
  var consumesFirstFilter = false
  /// A `< FILE` source that is a directory: it opens, and the command's read fails.
  var inputIsDirectory = false
  /// Input bytes the command read before it exited, when it stopped early (`grep -q`).
  var consumed: Int?
  /// What the command read, for the failure report.
  var input = ByteRecord()
  /// How the command fails when a write finds its reader gone, when not by `SIGPIPE`
  /// (curl: 23 and its message).
  var writeFailure: (status: Int32, message: [UInt8])?
  /// Whether a write already failed while it ran (curl reported it itself).
  var refusedWrite = false
}

extension PartResult {
  /// What a command run in-process (`date`, `seq`) wrote and how it exited.
  init(_ result: FilterResult) {
    self.init(
      output: result.output, status: result.status, stderr: result.stderr,
      consumed: result.consumed)
  }
}

/// Pipelines: source, filters, sink, with bash's redirections and `pipefail`.
///
/// A pipeline of several commands, or one inside `$(…)`, runs its commands in subshells: an
/// expansion error (`set -u`) fails that command with status 1 instead of ending the shell.
/// A lone command's expansion error ends the shell, as in bash.
///
/// `2>&1` (`errors: stdout`) sends each command's error output along with its output: the
/// source's then flows through the filters (the IR does not say which command carried it).
extension Interpreter {
  func runPipeline(_ pipeline: Pipeline) async throws(ShellSignal) -> Int32 {
    var capture: String?
    if case .capture(let name) = pipeline.sink { capture = name }
    let isolated = !pipeline.filters.isEmpty || capture != nil
    var scratch = state

    // Redirections, opened before the commands run (a `> FILE` is truncated even if they fail).
    var sinkTarget: OutputTarget = .discard
    var sinkFailed = false
    var opened: [FileOutput] = []
    defer { for file in opened { file.close() } }
    // A file this redirection creates private (`umask 077`): its content is a secret.
    var privateFile: String?
    let captureBuffer = OutputBuffer()
    switch pipeline.sink {
    case .stdout: sinkTarget = stdoutTarget
    case .stderr: sinkTarget = stderrTarget
    case .discard: sinkTarget = .discard
    case .capture: sinkTarget = .buffer(captureBuffer)
    case .file(let pathTemplate, let append, let mode):
      if let path = try expandInPart(pathTemplate, isolated: isolated, scratch: &scratch) {
        let isNew = FileSystem.info(state.absolutePath(path)) == nil
        switch openRedirection(path, append: append, mode: mode) {
        case .success(let (target, file)):
          sinkTarget = target
          if let file {
            opened.append(file)
            if isNew, (mode ?? (0o666 & ~state.umask)) & 0o044 == 0 {
              privateFile = state.absolutePath(path)
            }
          }
        case .failure(let error):
          shellError("\(path): \(error.description)")
          sinkFailed = true
        }
      } else {
        sinkFailed = true
      }
    }
    // nil: merged into the output (`2>&1`).
    var errorTarget: OutputTarget? = stderrTarget
    switch pipeline.errors {
    case nil: break
    case .discard?: errorTarget = .discard
    case .stdout?: errorTarget = nil
    case .file(let pathTemplate, let append)?:
      guard let path = try expandInPart(pathTemplate, isolated: isolated, scratch: &scratch) else {
        return 1
      }
      switch openRedirection(path, append: append, mode: nil) {
      case .success(let (target, file)):
        errorTarget = target
        if let file { opened.append(file) }
      case .failure(let error):
        shellError("\(path): \(error.description)")
        return 1
      }
    }
    if sinkFailed && pipeline.filters.isEmpty { return 1 }

    // The commands run as in a pipe (`PipelineSegment`): the source writes its bytes as they
    // arrive (curl) or when it has run; streaming commands (`head`, `grep`, `tr`, …) read
    // them at once and may exit early, which makes their writer fail as it would under bash; a
    // command that needs its whole input runs when its input has ended.
    let sinkEnd: OutputTarget = sinkFailed ? .discard : sinkTarget
    var filters = pipeline.filters[...]
    var statuses: [Int32] = []
    var parts: [PipelinePart] = []
    var segment: PipelineSegment
    var writer: PartResult
    switch pipeline.source {
    case .request, .curl:
      segment = makeSegment(&filters, sink: sinkEnd, scratch: scratch)
      writer = try await runSource(
        pipeline.source, isolated: isolated, scratch: &scratch, stream: segment)
    case .shell(let steps) where pipeline.filters.isEmpty:
      // Without filters the stage writes straight to the sink as its bytes arrive.
      let status = try await runStage(
        steps, input: nil, output: sinkEnd, errors: errorTarget ?? sinkEnd)
      segment = PipelineSegment(filters: [], sink: sinkEnd)
      writer = PartResult(status: status)
    case .shell(let steps):
      let buffer = OutputBuffer()
      let status = try await runStage(
        steps, input: nil, output: .buffer(buffer), errors: errorTarget ?? .buffer(buffer))
      segment = makeSegment(&filters, sink: sinkEnd, scratch: scratch)
      writer = PartResult(output: buffer.contents, status: status)
    default:
      writer = try await runSource(
        pipeline.source, isolated: isolated, scratch: &scratch, stream: nil)
      if writer.inputIsDirectory, let first = filters.first,
        let failed = failingRead(of: first, scratch: scratch)
      {
        writer = failed
      }
      if writer.consumesFirstFilter, capture != nil, pipeline.filters.isEmpty, state.errexit {
        // `$(< FILE)` that cannot be opened ends the shell under `set -e`, even as a condition
        // or before `||` (bash 5.2).
        stderrTarget.write(writer.stderr)
        recordFailure(line: currentLine, status: 1)
        throw .exit(1, failure: lastFailure)
      }
      if writer.consumesFirstFilter { filters = filters.dropFirst() }
      segment = makeSegment(&filters, sink: sinkEnd, scratch: scratch)
    }
    let skippedFilters = writer.consumesFirstFilter ? 1 : 0
    while true {
      // Written as a command writes into a pipe, a pipe's worth at a time, until a write fails.
      var offset = 0
      repeat {
        let end = min(offset + StagePipe.capacity, writer.output.count)
        guard segment.write(Array(writer.output[offset..<end])) else { break }
        offset = end
      } while offset < writer.output.count
      if let errorTarget {
        errorTarget.write(writer.stderr)
      } else {
        _ = segment.write(writer.stderr)
      }
      segment.end()
      // The command that needs its whole input, after the streaming ones.
      var next: PartResult?
      if let filter = filters.first {
        try checkCancellation()
        if case .shell(let steps) = filter {
          next = try await runShellFilter(steps, input: segment.collected, errors: errorTarget)
        } else if case .xargs(let xargs) = filter {
          next = try await runXargs(xargs, input: segment.collected, errors: errorTarget)
        } else {
          next = runFilter(filter, input: segment.collected, scratch: scratch)
        }
        if let consumed = next?.consumed { segment.collectorStopped(after: consumed) }
      }
      if segment.writerBroken && !writer.refusedWrite {
        // Its reader went away while it wrote: SIGPIPE, or curl's write error.
        writer.status = writer.writeFailure?.status ?? StagePipe.brokenPipeStatus
        if let message = writer.writeFailure?.message {
          if let errorTarget { errorTarget.write(message) }
          writer.stderr += message
        }
      }
      statuses.append(writer.status)
      parts.append(
        PipelinePart(input: writer.input, output: segment.written, stderr: writer.stderr))
      for (result, input, output) in segment.parts {
        // A streaming command's messages (with `2>&1`, they reach the pipeline's output).
        (errorTarget ?? sinkEnd).write(result.stderr)
        statuses.append(result.status)
        parts.append(PipelinePart(input: input, output: output, stderr: result.stderr))
      }
      guard var next else { break }
      filters = filters.dropFirst()
      next.input = ByteRecord(segment.collected)
      segment = makeSegment(&filters, sink: sinkEnd, scratch: scratch)
      writer = next
    }
    if sinkFailed { statuses[statuses.count - 1] = 1 }
    lastPipelineStatuses = statuses
    let status =
      state.pipefail ? (statuses.last { $0 != 0 } ?? 0) : (statuses.last ?? 0)
    if status != 0 {
      noteVerdict(
        pipelineVerdict(
          pipeline, statuses: statuses, parts: parts,
          skippedFilters: skippedFilters, sinkFailed: sinkFailed,
          scratch: scratch))
    }
    if let capture {
      let value = captureValue(captureBuffer.contents)
      if CredentialOrigin.capturesCredential(pipeline) {
        run.addSecrets(value.split(whereSeparator: \.isNewline).map(String.init) + [value])
      }
      setVariable(capture, value)
    }
    if let privateFile { registerPrivateContent(of: privateFile) }
    return status
  }

  /// Expands a word of a pipeline command: in an isolated command an error prints bash's
  /// message and returns nil (the command fails with 1); otherwise it ends the shell.
  func expandInPart(_ template: Template, isolated: Bool, scratch: inout ShellState)
    throws(ShellSignal) -> String?
  {
    guard isolated else { return try expand(template) }
    do {
      return try scratch.expand(template)
    } catch {
      shellError(error.message)
      return nil
    }
  }

  /// Expands the optional words of a command, in order; nil when one fails (see `expandInPart`).
  func expandOptionalInPart(
    _ templates: [Template?], _ isolated: Bool, _ scratch: inout ShellState
  ) throws(ShellSignal) -> [String?]? {
    var words: [String?] = []
    for template in templates {
      guard let template else {
        words.append(nil)
        continue
      }
      guard let word = try expandInPart(template, isolated: isolated, scratch: &scratch) else {
        return nil
      }
      words.append(word)
    }
    return words
  }

  /// Opens an output redirection target (`/dev/null`, `/dev/stdout` and `/dev/stderr` as bash
  /// treats them). New files get `mode`, or `0666 & ~umask`.
  func openRedirection(_ path: String, append: Bool, mode: Int?)
    -> Result<(OutputTarget, FileOutput?), SystemError>
  {
    switch path {
    case "/dev/null": return .success((.discard, nil))
    case "/dev/stdout", "/dev/fd/1": return .success((stdoutTarget, nil))
    case "/dev/stderr", "/dev/fd/2": return .success((stderrTarget, nil))
    default: break
    }
    if path.isEmpty { return .failure(.notFound) }
    let fileMode = mode ?? (0o666 & ~state.umask)
    return FileOutput.open(path: state.absolutePath(path), append: append, mode: fileMode)
      .map { (.file($0), $0) }
  }

  private func runSource(
    _ source: Source, isolated: Bool, scratch: inout ShellState, stream: PipelineSegment?
  ) async throws(ShellSignal) -> PartResult {
    var result = PartResult()
    switch source {
    case .empty, .shell:
      break
    case .stdin:
      result.output = stdin?.readAll() ?? []
    case .echo(let call):
      guard let text = try echoText(call, isolated: isolated, scratch: &scratch) else {
        return PartResult(status: 1)
      }
      result.output = Array(text.utf8)
    case .text(let template):
      guard let text = try expandInPart(template, isolated: isolated, scratch: &scratch) else {
        return PartResult(status: 1)
      }
      result.output = Array(text.utf8)
    case .file(let template):
      guard let path = try expandInPart(template, isolated: isolated, scratch: &scratch) else {
        return PartResult(status: 1)
      }
      // `< FILE`: bash opens it; a directory opens, and reading it fails (see
      // `DirectoryStandardInput`).
      switch FileSystem.readFile(path.isEmpty ? "" : state.absolutePath(path)) {
      case .success(let bytes): result.output = bytes
      case .failure(.isDirectory): result.inputIsDirectory = true
      case .failure(let error):
        result.status = 1
        result.stderr = Array("\(shellMessagePrefix)\(path): \(error.description)\n".utf8)
        result.consumesFirstFilter = true
      }
    case .printf(let call):
      guard
        let words = try expandWordsInPart(call.arguments, isolated: isolated, scratch: &scratch)
      else { return PartResult(status: 1) }
      let printf = BashPrintf.format(call.format, arguments: words)
      if let variable = call.variable {
        // `printf -v NAME`: assigned in the shell the command runs in (a stage's is a subshell).
        let text = String(decoding: printf.output, as: UTF8.self)
        if isolated {
          scratch.assign(variable, text)
        } else {
          setVariable(variable, text)
        }
      } else {
        result.output = printf.output
      }
      if !printf.invalidNumbers.isEmpty {
        result.status = 1
        for text in printf.invalidNumbers {
          result.stderr += Array("\(shellMessagePrefix)printf: \(text): invalid number\n".utf8)
        }
      }
    case .request(let request):
      return try await perform(request, isolated: isolated, scratch: &scratch, stream: stream)
    case .curl(let call):
      return try await perform(call, isolated: isolated, scratch: &scratch, stream: stream)
    case .date(let date):
      var format: Template?
      if case .format(let template) = date.output { format = template }
      guard let words = try expandOptionalInPart([date.date, format], isolated, &scratch) else {
        return PartResult(status: 1)
      }
      result = PartResult(
        DateSource.run(date, dateText: words[0], format: words[1], now: state.clock.wallTime))
    case .sequence(let seq):
      guard
        let words = try expandOptionalInPart(
          [seq.first, seq.increment, seq.last, seq.separator, seq.format], isolated, &scratch)
      else { return PartResult(status: 1) }
      result = PartResult(
        SeqSource.run(
          first: words[0], increment: words[1], last: words[2] ?? "", separator: words[3],
          equalWidth: seq.equalWidth, format: words[4]))
    case .random(let call):
      guard let words = try expandOptionalInPart([call.bytes], isolated, &scratch) else {
        return PartResult(status: 1)
      }
      result = PartResult(RandomSource.run(call, count: words[0]))
    case .printenv(let call):
      guard let words = try expandOptionalInPart(call.names, isolated, &scratch) else {
        return PartResult(status: 1)
      }
      let environment = state.environment
      result = PartResult(PrintenvSource.run(names: words.map { $0 ?? "" }) { environment[$0] })
    case .workingDirectory(let physical):
      let directory = isolated ? scratch.workingDirectory : state.workingDirectory
      result = PartResult(
        WorkingDirectorySource.run(
          physical: physical, directory, messagePrefix: shellMessagePrefix))
    case .realpath(let call):
      guard let words = try expandOptionalInPart(call.names, isolated, &scratch) else {
        return PartResult(status: 1)
      }
      result = PartResult(
        RealpathSource.run(
          call, names: words.map { $0 ?? "" }, workingDirectory: state.workingDirectory))
    case .fileCommand(let call):
      guard let words = try expandWordsInPart(call.arguments, isolated: isolated, scratch: &scratch)
      else { return PartResult(status: 1) }
      let context = FileCommandContext(isolated ? scratch : state)
      result = PartResult(FileCommandRunner.run(call.command, arguments: words, context: context))
    case .pathPart(let call):
      guard
        let words = try expandOptionalInPart(call.names + [call.suffix], isolated, &scratch)
      else { return PartResult(status: 1) }
      result = PartResult(
        PathPartSource.run(
          call, names: words.dropLast().map { $0 ?? "" }, suffix: words.last ?? nil))
    }
    return result
  }

  func perform(
    _ request: Request, isolated: Bool, scratch: inout ShellState, stream: PipelineSegment?
  ) async throws(ShellSignal) -> PartResult {
    let resolution: RequestResolution
    if isolated {
      do {
        resolution = try scratch.resolve(request)
      } catch {
        shellError(error.message)
        return PartResult(status: 1)
      }
    } else {
      do {
        resolution = try state.resolve(request)
      } catch {
        throw fatal(error)
      }
    }
    switch resolution {
    case .failed(let exitCode, let stderr):
      return PartResult(status: exitCode, stderr: stderr)
    case .resolved(let resolved, let warnings):
      let collected = OutputBuffer()
      let refused = Flag()
      // Files curl creates under a private umask hold secrets (`CredentialOrigin`).
      let privateFiles =
        resolved.options.fileMode & 0o044 != 0
        ? []
        : [resolved.options.output, resolved.options.dumpHeaders].compactMap { $0 }.filter {
          $0 != "-" && $0 != "/dev/null" && FileSystem.info($0) == nil
        }
      let transfer = await run.transport.transfer(
        resolved,
        pipe: { chunk in
          guard let stream else {
            collected.append(chunk)
            return true
          }
          if stream.write(chunk) { return true }
          refused.set()
          return false
        })
      if let exchange = transfer.exchange {
        run.recordExchange(exchange, owner: owner, line: currentLine)
      }
      for path in privateFiles { registerPrivateContent(of: path) }
      try checkCancellation()
      var diagnostics = CurlDiagnostics(
        silent: resolved.options.silent, showError: resolved.options.showError)
      diagnostics.report(.writeError)
      return PartResult(
        output: collected.contents, status: transfer.exitCode, stderr: warnings + transfer.stderr,
        writeFailure: (CurlFailure.writeError.code, diagnostics.bytes),
        refusedWrite: refused.isSet)
    }
  }

  /// The streaming commands at the start of `filters` (taken off it), feeding the sink when
  /// they are the last ones, else collecting the input of the command after them.
  func makeSegment(
    _ filters: inout ArraySlice<Filter>, sink: OutputTarget, scratch: ShellState
  ) -> PipelineSegment {
    var streams: [any StreamingFilter] = []
    while let filter = filters.first,
      let stream = FilterStreams.of(
        filter,
        expand: { template in
          var copy = scratch
          return try? copy.expand(template)
        }, workingDirectory: state.workingDirectory)
    {
      streams.append(stream)
      filters = filters.dropFirst()
    }
    return PipelineSegment(filters: streams, sink: filters.isEmpty ? sink : nil)
  }

  /// `COMMAND < DIRECTORY`: the command's read fails (see `DirectoryStandardInput`); the result
  /// stands for the source and the command. nil for commands not known to fail so.
  private func failingRead(of filter: Filter, scratch: ShellState) -> PartResult? {
    guard let failure = DirectoryStandardInput.failure(of: filter) else { return nil }
    let empty = failure.runsOnEmptyInput ? runFilter(filter, input: [], scratch: scratch) : nil
    var result = PartResult(
      output: empty?.output ?? [], status: failure.status,
      stderr: Array(failure.message.utf8) + (empty?.stderr ?? []))
    result.consumesFirstFilter = true
    return result
  }

  private func runFilter(_ filter: Filter, input: [UInt8], scratch: ShellState) -> PartResult {
    var copy = scratch
    do {
      let result = try FilterRunner.run(
        filter, input: input, expand: { template in try copy.expand(template) },
        workingDirectory: state.workingDirectory, environment: { scratch.environment })
      return PartResult(result)
    } catch let error as ExpansionError {
      shellError(error.message)
      return PartResult(status: 1)
    } catch {
      shellError("\(error)")
      return PartResult(status: 1)
    }
  }
}
