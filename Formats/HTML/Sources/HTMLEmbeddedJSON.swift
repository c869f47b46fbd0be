// JSON a page carries (`data-briefing-x`, `data-briefing-rich`) is read with the package's one
// JSON scanner; a value that does not scan is reported by the caller as `html.bad-data`.
import BriefingCore
import BriefingFormats

/// Reads the JSON text of a data attribute.
enum HTMLEmbeddedJSON {
  /// The positioned tree of `text`, or `nil` when it is not JSON.
  static func tree(_ text: String) -> TreeNode? {
    JSONScanner(limits: BriefingAST.limits).scan(Array(text.utf8)).tree
  }

  /// The value of `text`, or `nil` when it is not JSON.
  static func value(_ text: String) -> JSONValue? { tree(text)?.jsonValue }
}
