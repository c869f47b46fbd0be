/// A value an option can hold: parsed from the command line, then read by a format as its type.
public protocol OptionValue: Sendable, Hashable {
  /// The kind shown in help and in `briefing formats --json`.
  static var kind: OptionDescriptor.Kind { get }
  /// Parses a command-line value; `nil` when it is not of this type.
  init?(optionText: String)
}

extension Bool: OptionValue {
  /// `bool`.
  public static var kind: OptionDescriptor.Kind { .bool }
  /// Accepts `true`/`false`, `yes`/`no`, `1`/`0`, `on`/`off`.
  public init?(optionText: String) {
    switch optionText.lowercased() {
    case "true", "yes", "1", "on", "": self = true
    case "false", "no", "0", "off": self = false
    default: return nil
    }
  }
}

extension Int: OptionValue {
  /// `int`.
  public static var kind: OptionDescriptor.Kind { .int }
  /// Accepts a decimal integer.
  public init?(optionText: String) { self.init(optionText, radix: 10) }
}

extension String: OptionValue {
  /// `string`.
  public static var kind: OptionDescriptor.Kind { .string }
  /// Accepts any text.
  public init?(optionText: String) { self = optionText }
}

/// A typed option a format declares: `OptionKey<Int>(name: "columns", default: 0, help: …)`.
public struct OptionKey<Value: OptionValue>: Sendable {
  /// The option's name, as in `--writer-option columns=72`.
  public var name: String
  /// The value when the option is not given.
  public var defaultValue: Value
  /// One line of help.
  public var help: String

  /// Declares an option.
  public init(_ name: String, default defaultValue: Value, help: String) {
    self.name = name
    self.defaultValue = defaultValue
    self.help = help
  }

  /// The descriptor listed in the format's ``FormatDescriptor/options``.
  public var descriptor: OptionDescriptor {
    OptionDescriptor(name: name, kind: Value.kind, defaultValue: "\(defaultValue)", help: help)
  }
}

/// The public description of an option: name, type, default and help.
public struct OptionDescriptor: Hashable, Sendable, Codable {
  /// The type of an option's value.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// `true` or `false`.
    case bool
    /// A whole number.
    case int
    /// Any text.
    case string
  }

  /// The option's name.
  public var name: String
  /// The value's type.
  public var kind: Kind
  /// The default, as text.
  public var defaultValue: String
  /// One line of help.
  public var help: String

  /// Creates a descriptor.
  public init(name: String, kind: Kind, defaultValue: String, help: String) {
    self.name = name
    self.kind = kind
    self.defaultValue = defaultValue
    self.help = help
  }
}

/// Option values for one read or write, checked against the format's declared options.
///
/// Formats read them through their typed ``OptionKey``s; the CLI fills them from
/// `--reader-option`/`--writer-option` and from shorthand flags such as `--columns`.
public struct FormatOptions: Sendable, Hashable {
  private var values: [String: String]

  /// No options: every key reads as its default.
  public init() { values = [:] }

  /// The value of `key`, or its default when unset or (already rejected) malformed.
  public subscript<Value: OptionValue>(key: OptionKey<Value>) -> Value {
    get { values[key.name].flatMap(Value.init(optionText:)) ?? key.defaultValue }
    set { values[key.name] = "\(newValue)" }
  }

  /// Whether `name` was given.
  public func contains(_ name: String) -> Bool { values[name] != nil }

  /// Sets `name` from text after checking it against `descriptors`; the error says what to fix.
  public mutating func set(
    _ name: String, to text: String, checkedAgainst descriptors: [OptionDescriptor]
  ) throws(OptionError) {
    guard let descriptor = descriptors.first(where: { $0.name == name }) else {
      throw .unknown(name, known: descriptors.map(\.name))
    }
    let valid: Bool =
      switch descriptor.kind {
      case .bool: Bool(optionText: text) != nil
      case .int: Int(optionText: text) != nil
      case .string: true
      }
    guard valid else { throw .invalid(name, value: text, kind: descriptor.kind) }
    values[name] = text
  }
}

/// Why an option was refused.
public enum OptionError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No such option for this format; lists the ones there are.
  case unknown(String, known: [String])
  /// The value is not of the option's type.
  case invalid(String, value: String, kind: OptionDescriptor.Kind)

  /// What to fix.
  public var description: String {
    switch self {
    case .unknown(let name, let known):
      known.isEmpty
        ? "unknown option '\(name)'; this format takes no options"
        : "unknown option '\(name)'; known options: \(known.sorted().joined(separator: ", "))"
    case .invalid(let name, let value, let kind):
      "option '\(name)' expects a \(kind.rawValue) value, not '\(value)'"
    }
  }
}
