import CJQ
import Dispatch
import Synchronization

/// A program and the names of the `--arg`/`--argjson` variables it may use: all that
/// decides whether it compiles.
struct JQCompileKey: Hashable, Sendable {
  let program: String
  /// Sorted, without duplicates.
  let names: [String]

  init(program: String, argumentNames: [String]) {
    self.program = program
    self.names = Set(argumentNames).sorted()
  }

  var bindableNames: [String] { names.filter(JQSourceTransforms.isBindable) }

  /// A transformed text is only used for programs that cannot see the names it introduces.
  var mayBeTransformed: Bool { !program.contains(JQSourceTransforms.reservedPrefix) }

  /// The named arguments as `jq_compile_args` gets them from jq's command line, with `null`
  /// for every value (values never decide whether a program compiles).
  func nullArguments() -> JV {
    var named = JV.object()
    for name in names {
      named = named.setting(name, .null())
    }
    let args = JV.object()
      .setting("positional", .array())
      .setting("named", JV(owning: named.copy()))
    return named.setting("ARGS", args)
  }
}

/// How a program is run: see `JQSourceTransforms`.
enum JQRunMode: Hashable, Sendable {
  /// `JQSourceTransforms.wrapped`: arguments read at run time.
  case wrapped
  /// `JQSourceTransforms.prefixed`: arguments compiled in.
  case prefixed
  /// The program itself, arguments compiled in (programs with module directives). jq's
  /// `stderr` builtin then writes to the process's stderr and `input_filename` is the
  /// reader's file path.
  case raw
}

/// A compiled state lent to one run; give it back with `JQEngine.giveBack`.
struct JQLease: Sendable {
  let state: JQState
  let mode: JQRunMode
  fileprivate let poolKey: PoolKey
}

private struct PoolKey: Hashable, Sendable {
  let compileKey: JQCompileKey
  let mode: JQRunMode
  /// The compiled-in arguments (as JSON) for modes other than `wrapped`.
  let arguments: String
}

/// Process-wide caches of compile verdicts, run modes and compiled states.
///
/// Every `JQState` is used by one thread at a time: a state is either held by one caller
/// (between `lease` and `giveBack`) or idle in the pool, which only this lock guards.
final class JQEngine: Sendable {
  static let shared = JQEngine()

  static let maximumVerdicts = 4096
  /// A compiled state takes ~10 KB (libjq drops the builtins a program does not use).
  static let maximumIdleStates = 512
  static let minimumParallelBatch = 32
  /// Fewer programs than this are probed on the calling thread alone.
  static let minimumParallelProbes = 16
  /// Longer programs are left to libjq.
  static let maximumCertainBytes = 16 * 1024

  private struct Caches {
    var verdicts: [JQCompileKey: JQError?] = [:]
    var modes: [JQCompileKey: JQRunMode] = [:]
    var idle: [PoolKey: [JQState]] = [:]
    var lastUse: [PoolKey: UInt64] = [:]
    var idleCount = 0
    var clock: UInt64 = 0
  }

  private let caches = Mutex(Caches())

  private init() {}

  /// Oniguruma initialises its globals on first use, unguarded: run one regex match before
  /// any program runs (compiling does not use Oniguruma). Directly (`OnigurumaWarmUp`), else
  /// through a jq program.
  private static let regexesReady: Bool = {
    if OnigurumaWarmUp.run() { return true }
    let state = JQState()
    guard state.compile("\"a\" | test(\"a\")", arguments: .object()) == nil else { return false }
    jq_start(state.raw, jv_null(), 0)
    var result = JV(owning: jq_next(state.raw))
    while result.isValid {
      result = JV(owning: jq_next(state.raw))
    }
    return true
  }()

  // MARK: - Compile verdicts

  func cachedVerdict(_ key: JQCompileKey) -> JQError?? {
    caches.withLock { $0.verdicts[key] }
  }

  private func record(_ verdict: JQError?, for key: JQCompileKey) {
    caches.withLock { caches in
      if caches.verdicts.count >= JQEngine.maximumVerdicts {
        caches.verdicts.removeAll()
        caches.modes.removeAll()
      }
      caches.verdicts[key] = .some(verdict)
    }
  }

  /// Compiles one program as jq's command line would; `nil` if it compiles.
  func check(_ key: JQCompileKey) -> JQError? {
    if let verdict = cachedVerdict(key) { return verdict }
    let state = JQState()
    if certainlyCompiles(key, in: state) {
      record(nil, for: key)
      return nil
    }
    let verdict = state.compile(key.program, arguments: key.nullArguments())
    record(verdict, for: key)
    return verdict
  }

  /// Compiles many programs, most of them with a single libjq compilation: programs that
  /// parse are compiled as one batch. When a batch fails, the programs its errors point at
  /// are compiled alone (for jq's exact messages) and the others batched again; a batch
  /// failing without locations is halved.
  func check(_ keys: [JQCompileKey]) -> [JQError?] {
    var verdicts: [JQCompileKey: JQError?] = [:]
    var batchable: [JQCompileKey] = []
    let state = JQState()
    var uncached: [JQCompileKey] = []
    var listed = Set<JQCompileKey>()
    for key in keys where cachedVerdict(key) == nil && listed.insert(key).inserted {
      uncached.append(key)
    }
    let probes = probe(uncached, state: state)
    for key in keys where verdicts[key] == nil {
      if let cached = cachedVerdict(key) {
        verdicts[key] = .some(cached)
      } else if let probe = probes[key], probe.certain {
        verdicts[key] = .some(nil)
      } else if key.mayBeTransformed, let probe = probes[key], probe.parses {
        verdicts[key] = .some(nil)  // until the batch is resolved
        batchable.append(key)
      } else {
        verdicts[key] = .some(state.compile(key.program, arguments: key.nullArguments()))
      }
    }
    // libjq's cost grows with the batch (every builtin is matched against every
    // instruction), so a large batch is compiled as two halves on two threads.
    if batchable.count >= JQEngine.minimumParallelBatch {
      let halves = [
        Array(batchable[..<(batchable.count / 2)]), Array(batchable[(batchable.count / 2)...]),
      ]
      let resolved = Mutex([[JQCompileKey: JQError?]](repeating: [:], count: 2))
      DispatchQueue.concurrentPerform(iterations: 2) { half in
        var halfVerdicts: [JQCompileKey: JQError?] = [:]
        resolve(halves[half], in: JQState(), into: &halfVerdicts)
        resolved.withLock { $0[half] = halfVerdicts }
      }
      for halfVerdicts in resolved.withLock({ $0 }) {
        verdicts.merge(halfVerdicts) { _, new in new }
      }
    } else {
      resolve(batchable, in: state, into: &verdicts)
    }
    for (key, verdict) in verdicts {
      record(verdict, for: key)
    }
    return keys.map { verdicts[$0] ?? nil }
  }

  private func resolve(
    _ keys: [JQCompileKey], in state: JQState, into verdicts: inout [JQCompileKey: JQError?]
  ) {
    guard !keys.isEmpty else { return }
    if keys.count == 1 {
      verdicts[keys[0]] = .some(state.compile(keys[0].program, arguments: keys[0].nullArguments()))
      return
    }
    let batch = JQSourceTransforms.batch(keys.map { ($0.program, $0.bindableNames) })
    let args = JQCompileKey(program: "", argumentNames: []).nullArguments()
    if state.compile(batch.text, arguments: args) == nil {
      for key in keys {
        verdicts[key] = .some(nil)
      }
      return
    }
    var culprits = Set<Int>()
    for line in JQSourceTransforms.errorLines(state.lastErrorLines) {
      if let index = batch.firstLines.lastIndex(where: { $0 <= line }) {
        culprits.insert(index)
      }
    }
    if culprits.isEmpty {
      let middle = keys.count / 2
      resolve(Array(keys[..<middle]), in: state, into: &verdicts)
      resolve(Array(keys[middle...]), in: state, into: &verdicts)
      return
    }
    for index in culprits.sorted() {
      verdicts[keys[index]] = .some(
        state.compile(keys[index].program, arguments: keys[index].nullArguments()))
    }
    let others = keys.indices.filter { !culprits.contains($0) }.map { keys[$0] }
    resolve(others, in: state, into: &verdicts)
  }

  /// A program that parses and uses only builtins and bound variables compiles: libjq's
  /// parse check (microseconds) and `JQCertainCompile` tell it without binding builtins.
  private func certainlyCompiles(_ key: JQCompileKey, in state: JQState) -> Bool {
    key.program.utf8.count <= JQEngine.maximumCertainBytes
      && JQCertainCompile.compiles(key.program, names: Set(key.names))
      && parses(key.program, in: state)
  }

  /// What the batch check needs to know of a program before libjq compiles anything: whether
  /// it certainly compiles (`certainlyCompiles`) and whether it parses.
  private struct Probe: Sendable {
    var certain: Bool
    var parses: Bool
  }

  /// The probes of `keys`; the parse checks on two threads when there are many (each costs
  /// ~0.1 ms, most of it libjq searching its library path for the missing module, and a
  /// document has hundreds of programs).
  private func probe(_ keys: [JQCompileKey], state: JQState) -> [JQCompileKey: Probe] {
    @Sendable func probe(_ key: JQCompileKey, in state: JQState) -> Probe {
      let scanned =
        key.program.utf8.count <= JQEngine.maximumCertainBytes
        && JQCertainCompile.compiles(key.program, names: Set(key.names))
      guard scanned || key.mayBeTransformed else { return Probe(certain: false, parses: false) }
      let parsed = parses(key.program, in: state)
      return Probe(certain: scanned && parsed, parses: parsed)
    }
    var probes: [JQCompileKey: Probe] = [:]
    guard keys.count >= JQEngine.minimumParallelProbes else {
      for key in keys { probes[key] = probe(key, in: state) }
      return probes
    }
    let halves = [Array(keys[..<(keys.count / 2)]), Array(keys[(keys.count / 2)...])]
    let found = Mutex([[Probe]](repeating: [], count: 2))
    DispatchQueue.concurrentPerform(iterations: 2) { half in
      let state = JQState()
      let results = halves[half].map { probe($0, in: state) }
      found.withLock { $0[half] = results }
    }
    for (half, results) in found.withLock({ $0 }).enumerated() {
      for (key, result) in zip(halves[half], results) { probes[key] = result }
    }
    return probes
  }

  private func parses(_ program: String, in state: JQState) -> Bool {
    _ = state.compile(JQSourceTransforms.parseCheck(program), arguments: .object())
    return JQSourceTransforms.parsedCleanly(state.lastErrorLines)
  }

  // MARK: - Compiled states for running

  /// A state that runs `key.program` with `arguments` (the named-arguments object of jq's
  /// command line, `ARGS` included), or the program's compile error.
  func lease(_ key: JQCompileKey, arguments: borrowing JV) -> Result<JQLease, JQError> {
    _ = JQEngine.regexesReady
    let argumentsText = arguments.dumped(flags: 0).cString
    let known: (verdict: JQError??, mode: JQRunMode?) = caches.withLock {
      ($0.verdicts[key], $0.modes[key])
    }
    if case .some(.some(let error)) = known.verdict { return .failure(error) }
    if let mode = known.mode {
      let poolKey = PoolKey(
        compileKey: key, mode: mode, arguments: mode == .wrapped ? "" : argumentsText)
      if let state = takeIdle(poolKey) {
        return .success(JQLease(state: state, mode: mode, poolKey: poolKey))
      }
      let state = JQState()
      if compile(key, mode: mode, arguments: arguments, in: state) == nil {
        return .success(JQLease(state: state, mode: mode, poolKey: poolKey))
      }
    }
    return discover(key, arguments: arguments, argumentsText: argumentsText)
  }

  /// Finds the mode in which the program runs, or its compile error: `wrapped` when it
  /// compiles, else `raw` decides whether the program compiles at all, and `prefixed` is
  /// preferred to `raw` when it compiles too.
  private func discover(_ key: JQCompileKey, arguments: borrowing JV, argumentsText: String)
    -> Result<JQLease, JQError>
  {
    let state = JQState()
    let transformable = key.mayBeTransformed && parses(key.program, in: state)
    var mode = JQRunMode.wrapped
    var leased = state
    if !transformable || compile(key, mode: .wrapped, arguments: arguments, in: state) != nil {
      if let error = compile(key, mode: .raw, arguments: arguments, in: state) {
        record(error, for: key)
        return .failure(error)
      }
      mode = .raw
      if transformable {
        let prefixed = JQState()
        if compile(key, mode: .prefixed, arguments: arguments, in: prefixed) == nil {
          mode = .prefixed
          leased = prefixed
        }
      }
    }
    caches.withLock { $0.modes[key] = mode }
    record(nil, for: key)
    let poolKey = PoolKey(
      compileKey: key, mode: mode, arguments: mode == .wrapped ? "" : argumentsText)
    return .success(JQLease(state: leased, mode: mode, poolKey: poolKey))
  }

  private func compile(
    _ key: JQCompileKey, mode: JQRunMode, arguments: borrowing JV, in state: JQState
  ) -> JQError? {
    switch mode {
    case .wrapped:
      let text = JQSourceTransforms.wrapped(key.program, bindableNames: key.bindableNames)
      return state.compile(text, arguments: .object())
    case .prefixed:
      return state.compile(
        JQSourceTransforms.prefixed(key.program), arguments: JV(owning: arguments.copy()))
    case .raw:
      return state.compile(key.program, arguments: JV(owning: arguments.copy()))
    }
  }

  private func takeIdle(_ key: PoolKey) -> JQState? {
    caches.withLock { caches in
      guard var states = caches.idle[key], let state = states.popLast() else { return nil }
      caches.idleCount -= 1
      if states.isEmpty {
        caches.idle[key] = nil
        caches.lastUse[key] = nil
      } else {
        caches.idle[key] = states
      }
      return state
    }
  }

  /// Tears down every idle state.
  func drainPool() {
    var drained: [JQState] = []
    caches.withLock { caches in
      drained = caches.idle.values.flatMap { $0 }
      caches.idle.removeAll()
      caches.lastUse.removeAll()
      caches.idleCount = 0
    }
    _ = drained  // torn down here, outside the lock
  }

  /// Returns a lent state to the pool (evicting the least recently used ones beyond
  /// `maximumIdleStates`).
  func giveBack(_ lease: JQLease) {
    var evicted: [JQState] = []
    caches.withLock { caches in
      caches.clock += 1
      caches.idle[lease.poolKey, default: []].append(lease.state)
      caches.lastUse[lease.poolKey] = caches.clock
      caches.idleCount += 1
      while caches.idleCount > JQEngine.maximumIdleStates,
        let oldest = caches.lastUse.min(by: { $0.value < $1.value })?.key
      {
        evicted += caches.idle[oldest] ?? []
        caches.idleCount -= caches.idle[oldest]?.count ?? 0
        caches.idle[oldest] = nil
        caches.lastUse[oldest] = nil
      }
    }
    _ = evicted  // torn down here, outside the lock
  }
}
