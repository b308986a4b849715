/// A command of a pipeline that reads its input as it arrives and may stop before its end.
///
/// The pipeline (`PipelineSegment`) gives it the bytes its writer writes, in order; it
/// answers with what it writes in turn and, once it will read no more, how many of the bytes
/// just given it read. Its input pipe then tells the writer whether it fails (`StagePipe`).
/// A command that needs its whole input (`sort`, `jq`, `tail`) is not one: the pipeline
/// collects its input and runs it when the input has ended.
protocol StreamingFilter {
  /// Reads `bytes`, the next part of the input.
  mutating func consume(_ bytes: ArraySlice<UInt8>) -> StreamStep
  /// The input ended, or the filter stopped: what it writes last, its status and messages.
  /// A filter that read all its input first and only then knew where it would have stopped
  /// (`sed q`, `awk … exit`) says so in `FilterResult.consumed`.
  mutating func finish() -> FilterResult
}

/// What a streaming filter did with one part of its input.
struct StreamStep {
  /// The bytes it wrote.
  var output: [UInt8] = []
  /// nil while it wants more input; else how many of the given bytes it read before exiting.
  var stop: Int?
}
