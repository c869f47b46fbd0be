// The one JSON writer: every JSON text this package produces (the JSON format, the exported
// schema, the plugin protocol and `.ast.json`, HTML's embedded data and Markdown's markers)
// goes through `JSONText.write` with a named style, and every string through one escaper.
import BriefingCore
import OrderedCollections

/// Characters escaped beyond what JSON requires, and how escapes are spelled.
///
/// JSON itself requires only `"`, `\` and control characters below U+0020 to be escaped;
/// `\n`, `\r` and `\t` always use their short forms, the others `\u00XX` unless
/// ``shortControls`` is set.
public struct JSONEscapes: OptionSet, Hashable, Sendable {
  /// The bits.
  public var rawValue: UInt8
  /// Creates a set from its bits.
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// U+2028 and U+2029, which end a JavaScript string literal in older engines.
  public static let lineSeparators = JSONEscapes(rawValue: 1 << 0)
  /// `<`, `>` and `&`, so the text cannot close a `<script>` element or start an entity.
  public static let markup = JSONEscapes(rawValue: 1 << 1)
  /// `>`, so the text cannot end an HTML comment with `-->`.
  public static let commentEnd = JSONEscapes(rawValue: 1 << 2)
  /// U+007F DELETE.
  public static let delete = JSONEscapes(rawValue: 1 << 3)
  /// C1 controls (U+0080–U+009F) and U+FEFF, which are invisible in an editor.
  public static let invisibles = JSONEscapes(rawValue: 1 << 4)
  /// `\b` and `\f` for backspace and form feed, rather than `\u0008` and `\u000c`.
  public static let shortControls = JSONEscapes(rawValue: 1 << 5)
  /// `\u003E` rather than `\u003e`.
  public static let uppercaseHex = JSONEscapes(rawValue: 1 << 6)
}

/// How `JSONText` lays out a value: a layout, an escaping policy and a few details.
public struct JSONStyle: Hashable, Sendable {
  /// Where whitespace goes.
  public enum Layout: Hashable, Sendable {
    /// One member or element per line, indented by two spaces, `"key": value`.
    case indented
    /// No whitespace at all.
    case compact
    /// One line with `, ` and `: ` between parts, readable as YAML flow.
    case spaced
  }

  /// Where whitespace goes.
  public var layout: Layout
  /// What is escaped beyond JSON's requirements.
  public var escapes: JSONEscapes
  /// In the indented layout, lists of at most this many scalars are written on one line.
  public var inlineScalarLists = 0
  /// Whether NaN and infinities are written as YAML's `.nan`/`.inf` rather than `null`.
  public var yamlNonFinite = false
  /// Whether object members are written in Unicode scalar order of their keys rather than in
  /// the value's order.
  public var sortedKeys = false
  /// Whether the indented and spaced layouts write `"key" : value`, with a space before the colon.
  public var spaceBeforeColon = false
  /// Whether the text ends with a newline.
  public var finalNewline = false

  /// What the JSON format writes: indented, final newline, U+2028/U+2029 escaped.
  public static let pretty = JSONStyle(
    layout: .indented, escapes: [.lineSeparators, .shortControls], finalNewline: true)
  /// One line without whitespace, escaped as ``pretty``: the JSON format's `--compact` and,
  /// followed by a newline, the plugin protocol and `.ast.json` files.
  public static let compact = JSONStyle(
    layout: .compact, escapes: [.lineSeparators, .shortControls])
  /// ``pretty`` with short lists of scalars (enums, required keys) on one line: documents
  /// people read and diff, such as the exported JSON Schema.
  public static let readable = JSONStyle(
    layout: .indented, escapes: [.lineSeparators, .shortControls], inlineScalarLists: 8,
    finalNewline: true)
  /// The CLI's reports (`validate --format json` and `sarif`, `rules --json`, `formats --json`):
  /// indented, keys sorted, `"key" : value`, nothing escaped beyond what JSON requires. Scripts
  /// and reviewed golden files depend on these bytes, which are those of Foundation's
  /// pretty-printed, key-sorted encoder that wrote the reports first.
  public static let report = JSONStyle(
    layout: .indented, escapes: [.shortControls], sortedKeys: true, spaceBeforeColon: true,
    finalNewline: true)
  /// Compact text safe inside an HTML `<script>` element and in an attribute value.
  public static let htmlScript = JSONStyle(
    layout: .compact, escapes: [.lineSeparators, .markup, .delete])
  /// One line for a Markdown marker comment (`<!-- name: {…} -->`): `>` cannot end the
  /// comment, invisible characters are visible, and the text reads as YAML flow.
  public static let markdownMarker = JSONStyle(
    layout: .spaced, escapes: [.lineSeparators, .commentEnd, .delete, .invisibles, .uppercaseHex],
    yamlNonFinite: true)
}

/// Writes ``JSONValue``s as JSON text, keys in the value's order, so the same value and style
/// always give the same bytes.
public enum JSONText {
  /// The JSON text of `value` in `style`.
  public static func write(_ value: JSONValue, style: JSONStyle) -> String {
    String(decoding: bytes(value, style: style), as: UTF8.self)
  }

  /// The UTF-8 JSON text of `value` in `style`.
  public static func bytes(_ value: JSONValue, style: JSONStyle) -> [UInt8] {
    var printer = Printer(style: style)
    printer.write(value, indent: 0)
    if style.finalNewline { printer.output.append(0x0A) }
    return printer.output
  }

  /// `text` as a quoted JSON string literal, escaped as `escapes` says.
  public static func quoted(_ text: String, escapes: JSONEscapes = JSONStyle.pretty.escapes)
    -> String
  {
    var output: [UInt8] = []
    appendQuoted(text, escapes: escapes, to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// The JSON text of a finite double: the shortest form that reads back equal.
  static func numberText(_ number: Double, yamlNonFinite: Bool) -> String {
    if number.isFinite { return number.description }
    // JSON has no NaN or infinity; null is what JavaScript's JSON.stringify writes too.
    guard yamlNonFinite else { return "null" }
    return number.isNaN ? ".nan" : number < 0 ? "-.inf" : ".inf"
  }

  /// The one string escaper: appends `text` as a quoted JSON string literal.
  static func appendQuoted(_ text: String, escapes: JSONEscapes, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    for scalar in text.unicodeScalars {
      let value = scalar.value
      switch value {
      case 0x22: output += [0x5C, 0x22]
      case 0x5C: output += [0x5C, 0x5C]
      case 0x0A: output += [0x5C, UInt8(ascii: "n")]
      case 0x0D: output += [0x5C, UInt8(ascii: "r")]
      case 0x09: output += [0x5C, UInt8(ascii: "t")]
      case 0x08 where escapes.contains(.shortControls): output += [0x5C, UInt8(ascii: "b")]
      case 0x0C where escapes.contains(.shortControls): output += [0x5C, UInt8(ascii: "f")]
      default:
        if value < 0x20 || needsEscape(value, escapes) {
          appendUnicodeEscape(value, uppercase: escapes.contains(.uppercaseHex), to: &output)
        } else if value < 0x80 {
          output.append(UInt8(value))
        } else {
          output += Array(String(scalar).utf8)
        }
      }
    }
    output.append(UInt8(ascii: "\""))
  }

  private static func needsEscape(_ value: UInt32, _ escapes: JSONEscapes) -> Bool {
    switch value {
    case 0x3C, 0x26: escapes.contains(.markup)
    case 0x3E: escapes.contains(.markup) || escapes.contains(.commentEnd)
    case 0x7F: escapes.contains(.delete)
    case 0x80...0x9F, 0xFEFF: escapes.contains(.invisibles)
    case 0x2028, 0x2029: escapes.contains(.lineSeparators)
    default: false
    }
  }

  private static func appendUnicodeEscape(
    _ value: UInt32, uppercase: Bool, to output: inout [UInt8]
  ) {
    let hex = Array((uppercase ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
    output += [0x5C, UInt8(ascii: "u")]
    for shift in stride(from: 12, through: 0, by: -4) {
      output.append(hex[Int((value >> UInt32(shift)) & 0xF)])
    }
  }

  /// The output buffer and the style.
  private struct Printer {
    let style: JSONStyle
    var output: [UInt8] = []

    init(style: JSONStyle) {
      self.style = style
      output.reserveCapacity(1024)
    }

    // Recursion depth equals the value's nesting, which readers bound by `TreeLimits.maxDepth`.
    mutating func write(_ value: JSONValue, indent: Int) {
      switch value {
      case .null: append("null")
      case .bool(let flag): append(flag ? "true" : "false")
      case .integer(let number): append(String(number))
      case .number(let number):
        append(JSONText.numberText(number, yamlNonFinite: style.yamlNonFinite))
      case .string(let text): JSONText.appendQuoted(text, escapes: style.escapes, to: &output)
      case .array(let items):
        guard !items.isEmpty else { return append("[]") }
        let inline =
          style.layout == .indented && items.count <= style.inlineScalarLists
          && items.allSatisfy(\.isScalar)
        output.append(UInt8(ascii: "["))
        for (position, item) in items.enumerated() {
          if inline {
            if position > 0 { append(", ") }
          } else {
            separate(position, indent: indent + 1)
          }
          write(item, indent: indent + 1)
        }
        if !inline { close(indent) }
        output.append(UInt8(ascii: "]"))
      case .object(let members):
        guard !members.isEmpty else { return append("{}") }
        output.append(UInt8(ascii: "{"))
        for (position, member) in ordered(members).enumerated() {
          separate(position, indent: indent + 1)
          JSONText.appendQuoted(member.key, escapes: style.escapes, to: &output)
          append(style.layout == .compact ? ":" : style.spaceBeforeColon ? " : " : ": ")
          write(member.value, indent: indent + 1)
        }
        close(indent)
        output.append(UInt8(ascii: "}"))
      }
    }

    /// The members in the order the style writes them.
    private func ordered(_ members: OrderedDictionary<String, JSONValue>)
      -> [(key: String, value: JSONValue)]
    {
      guard style.sortedKeys else { return Array(members.elements) }
      return members.elements.sorted { lhs, rhs in
        lhs.key.unicodeScalars.lexicographicallyPrecedes(rhs.key.unicodeScalars)
      }
    }

    /// What goes before the member or element at `position`.
    private mutating func separate(_ position: Int, indent: Int) {
      switch style.layout {
      case .compact: if position > 0 { output.append(UInt8(ascii: ",")) }
      case .spaced: if position > 0 { append(", ") }
      case .indented:
        if position > 0 { output.append(UInt8(ascii: ",")) }
        output.append(0x0A)
        output += repeatElement(0x20, count: indent * 2)
      }
    }

    /// What goes before a closing bracket.
    private mutating func close(_ indent: Int) {
      guard style.layout == .indented else { return }
      output.append(0x0A)
      output += repeatElement(0x20, count: indent * 2)
    }

    private mutating func append(_ text: String) {
      output += text.utf8
    }
  }
}

extension JSONValue {
  /// Whether it is neither an array nor an object.
  fileprivate var isScalar: Bool {
    switch self {
    case .array, .object: false
    default: true
    }
  }
}
