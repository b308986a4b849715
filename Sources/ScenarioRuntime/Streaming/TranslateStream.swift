import SpecModel

/// `tr` reading a pipe: it works byte by byte, so each part is translated as it arrives
/// (`TranslateFilter`); with `-s` a run of a squeezed byte that spans two parts is one byte.
struct TranslateStream: StreamingFilter {
  let translation: Translation
  /// The bytes `-s` squeezes.
  private let squeezed: [Bool]
  private var last: UInt8?
  private var ran = false
  private var failure: FilterResult?

  init(_ translation: Translation) {
    self.translation = translation
    var squeezed = [Bool](repeating: false, count: 256)
    if translation.squeeze || translation.deleteThenSqueeze {
      for byte in (translation.set2 ?? "").utf8 { squeezed[Int(byte)] = true }
    }
    self.squeezed = squeezed
  }

  mutating func consume(_ bytes: ArraySlice<UInt8>) -> StreamStep {
    guard failure == nil else { return StreamStep(stop: 0) }
    var result = TranslateFilter.run(translation, input: Array(bytes))
    ran = true
    // An operand error: tr exits before it reads.
    guard result.status == 0 else {
      failure = result
      return StreamStep(stop: 0)
    }
    if let last, let first = result.output.first, first == last, squeezed[Int(first)] {
      result.output.removeFirst()
    }
    if let end = result.output.last { last = end }
    return StreamStep(output: result.output)
  }

  mutating func finish() -> FilterResult {
    if let failure { return failure }
    // Operand errors are said even when there is no input.
    return ran ? FilterResult(output: []) : TranslateFilter.run(translation, input: [])
  }
}
