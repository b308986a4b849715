/// `cat` and `tee FILE…` reading a pipe: each part goes on (and into the files) as it
/// arrives (`TeeFilter.Writer`).
struct TeeStream: StreamingFilter {
  private var writer: TeeFilter.Writer
  /// What went to `/dev/stderr`, and messages.
  private var stderr: [UInt8] = []

  init(_ writer: TeeFilter.Writer) {
    self.writer = writer
  }

  mutating func consume(_ bytes: ArraySlice<UInt8>) -> StreamStep {
    let result = writer.write(bytes)
    stderr += result.stderr
    return StreamStep(output: result.output)
  }

  mutating func finish() -> FilterResult {
    // The files are created even when nothing was read.
    if !writer.started { stderr += writer.write([]).stderr }
    return FilterResult(output: [], status: writer.status, stderr: stderr)
  }
}
