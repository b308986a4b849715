import ServerKit

/// A spending limit for a user path (and every path below it) over a period.
struct Budget: Sendable {
  static let periods: [String: Int] = ["daily": 86_400, "weekly": 604_800, "monthly": 2_592_000]

  var userPath: String
  var period: String
  var amount: Double
  var source = "manual"
  var createdAt: Int
  var updatedAt: Int
  var lastResetAt: Int?
  /// Usage entries up to this count were written before the last reset and are not spend.
  var resetUsageCount = 0

  var periodSeconds: Int { Budget.periods[period] ?? 86_400 }

  /// Spend in the current window: visible usage entries below the budget's path, written after
  /// the last reset and within one period of `now`.
  func spent(_ usage: [UsageEntry], now: Int) -> (cost: Double, entries: Int) {
    var cost = 0.0
    var count = 0
    for (index, entry) in usage.enumerated()
    where index >= resetUsageCount && entry.timestamp > now - periodSeconds
      && UserPath.contains(userPath, entry.userPath)
    {
      cost += entry.totalCost
      count += 1
    }
    return (cost, count)
  }

  func json(_ usage: [UsageEntry], now: Int) -> JSON {
    let (spent, entries) = spent(usage, now: now)
    return [
      "user_path": .string(userPath), "period": .string(period),
      "period_seconds": JSON(periodSeconds), "amount": .number(amount),
      "source": .string(source), "spent": .number(spent), "remaining": .number(amount - spent),
      "usage_ratio": .number(amount > 0 ? spent / amount : 0), "has_usage": .bool(entries > 0),
      "last_reset_at": lastResetAt.map { .string(isoTime($0)) } ?? nil,
      "created_at": .string(isoTime(createdAt)), "updated_at": .string(isoTime(updatedAt)),
    ]
  }
}

/// When budget periods start: the hour and minute of the daily reset, the weekday of the weekly
/// one, the day of the monthly one.
struct BudgetSettings: Sendable {
  /// Each field with its allowed range, in the order the API shows them.
  static let fields: [(name: String, range: ClosedRange<Int>)] = [
    ("daily_reset_hour", 0...23), ("daily_reset_minute", 0...59),
    ("weekly_reset_weekday", 0...6), ("weekly_reset_hour", 0...23),
    ("weekly_reset_minute", 0...59), ("monthly_reset_day", 1...28),
    ("monthly_reset_hour", 0...23), ("monthly_reset_minute", 0...59),
  ]

  var values: [String: Int] = [
    "daily_reset_hour": 0, "daily_reset_minute": 0, "weekly_reset_weekday": 1,
    "weekly_reset_hour": 0, "weekly_reset_minute": 0, "monthly_reset_day": 1,
    "monthly_reset_hour": 0, "monthly_reset_minute": 0,
  ]

  var json: JSON {
    .object(BudgetSettings.fields.map { JSON.Member(key: $0.name, value: JSON(values[$0.name]!)) })
  }

  /// These settings with the fields of `body` applied; every field is validated first.
  func applying(_ body: JSON) throws -> BudgetSettings {
    var copy = self
    let known = Set(BudgetSettings.fields.map(\.name))
    for member in body.members ?? [] {
      guard known.contains(member.key) else {
        throw GatewayError.invalidRequest("unknown budget setting: \(member.key)")
      }
    }
    for (name, range) in BudgetSettings.fields {
      guard let value = body[name], !value.isNull else { continue }
      guard let number = value.number, number == number.rounded(), range.contains(Int(number))
      else {
        throw GatewayError.invalidRequest(
          "\(name) must be an integer from \(range.lowerBound) to \(range.upperBound)",
          code: "invalid_budget_settings")
      }
      copy.values[name] = Int(number)
    }
    return copy
  }
}
