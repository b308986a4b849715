import Synchronization

/// A run of streaming commands of a pipeline (`head`, `grep`, `tr`, `cut`, …) after one writer,
/// up to the next command that needs its whole input (whose input it collects) or the
/// pipeline's sink.
///
/// The writer (curl as the body arrives, any other command when it has run) calls `write`;
/// each command reads what reaches it and writes on, through a `StagePipe` that decides
/// whether a write fails because its reader has exited. Calls come one at a time (the
/// transport's output callback is awaited), the lock only makes the segment `Sendable`.
/// Nothing is kept of the bytes that pass but the `ByteRecord`s of the failure report.
final class PipelineSegment: Sendable {
  private struct State {
    /// `pipes[k]` leads into `filters[k]`; the last one into the collector.
    var pipes: [StagePipe]
    var filters: [any StreamingFilter]
    /// Input bytes each filter has read.
    var consumed: [Int]
    /// Set when a filter has exited.
    var results: [FilterResult?]
    var inputs: [ByteRecord]
    var outputs: [ByteRecord]
    /// What reaches the end: the next whole-input command's input, or the sink.
    var collected: [UInt8] = []
    /// Whether the end is the sink (written through) rather than `collected`.
    let sink: OutputTarget?
    /// Everything the writer wrote, for the failure report.
    var written = ByteRecord()
  }

  private let state: Mutex<State>

  /// `filters` read in turn; the last one's output goes to `sink`, or is collected for the
  /// command after them when `sink` is nil.
  init(filters: sending [any StreamingFilter], sink: OutputTarget?) {
    state = Mutex(
      State(
        pipes: Array(repeating: StagePipe(), count: filters.count + 1), filters: filters,
        consumed: Array(repeating: 0, count: filters.count),
        results: Array(repeating: nil, count: filters.count),
        inputs: Array(repeating: ByteRecord(), count: filters.count),
        outputs: Array(repeating: ByteRecord(), count: filters.count), sink: sink))
  }

  /// The writer writes `bytes`; false when the write fails (broken pipe).
  func write(_ bytes: [UInt8]) -> Bool {
    guard !bytes.isEmpty else { return !state.withLock { $0.pipes[0].broken } }
    return state.withLock { state in
      guard state.pipes[0].write(bytes.count) else { return false }
      state.written.append(bytes[...])
      Self.deliver(bytes[...], to: 0, &state)
      return !state.pipes[0].broken
    }
  }

  /// The writer has exited: each command still reading sees the end of its input.
  func end() {
    state.withLock { state in
      for index in state.filters.indices { Self.exit(index, &state) }
    }
  }

  /// The command after the segment read only `consumed` bytes of what was collected.
  func collectorStopped(after consumed: Int) {
    state.withLock { $0.pipes[$0.pipes.count - 1].readerStopped(after: consumed) }
  }

  /// Whether the writer's last write failed, or would have (its reader went away while it
  /// was blocked on the full pipe).
  var writerBroken: Bool { state.withLock { $0.pipes[0].broken } }

  var collected: [UInt8] { state.withLock { $0.collected } }

  /// What the writer wrote.
  var written: ByteRecord { state.withLock { $0.written } }

  /// Each streaming command's result, input and output, in order (after `end`).
  var parts: [(FilterResult, ByteRecord, ByteRecord)] {
    state.withLock { state in
      state.filters.indices.map { index in
        var result = state.results[index] ?? FilterResult(output: [])
        // A command whose write failed died of SIGPIPE.
        if state.pipes[index + 1].broken { result.status = StagePipe.brokenPipeStatus }
        return (result, state.inputs[index], state.outputs[index])
      }
    }
  }

  private static func deliver(_ bytes: ArraySlice<UInt8>, to index: Int, _ state: inout State) {
    guard index < state.filters.count else {
      if let sink = state.sink {
        sink.write(Array(bytes))
      } else {
        state.collected += bytes
      }
      return
    }
    // A command reads a pipe a buffer at a time, and writes what it made of it before it
    // reads on: when its reader exits, it dies with what it read so far.
    var start = bytes.startIndex
    while start < bytes.endIndex, state.results[index] == nil {
      let end = min(start + readSize, bytes.endIndex)
      read(bytes[start..<end], by: index, &state)
      start = end
    }
  }

  /// How much a command reads from a pipe at once (coreutils' and sed's buffers are 4 to
  /// 32 KiB, grep's 96 KiB).
  static let readSize = 16_384

  private static func read(_ bytes: ArraySlice<UInt8>, by index: Int, _ state: inout State) {
    state.inputs[index].append(bytes)
    let step = state.filters[index].consume(bytes)
    let read = step.stop ?? bytes.count
    state.consumed[index] += read
    if !step.output.isEmpty {
      if state.pipes[index + 1].write(step.output.count) {
        state.outputs[index].append(step.output[...])
        deliver(step.output[...], to: index + 1, &state)
        // Its reader exited while it was blocked writing more than the pipe holds.
        if state.pipes[index + 1].broken {
          exit(index, &state)
          return
        }
      } else {
        // Killed by SIGPIPE as it wrote: it reads no more.
        exit(index, &state)
        return
      }
    }
    if step.stop != nil { exit(index, &state) }
  }

  /// Command `index` exits: its input pipe's writer may fail now, and the commands after it
  /// see the end of their input.
  private static func exit(_ index: Int, _ state: inout State) {
    guard state.results[index] == nil else { return }
    state.pipes[index].readerStopped(after: state.consumed[index])
    let result = state.filters[index].finish()
    state.results[index] = result
    if !result.output.isEmpty, state.pipes[index + 1].write(result.output.count) {
      state.outputs[index].append(result.output[...])
      deliver(result.output[...], to: index + 1, &state)
    }
    for later in state.filters.indices where later > index { exit(later, &state) }
  }
}
