import Foundation
import Synchronization

extension Array where Element: Sendable {
  /// `map(transform)` with the elements transformed on every core; the results in order.
  ///
  /// The work runs on threads of its own with a 64 MiB stack (only the pages used are
  /// committed): lowering recurses once per level of nesting (`$( $( … ) )`, up to
  /// `BashParser.maximumNesting`), and a debug build's frames for one level take tens of KiB,
  /// more than the stack of a dispatch worker (where async code, the CLI's too, runs) holds at
  /// the bound. One element too runs on such a thread.
  func concurrentMap<Result: Sendable>(_ transform: @escaping @Sendable (Element) -> Result)
    -> [Result]
  {
    guard !isEmpty else { return [] }
    let results = Mutex([Result?](repeating: nil, count: count))
    let next = Atomic<Int>(0)
    let workers = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount)
    let done = DispatchSemaphore(value: 0)
    let elements = self
    for _ in 0..<workers {
      let thread = Thread {
        while true {
          let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
          guard index < elements.count else { break }
          let result = transform(elements[index])
          results.withLock { $0[index] = result }
        }
        done.signal()
      }
      thread.stackSize = 64 << 20
      thread.start()
    }
    for _ in 0..<workers { done.wait() }
    return results.withLock { $0.map { $0! } }
  }
}
