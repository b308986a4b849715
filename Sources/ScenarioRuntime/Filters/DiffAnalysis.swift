/// Which lines of two files GNU diff 3.8 reports as changed: the same steps as its
/// `analyze.c`, so that where several minimal diffs exist the same hunks are chosen. The
/// identical prefix and suffix lines are set aside; lines of one file that occur nowhere in
/// the other are discarded before the comparison (`discard_confusing_lines`); Myers' O(ND)
/// search for the middle snake splits the rest recursively (`compareseq`/`diag` of gnulib's
/// `diffseq.h`); then runs of changes slide to merge with neighbours and to line up with the
/// other file's (`shift_boundaries`). (GNU gives up on exactness past about √N edit steps on
/// files over a few thousand lines; this search is always exact.)
struct DiffAnalysis {
  /// `changed[f][i]`: line i of file f (0-based, whole file) is deleted (f = 0) or inserted (f
  /// = 1).
  private(set) var changed: [[Bool]]

  /// A hunk of the edit script: `deleted` lines of file 0 from `first0`, `inserted` lines of
  /// file 1 from `first1` (0-based).
  struct Change: Equatable {
    var first0: Int
    var first1: Int
    var deleted: Int
    var inserted: Int
  }

  /// `equivalence[f][i]`: the class of line i of file f (equal lines, equal classes).
  /// `horizon`: how many lines of the identical prefix and suffix stay in the comparison, so
  /// that changes may slide into them (GNU: at least the context of `-u`/`-U`; 0 otherwise).
  init(equivalence: [[Int]], horizon: Int = 0) {
    let lines0 = equivalence[0]
    let lines1 = equivalence[1]
    var prefix = 0
    while prefix < lines0.count, prefix < lines1.count, lines0[prefix] == lines1[prefix] {
      prefix += 1
    }
    prefix -= min(horizon, prefix)
    var suffix = 0
    while suffix < lines0.count - prefix, suffix < lines1.count - prefix,
      lines0[lines0.count - 1 - suffix] == lines1[lines1.count - 1 - suffix]
    {
      suffix += 1
    }
    suffix -= min(horizon, suffix)
    let middle = [
      Array(lines0[prefix..<(lines0.count - suffix)]),
      Array(lines1[prefix..<(lines1.count - suffix)]),
    ]
    var inner = Self.analyze(middle)
    for f in 0..<2 {
      Self.shiftBoundaries(&inner, f: f, equivs: middle[f])
    }
    changed = [
      [Bool](repeating: false, count: prefix) + inner[0].dropFirst().dropLast()
        + [Bool](repeating: false, count: suffix),
      [Bool](repeating: false, count: prefix) + inner[1].dropFirst().dropLast()
        + [Bool](repeating: false, count: suffix),
    ]
  }

  /// The hunks in order (GNU's `build_script`).
  var script: [Change] {
    var changes: [Change] = []
    var i0 = 0
    var i1 = 0
    let (c0, c1) = (changed[0], changed[1])
    while i0 < c0.count || i1 < c1.count {
      if (i0 < c0.count && c0[i0]) || (i1 < c1.count && c1[i1]) {
        let (start0, start1) = (i0, i1)
        while i0 < c0.count && c0[i0] { i0 += 1 }
        while i1 < c1.count && c1[i1] { i1 += 1 }
        changes.append(
          Change(first0: start0, first1: start1, deleted: i0 - start0, inserted: i1 - start1))
      } else {
        i0 += 1
        i1 += 1
      }
    }
    return changes
  }

  /// The changed flags of the middle part, each with a `false` sentinel at both ends (index 0
  /// and count + 1), as GNU's `changed[-1]` and `changed[n]`.
  private static func analyze(_ equivs: [[Int]]) -> [[Bool]] {
    var changed = equivs.map { [Bool](repeating: false, count: $0.count + 2) }
    let discards = discardConfusingLines(equivs)
    var undiscarded: [[Int]] = [[], []]
    var realIndexes: [[Int]] = [[], []]
    for f in 0..<2 {
      for (i, equiv) in equivs[f].enumerated() {
        if discards[f][i] == 0 {
          undiscarded[f].append(equiv)
          realIndexes[f].append(i)
        } else {
          changed[f][i + 1] = true
        }
      }
    }
    var search = MiddleSnake(x: undiscarded[0], y: undiscarded[1])
    search.compare(0, undiscarded[0].count, 0, undiscarded[1].count)
    for x in search.deleted { changed[0][realIndexes[0][x] + 1] = true }
    for y in search.inserted { changed[1][realIndexes[1][y] + 1] = true }
    return changed
  }

  /// GNU's `discard_confusing_lines`: 0 kept, 1 discarded, per line of each file.
  private static func discardConfusingLines(_ equivs: [[Int]]) -> [[UInt8]] {
    var counts: [[Int: Int]] = [[:], [:]]
    for f in 0..<2 {
      for equiv in equivs[f] { counts[f][equiv, default: 0] += 1 }
    }
    var discarded: [[UInt8]] = equivs.map { [UInt8](repeating: 0, count: $0.count) }
    for f in 0..<2 {
      let end = equivs[f].count
      var many = 5
      var tem = end / 64
      while true {
        tem >>= 2
        guard tem > 0 else { break }
        many *= 2
      }
      for i in 0..<end {
        let matches = counts[1 - f][equivs[f][i]] ?? 0
        if matches == 0 {
          discarded[f][i] = 1
        } else if matches > many {
          discarded[f][i] = 2
        }
      }
    }
    for f in 0..<2 {
      cancelProvisional(&discarded[f])
    }
    return discarded.map { $0.map { $0 == 0 ? 0 : 1 } }
  }

  /// Keeps provisional discards (2) only inside runs of discards that start and end with
  /// definite ones, as GNU does.
  private static func cancelProvisional(_ discards: inout [UInt8]) {
    let end = discards.count
    var i = 0
    while i < end {
      defer { i += 1 }
      if discards[i] == 2 {
        discards[i] = 0
        continue
      }
      guard discards[i] != 0 else { continue }
      var j = i
      var provisional = 0
      while j < end {
        if discards[j] == 0 { break }
        if discards[j] == 2 { provisional += 1 }
        j += 1
      }
      while j > i && discards[j - 1] == 2 {
        j -= 1
        discards[j] = 0
        provisional -= 1
      }
      let length = j - i
      if provisional * 4 > length {
        while j > i {
          j -= 1
          if discards[j] == 2 { discards[j] = 0 }
        }
        continue
      }
      var minimum = 1
      var tem = length >> 2
      while true {
        tem >>= 2
        guard tem > 0 else { break }
        minimum <<= 1
      }
      minimum += 1
      var consec = 0
      j = 0
      while j < length {
        if discards[i + j] != 2 {
          consec = 0
        } else {
          consec += 1
          if minimum == consec {
            j -= consec
          } else if minimum < consec {
            discards[i + j] = 0
          }
        }
        j += 1
      }
      consec = 0
      j = 0
      while j < length {
        if j >= 8 && discards[i + j] == 1 { break }
        if discards[i + j] == 2 {
          consec = 0
          discards[i + j] = 0
        } else if discards[i + j] == 0 {
          consec = 0
        } else {
          consec += 1
        }
        if consec == 3 { break }
        j += 1
      }
      i += length - 1
      consec = 0
      j = 0
      while j < length {
        if j >= 8 && discards[i - j] == 1 { break }
        if discards[i - j] == 2 {
          consec = 0
          discards[i - j] = 0
        } else if discards[i - j] == 0 {
          consec = 0
        } else {
          consec += 1
        }
        if consec == 3 { break }
        j += 1
      }
    }
  }

  /// GNU's `shift_boundaries` on the sentinel-padded flags (`changed[f][i + 1]` is line i).
  private static func shiftBoundaries(_ changed: inout [[Bool]], f: Int, equivs: [Int]) {
    let iEnd = equivs.count
    var i = 0
    var j = 0
    func this(_ index: Int) -> Bool { changed[f][index + 1] }
    func other(_ index: Int) -> Bool { changed[1 - f][index + 1] }
    while true {
      while i < iEnd && !this(i) {
        while other(j) { j += 1 }
        j += 1
        i += 1
      }
      if i == iEnd { break }
      var start = i
      i += 1
      while this(i) { i += 1 }
      while other(j) { j += 1 }
      var runLength: Int
      var corresponding: Int
      repeat {
        runLength = i - start
        while start > 0 && equivs[start - 1] == equivs[i - 1] {
          start -= 1
          changed[f][start + 1] = true
          i -= 1
          changed[f][i + 1] = false
          while this(start - 1) { start -= 1 }
          j -= 1
          while other(j) { j -= 1 }
        }
        corresponding = other(j - 1) ? i : iEnd
        while i != iEnd && equivs[start] == equivs[i] {
          changed[f][start + 1] = false
          start += 1
          changed[f][i + 1] = true
          i += 1
          while this(i) { i += 1 }
          j += 1
          while other(j) {
            j += 1
            corresponding = i
          }
        }
      } while runLength != i - start
      while corresponding < i {
        start -= 1
        changed[f][start + 1] = true
        i -= 1
        changed[f][i + 1] = false
        j -= 1
        while other(j) { j -= 1 }
      }
    }
  }
}

/// gnulib's `compareseq` and `diag` (without the heuristics for expensive inputs): the
/// elements of `x` deleted and of `y` inserted by a minimal edit script, chosen as GNU does.
private struct MiddleSnake {
  let x: [Int]
  let y: [Int]
  private var forward: [Int]
  private var backward: [Int]
  private let offset: Int
  var deleted: [Int] = []
  var inserted: [Int] = []

  init(x: [Int], y: [Int]) {
    self.x = x
    self.y = y
    let diagonals = x.count + y.count + 3
    forward = [Int](repeating: 0, count: diagonals + 2)
    backward = [Int](repeating: 0, count: diagonals + 2)
    offset = y.count + 2
  }

  mutating func compare(_ xOff: Int, _ xLim: Int, _ yOff: Int, _ yLim: Int) {
    var (xoff, xlim, yoff, ylim) = (xOff, xLim, yOff, yLim)
    while xoff < xlim && yoff < ylim && x[xoff] == y[yoff] {
      xoff += 1
      yoff += 1
    }
    while xoff < xlim && yoff < ylim && x[xlim - 1] == y[ylim - 1] {
      xlim -= 1
      ylim -= 1
    }
    if xoff == xlim {
      inserted += Array(yoff..<ylim)
    } else if yoff == ylim {
      deleted += Array(xoff..<xlim)
    } else {
      let (xmid, ymid) = middle(xoff, xlim, yoff, ylim)
      compare(xoff, xmid, yoff, ymid)
      compare(xmid, xlim, ymid, ylim)
    }
  }

  private mutating func middle(_ xoff: Int, _ xlim: Int, _ yoff: Int, _ ylim: Int) -> (Int, Int) {
    let dmin = xoff - ylim
    let dmax = xlim - yoff
    let fmid = xoff - yoff
    let bmid = xlim - ylim
    var (fmin, fmax, bmin, bmax) = (fmid, fmid, bmid, bmid)
    let odd = (fmid - bmid) & 1 != 0
    forward[fmid + offset] = xoff
    backward[bmid + offset] = xlim
    while true {
      if fmin > dmin {
        fmin -= 1
        forward[fmin - 1 + offset] = -1
      } else {
        fmin += 1
      }
      if fmax < dmax {
        fmax += 1
        forward[fmax + 1 + offset] = -1
      } else {
        fmax -= 1
      }
      var d = fmax
      while d >= fmin {
        let low = forward[d - 1 + offset]
        let high = forward[d + 1 + offset]
        var px = low < high ? high : low + 1
        var py = px - d
        while px < xlim && py < ylim && x[px] == y[py] {
          px += 1
          py += 1
        }
        forward[d + offset] = px
        if odd && bmin <= d && d <= bmax && backward[d + offset] <= px { return (px, py) }
        d -= 2
      }
      if bmin > dmin {
        bmin -= 1
        backward[bmin - 1 + offset] = Int.max
      } else {
        bmin += 1
      }
      if bmax < dmax {
        bmax += 1
        backward[bmax + 1 + offset] = Int.max
      } else {
        bmax -= 1
      }
      d = bmax
      while d >= bmin {
        let low = backward[d - 1 + offset]
        let high = backward[d + 1 + offset]
        var px = low < high ? low : high - 1
        var py = px - d
        while xoff < px && yoff < py && x[px - 1] == y[py - 1] {
          px -= 1
          py -= 1
        }
        backward[d + offset] = px
        if !odd && fmin <= d && d <= fmax && px <= forward[d + offset] { return (px, py) }
        d -= 2
      }
    }
  }
}
