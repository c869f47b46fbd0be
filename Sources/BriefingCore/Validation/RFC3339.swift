/// RFC 3339 dates (`full-date`) and date-times (`date-time`), parsed from UTF-8 bytes.
enum RFC3339 {
  /// A parsed value: its calendar day in its own offset and, for a date-time, its instant.
  struct Value {
    /// Days since 1970-01-01 of the local calendar day.
    var day: Int
    /// Seconds since 1970-01-01T00:00:00Z (fractions ignored), for date-times.
    var instant: Int?

    /// Whether it is certainly earlier than `other`: by instant when both have one, else by day.
    func isBefore(_ other: Value) -> Bool {
      if let instant, let otherInstant = other.instant { return instant < otherInstant }
      return day < other.day
    }
  }

  /// The value of `text`, or `nil` when it is not `YYYY-MM-DD` or
  /// `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)` with real calendar values.
  static func parse(_ text: String) -> Value? {
    let bytes = Array(text.utf8)
    guard bytes.count == 10 || (bytes.count >= 20 && bytes.count <= 64) else { return nil }
    guard let year = digits(bytes, 0, 4), bytes[4] == UInt8(ascii: "-"),
      let month = digits(bytes, 5, 2), bytes[7] == UInt8(ascii: "-"),
      let dayOfMonth = digits(bytes, 8, 2), (1...12).contains(month),
      (1...daysIn(month: month, year: year)).contains(dayOfMonth)
    else { return nil }
    let day = daysSinceEpoch(year: year, month: month, day: dayOfMonth)
    if bytes.count == 10 { return Value(day: day, instant: nil) }
    guard bytes[10] | 0x20 == UInt8(ascii: "t"), let hour = digits(bytes, 11, 2),
      bytes[13] == UInt8(ascii: ":"), let minute = digits(bytes, 14, 2),
      bytes[16] == UInt8(ascii: ":"), let second = digits(bytes, 17, 2),
      hour < 24, minute < 60, second <= 60
    else { return nil }
    var index = 19
    if bytes[index] == UInt8(ascii: ".") {
      index += 1
      let start = index
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
      guard index > start else { return nil }
    }
    guard index < bytes.count else { return nil }
    var offset = 0
    if bytes[index] | 0x20 == UInt8(ascii: "z") {
      index += 1
    } else if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
      guard index + 6 == bytes.count, let offsetHour = digits(bytes, index + 1, 2),
        bytes[index + 3] == UInt8(ascii: ":"), let offsetMinute = digits(bytes, index + 4, 2),
        offsetHour < 24, offsetMinute < 60
      else { return nil }
      offset = (offsetHour * 60 + offsetMinute) * 60
      if bytes[index] == UInt8(ascii: "-") { offset = -offset }
      index += 6
    } else {
      return nil
    }
    guard index == bytes.count else { return nil }
    let instant = day * 86_400 + hour * 3_600 + minute * 60 + second - offset
    return Value(day: day, instant: instant)
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  private static func digits(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
    guard start + count <= bytes.count else { return nil }
    var value = 0
    for byte in bytes[start..<start + count] {
      guard isDigit(byte) else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Howard Hinnant's days-from-civil.
  private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}

/// The shape of a BCP 47 language tag (RFC 5646 `langtag` or private use), not its registry.
enum LanguageTag {
  /// Whether `text` is shaped like `language[-script][-region](-variant)*(-extension)*[-x-…]`.
  static func isWellFormed(_ text: String) -> Bool {
    guard text.utf8.count <= 128 else { return false }
    let subtags = text.split(separator: "-", omittingEmptySubsequences: false).map {
      Array($0.utf8)
    }
    guard subtags.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy(isAlphanumeric) })
    else { return false }
    var index = 0
    func at(_ i: Int) -> [UInt8]? { i < subtags.count ? subtags[i] : nil }
    if let first = at(0), first.count == 1, first[0] | 0x20 == UInt8(ascii: "x") {
      return subtags.count > 1
    }
    // Registered primary languages are 2 or 3 letters; 4–8 are reserved, and accepting them
    // would let 'English' pass.
    guard let language = at(0), (2...3).contains(language.count), language.allSatisfy(isAlpha)
    else { return false }
    index = 1
    var extlangs = 0
    while let tag = at(index), tag.count == 3, tag.allSatisfy(isAlpha), extlangs < 3 {
      index += 1
      extlangs += 1
    }
    if let tag = at(index), tag.count == 4, tag.allSatisfy(isAlpha) { index += 1 }
    if let tag = at(index),
      (tag.count == 2 && tag.allSatisfy(isAlpha)) || (tag.count == 3 && tag.allSatisfy(isDigit))
    {
      index += 1
    }
    while let tag = at(index),
      (5...8).contains(tag.count) || (tag.count == 4 && isDigit(tag[0]))
    {
      index += 1
    }
    while let tag = at(index), tag.count == 1 {
      let isPrivate = tag[0] | 0x20 == UInt8(ascii: "x")
      index += 1
      var parts = 0
      while let part = at(index), isPrivate ? part.count >= 1 : part.count >= 2 {
        index += 1
        parts += 1
      }
      guard parts > 0 else { return false }
      if isPrivate { break }
    }
    return index == subtags.count
  }

  private static func isAlpha(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
  }
  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  private static func isAlphanumeric(_ byte: UInt8) -> Bool { isAlpha(byte) || isDigit(byte) }
}
