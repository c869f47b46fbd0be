import BriefingCore
import OrderedCollections

/// Prints a ``JSONValue`` as canonical YAML: block style with 2-space indentation, keys in the
/// value's order, strings quoted only when needed, multi-line strings as literal blocks.
///
/// Deterministic: the same value always gives the same text (LF line ends, a final newline).
/// Strings are plain unless YAML 1.2 (or a YAML 1.1 reader, such as PyYAML behind
/// check-jsonschema) would read them as something else or the plain form cannot hold them;
/// then they are double-quoted with escapes. A string with line breaks becomes a literal block
/// (`|`, `|-` or `|+`, chosen so trailing newlines come back exactly) unless the block could not
/// hold it — a first line starting with a space, a line ending in a space, tabs, carriage
/// returns, control or line-separator characters — in which case it is double-quoted.
/// Non-ASCII text is written as is.
public struct YAMLEmitter: Sendable {
  /// Creates an emitter.
  public init() {}

  /// The YAML text for `value`.
  public func emit(_ value: JSONValue) -> String {
    var printer = YAMLPrinter()
    switch value {
    case .object(let object) where !object.isEmpty:
      printer.mapping(object, indent: 0, continuingLine: false)
    case .array(let items) where !items.isEmpty:
      printer.sequence(items, indent: 0, continuingLine: false)
    default:
      printer.afterIndicator(value, childIndent: 2, leadingSpace: false)
    }
    return printer.output
  }
}

/// The text being built, and the block-structure rules.
struct YAMLPrinter {
  var output = ""

  /// Writes a block mapping; with `continuingLine`, the first key goes on the current line
  /// (after a `- ` already written).
  mutating func mapping(
    _ object: OrderedDictionary<String, JSONValue>, indent: Int, continuingLine: Bool
  ) {
    for (index, (key, value)) in object.enumerated() {
      if index > 0 || !continuingLine { spaces(indent) }
      let keyText = YAMLScalars.key(key)
      if keyText.utf8.count > 1000 {
        // libyaml accepts implicit keys of at most 1024 characters; longer ones must be explicit.
        output += "? " + keyText + "\n"
        spaces(indent)
      } else {
        output += keyText
      }
      output += ":"
      afterIndicator(value, childIndent: indent + 2, leadingSpace: true)
    }
  }

  /// Writes a block sequence; with `continuingLine`, the first `- ` goes on the current line.
  mutating func sequence(_ items: [JSONValue], indent: Int, continuingLine: Bool) {
    for (index, item) in items.enumerated() {
      if index > 0 || !continuingLine { spaces(indent) }
      output += "-"
      switch item {
      case .object(let object) where !object.isEmpty:
        output += " "
        mapping(object, indent: indent + 2, continuingLine: true)
      case .array(let nested) where !nested.isEmpty:
        output += " "
        sequence(nested, indent: indent + 2, continuingLine: true)
      default:
        afterIndicator(item, childIndent: indent + 2, leadingSpace: true)
      }
    }
  }

  /// Writes a value after `key:` or `-`: inline when it is a scalar or empty, else on the
  /// following lines at `childIndent`.
  mutating func afterIndicator(_ value: JSONValue, childIndent: Int, leadingSpace: Bool) {
    let space = leadingSpace ? " " : ""
    switch value {
    case .object(let object):
      if object.isEmpty {
        output += space + "{}\n"
      } else {
        output += "\n"
        mapping(object, indent: childIndent, continuingLine: false)
      }
    case .array(let items):
      if items.isEmpty {
        output += space + "[]\n"
      } else {
        output += "\n"
        sequence(items, indent: childIndent, continuingLine: false)
      }
    case .string(let text):
      if let block = YAMLScalars.literalBlock(text) {
        output += space + block.header + "\n"
        for line in block.lines {
          if !line.isEmpty { spaces(childIndent) }
          output += line
          output += "\n"
        }
      } else {
        output += space + YAMLScalars.scalar(text) + "\n"
      }
    default:
      output += space + YAMLScalars.scalar(value) + "\n"
    }
  }

  private mutating func spaces(_ count: Int) {
    output += String(repeating: " ", count: count)
  }
}
